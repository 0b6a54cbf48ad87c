import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { SettingsForm } from "@/components/settings/settings-form";
import { getDb } from "@/server/db";
import { settingsOf } from "@/server/settings/settings";
import { serviceOptions, TOPICS } from "@/server/models/catalog";
import { timeZoneChoices } from "@/server/time/time-zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const settings = await settingsOf(getDb(), user.id);
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SettingsForm
        settings={settings}
        timeZones={timeZoneChoices(settings.timeZone)}
        services={serviceOptions()}
        topics={[...TOPICS]}
      />
    </div>
  );
}
