import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { AccountSecurity } from "@/components/settings/account-security";
import { SettingsForm } from "@/components/settings/settings-form";
import { TEXT_LIMITS } from "@/server/text-limits";
import { getDb } from "@/server/db";
import { settingsOf } from "@/server/settings/settings";
import { serviceOptions, TOPICS } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const settings = await settingsOf(getDb(), user.id);
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SettingsForm
        settings={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        services={serviceOptions()}
        topics={[...TOPICS]}
        stepsMax={TEXT_LIMITS.schedulingSteps}
      />
      <AccountSecurity password={{ min: TEXT_LIMITS.passwordMin, max: TEXT_LIMITS.password }} />
    </div>
  );
}
