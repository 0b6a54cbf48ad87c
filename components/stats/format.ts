/** Display helpers shared by the progress charts: numbers in words a learner reads at a glance. */
import type { MasteryLevel } from "@/server/stats/types";

export function percent(value: number | null, digits = 0): string {
  return value === null ? "—" : `${(value * 100).toFixed(digits)}%`;
}

export function minutes(ms: number): string {
  const total = Math.round(ms / 60_000);
  if (total < 60) return `${total} min`;
  return `${Math.floor(total / 60)} h ${total % 60} min`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Mon 9 Mar" from YYYY-MM-DD, without a time zone to shift it. */
export function shortDate(date: string, withWeekday = false): string {
  const [year, month, day] = date.split("-").map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${withWeekday ? `${weekday} ` : ""}${day} ${MONTHS[month - 1]}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

export type RecallLevel = MasteryLevel;

/** Words and a symbol for each level, so the map never relies on colour alone. */
export const LEVELS: Record<RecallLevel, { word: string; symbol: string }> = {
  strong: { word: "Strong", symbol: "▲" },
  fair: { word: "Fair", symbol: "●" },
  weak: { word: "Weak", symbol: "▼" },
  unstudied: { word: "Not studied", symbol: "○" },
};

export function recallLevel(recall: number | null): RecallLevel {
  if (recall === null) return "unstudied";
  if (recall >= 0.9) return "strong";
  if (recall >= 0.75) return "fair";
  return "weak";
}

/** "4 of 10 recent answers right", or nothing to say yet. */
export function recentAnswers(recent: { answered: number; right: number }): string {
  return recent.answered === 0 ? "no answers yet" : `${recent.right} of ${recent.answered} recent answers right`;
}
