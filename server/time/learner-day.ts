/**
 * A learner's day runs from `dayStartsAtHour` in their own time zone to the same hour the next day,
 * as Anki counts it. Daily limits, streaks and the heatmap all use these boundaries.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(ms: number, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(ms));
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
  const candidates = [...new Set([first, guess - zoneOffsetMs(first, timeZone), guess - zoneOffsetMs(first - 3_600_000, timeZone)])].sort(
    (a, b) => a - b,
  );
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

/**
 * The learner day holding `ms`, as YYYY-MM-DD: the local calendar date, or the day before when the
 * local hour is before the day start. Wall-clock arithmetic, not instant arithmetic, so the hour
 * after the day start on a day the clocks jump is already the new day.
 */
export function learnerDate(ms: number, timeZone: string, dayStartsAtHour: number): string {
  const local = zonedParts(ms, timeZone);
  const calendar = new Date(Date.UTC(local.year, local.month - 1, local.day - (local.hour < dayStartsAtHour ? 1 : 0)));
  return calendar.toISOString().slice(0, 10);
}

/** The learner day containing `ms`. */
export function learnerDay(ms: number, timeZone: string, dayStartsAtHour: number): LearnerDay {
  const date = learnerDate(ms, timeZone, dayStartsAtHour);
  const [year, month, day] = date.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    date,
    start: zonedTimeToUtc(year, month, day, dayStartsAtHour, timeZone),
    end: zonedTimeToUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), dayStartsAtHour, timeZone),
  };
}
