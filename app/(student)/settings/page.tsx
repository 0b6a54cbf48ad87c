import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { AccountSecurity } from "@/components/settings/account-security";
import { SettingsForm } from "@/components/settings/settings-form";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/accounts/input";
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
      />
      <AccountSecurity password={{ min: PASSWORD_MIN, max: PASSWORD_MAX }} />
    </div>
  );
}
