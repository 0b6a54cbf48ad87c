import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { AccountSecurity } from "@/components/settings/account-security";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { YourData } from "@/components/settings/your-data";
import { classesTaughtBy } from "@/server/classes/classes";
import { TEXT_LIMITS } from "@/server/text-limits";
import { getDb } from "@/server/db";
import { settingsOf } from "@/server/settings/settings";
import { serviceOptions, TOPICS } from "@/server/models/catalog";
import { timeZoneChoices } from "@/server/time/time-zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const [settings, taught] = await Promise.all([
    settingsOf(getDb(), user.id),
    user.role === "instructor" ? classesTaughtBy(getDb(), user.id) : [],
  ]);
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SettingsForm
        settings={settings}
        timeZones={timeZoneChoices(settings.timeZone)}
        services={serviceOptions()}
        topics={[...TOPICS]}
        stepsMax={TEXT_LIMITS.schedulingSteps}
      />
      <AccountSecurity password={{ min: TEXT_LIMITS.passwordMin, max: TEXT_LIMITS.password }} />
      <YourData />
      <DeleteAccountForm classNames={taught.map((c) => c.name)} />
    </div>
  );
}
