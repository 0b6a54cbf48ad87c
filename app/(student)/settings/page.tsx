import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { YourData } from "@/components/settings/your-data";
import { classesTaughtBy } from "@/server/classes/classes";
import { getDb } from "@/server/db";
import { settingsOf } from "@/server/settings/settings";
import { serviceOptions, TOPICS } from "@/server/models/catalog";
import { timeZoneChoices } from "@/server/time/time-zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const [settings, taught] = await Promise.all([settingsOf(getDb(), user.id), user.role === "instructor" ? classesTaughtBy(getDb(), user.id) : []]);
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SettingsForm
        settings={settings}
        timeZones={timeZoneChoices(settings.timeZone)}
        services={serviceOptions()}
        topics={[...TOPICS]}
      />
      <YourData />
      <DeleteAccountForm classNames={taught.map((c) => c.name)} />
    </div>
  );
}
