import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { SettingsForm } from "@/components/settings/settings-form";
import { getDb } from "@/server/db";
import { settingsOf } from "@/server/settings/settings";
import { services } from "@/questions/bank/services";
import { TOPICS } from "@/questions/schema";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  const settings = await settingsOf(getDb(), user.id);
  return (
    <div className="stack">
      <h1>Settings</h1>
      <SettingsForm
        action={saveSettingsAction}
        settings={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        services={services.map((s) => ({ id: s.id, name: s.name }))}
        topics={[...TOPICS]}
      />
    </div>
  );
}
