/**
 * A learner's day runs from `dayStartsAtHour` in their own time zone to the same hour the next day,
 * as Anki counts it. Daily limits, streaks and the heatmap all use these boundaries.
 */

function zonedParts(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone: the earlier one when clocks go back and the
 * time happens twice, the moment clocks jump to when it does not happen at all.
 */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour);
  const first = guess - zoneOffsetMs(guess, timeZone);
  const candidates = [...new Set([first, guess - zoneOffsetMs(first, timeZone), guess - zoneOffsetMs(first - 3_600_000, timeZone)])].sort((a, b) => a - b);
  const matches = candidates.filter((instant) => {
    const p = zonedParts(instant, timeZone);
    return p.year === year && p.month === month && p.day === day && p.hour === hour;
  });
  return matches.length > 0 ? matches[0] : candidates[candidates.length - 1];
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface LearnerDay {
  /** Local calendar date of this learner day, YYYY-MM-DD. */
  date: string;
  start: number;
  end: number;
}

/** The learner day containing `ms`. */
export function learnerDay(ms: number, timeZone: string, dayStartsAtHour: number): LearnerDay {
  // Wall-clock arithmetic, not instant arithmetic: before the start hour it is still yesterday's day,
  // even on the days clocks jump.
  const local = zonedParts(ms, timeZone);
  const calendar = new Date(Date.UTC(local.year, local.month - 1, local.day - (local.hour < dayStartsAtHour ? 1 : 0)));
  const shifted = { year: calendar.getUTCFullYear(), month: calendar.getUTCMonth() + 1, day: calendar.getUTCDate() };
  const start = zonedTimeToUtc(shifted.year, shifted.month, shifted.day, dayStartsAtHour, timeZone);
  const next = new Date(Date.UTC(shifted.year, shifted.month - 1, shifted.day + 1));
  const end = zonedTimeToUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), dayStartsAtHour, timeZone);
  const date = `${shifted.year}-${String(shifted.month).padStart(2, "0")}-${String(shifted.day).padStart(2, "0")}`;
  return { date, start, end };
}
