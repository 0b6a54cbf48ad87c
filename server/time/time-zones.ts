import { z } from "zod";
import { isValidTimeZone } from "@/server/time/learner-day";

/** The zone's canonical IANA name as this server's ICU spells it ("asia/tokyo" → "Asia/Tokyo"). */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

/** A time zone a learner may choose: any IANA name this server knows, stored canonically. */
export const timeZoneSchema = z
  .string("Choose a time zone from the list, like Europe/London or UTC.")
  .trim()
  .max(64, "Choose a time zone from the list, like Europe/London or UTC.")
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London or UTC.")
  .transform(canonicalTimeZone);

/**
 * The zones offered on the settings page: UTC first, then every IANA zone, and always the one the
 * learner has (so the list shows it and an untouched form sends it back unchanged).
 */
export function timeZoneChoices(current: string): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  zones.add(current);
  return ["UTC", ...[...zones].filter((zone) => zone !== "UTC").sort()];
}
