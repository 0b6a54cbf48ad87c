import { learnerDate, zonedTimeToUtc } from "@/server/time/learner-day";

export { learnerDate };

/**
 * A span of the learner's own time, [start, end) in ms, named by the local date it starts on.
 * Days and weeks follow the learner's time zone and day start, so a day across a DST change is
 * 23 or 25 hours long, as the learner lived it.
 */
export interface Period {
  start: number;
  end: number;
  label: string;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

function parseDate(date: string): LocalDate {
  const [year, month, day] = date.split("-").map(Number);
  return { year, month, day };
}

/** The calendar date `offset` days after `date` (negative: before). */
function shiftDate(date: LocalDate, offset: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + offset));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function label(date: LocalDate) {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** Days since 1970 of the learner day holding `ms`: whole days, as FSRS counts intervals. */
export function learnerDayNumber(ms: number, timeZone: string, dayStartsAtHour: number): number {
  return Math.round(Date.parse(`${learnerDate(ms, timeZone, dayStartsAtHour)}T00:00:00Z`) / 86_400_000);
}

function dayStart(date: LocalDate, timeZone: string, dayStartsAtHour: number) {
  return zonedTimeToUtc(date.year, date.month, date.day, dayStartsAtHour, timeZone);
}

/** Consecutive periods of `lengthDays` local days, the first starting on `first`. */
function periodsFrom(first: LocalDate, count: number, lengthDays: number, timeZone: string, dayStartsAtHour: number): Period[] {
  const periods: Period[] = [];
  let start = dayStart(first, timeZone, dayStartsAtHour);
  for (let i = 0; i < count; i++) {
    const from = shiftDate(first, i * lengthDays);
    const end = dayStart(shiftDate(from, lengthDays), timeZone, dayStartsAtHour);
    periods.push({ start, end, label: label(from) });
    start = end;
  }
  return periods;
}

/** The `count` learner days ending with today (oldest first). */
export function learnerDaysBack(now: number, count: number, timeZone: string, dayStartsAtHour: number): Period[] {
  const today = parseDate(learnerDate(now, timeZone, dayStartsAtHour));
  return periodsFrom(shiftDate(today, 1 - count), count, 1, timeZone, dayStartsAtHour);
}

/** Today and the `count - 1` learner days after it. */
export function learnerDaysAhead(now: number, count: number, timeZone: string, dayStartsAtHour: number): Period[] {
  const today = parseDate(learnerDate(now, timeZone, dayStartsAtHour));
  return periodsFrom(today, count, 1, timeZone, dayStartsAtHour);
}

/** The `count` learner weeks (Monday to Sunday) ending with this week (oldest first). */
export function learnerWeeksBack(now: number, count: number, timeZone: string, dayStartsAtHour: number): Period[] {
  const today = parseDate(learnerDate(now, timeZone, dayStartsAtHour));
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const monday = shiftDate(today, -((weekday + 6) % 7));
  return periodsFrom(shiftDate(monday, -7 * (count - 1)), count, 7, timeZone, dayStartsAtHour);
}

/** Whole learner days from the day holding `from` to the day holding `to` (0 when the same day). */
export function learnerDaysBetween(from: number, to: number, timeZone: string, dayStartsAtHour: number): number {
  return learnerDayNumber(to, timeZone, dayStartsAtHour) - learnerDayNumber(from, timeZone, dayStartsAtHour);
}

/** A YYYY-MM-DD date and hour in the learner's zone, as an instant. */
export function localDateAt(date: string, hour: number, timeZone: string): number {
  const { year, month, day } = parseDate(date);
  return zonedTimeToUtc(year, month, day, hour, timeZone);
}
