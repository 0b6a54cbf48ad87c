import type { Database } from "@/db";
import type { LearnerSettings } from "@/db/queries/settings";
import { cardCounts, dueCardsPerPeriod, matureReviewsPerPeriod, reviewsPerPeriod } from "@/db/queries/stats";
import type { ActivityDay, ForecastDay, RetentionWeek, ReviewActivity, StateCounts } from "@/server/stats/types";
import { learnerDate, learnerDaysAhead, learnerDaysBack, learnerWeeksBack } from "@/server/time/learner-periods";

type Zone = Pick<LearnerSettings, "timeZone" | "dayStartsAtHour">;

/** 52 full weeks plus this one, starting on a Monday, as GitHub and Anki draw a year. */
function heatmapDayCount(now: number, zone: Zone) {
  const today = learnerDate(now, zone.timeZone, zone.dayStartsAtHour);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return 52 * 7 + ((weekday + 6) % 7) + 1;
}

function streaks(days: ActivityDay[]) {
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = day.reviews > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  // Today without reviews yet does not break the streak: it is still open.
  let end = days.length - 1;
  if (end >= 0 && days[end].reviews === 0) end -= 1;
  let current = 0;
  while (end >= 0 && days[end].reviews > 0) {
    current += 1;
    end -= 1;
  }
  return { streak: current, longestStreak: longest };
}

/** Reviews and time per learner day over the last year, with streaks. */
export async function reviewActivity(db: Database, userId: string, zone: Zone, now: number): Promise<ReviewActivity> {
  const periods = learnerDaysBack(now, heatmapDayCount(now, zone), zone.timeZone, zone.dayStartsAtHour);
  const counts = await reviewsPerPeriod(db, userId, periods);
  const days = periods.map((period, i) => ({ date: period.label, ...counts[i] }));
  return {
    days,
    ...streaks(days),
    daysStudied: days.filter((d) => d.reviews > 0).length,
    reviews: days.reduce((sum, d) => sum + d.reviews, 0),
    durationMs: days.reduce((sum, d) => sum + d.durationMs, 0),
  };
}

const RETENTION_WEEKS = 12;

/** True retention: the share of mature reviews passed, per learner week. */
export async function trueRetention(db: Database, userId: string, zone: Zone, now: number) {
  const periods = learnerWeeksBack(now, RETENTION_WEEKS, zone.timeZone, zone.dayStartsAtHour);
  const counts = await matureReviewsPerPeriod(db, userId, periods);
  const weeks: RetentionWeek[] = periods.map((period, i) => ({
    week: period.label,
    ...counts[i],
    retention: counts[i].mature ? counts[i].passed / counts[i].mature : null,
  }));
  const mature = weeks.reduce((sum, w) => sum + w.mature, 0);
  const passed = weeks.reduce((sum, w) => sum + w.passed, 0);
  return { weeks, mature, passed, retention: mature ? passed / mature : null };
}

const FORECAST_DAYS = 30;

/** Cards due on each of the next 30 learner days; today includes everything overdue. */
export async function dueForecast(db: Database, userId: string, zone: Zone, now: number): Promise<ForecastDay[]> {
  const periods = learnerDaysAhead(now, FORECAST_DAYS, zone.timeZone, zone.dayStartsAtHour);
  const bounds = periods.map((p, i) => (i === 0 ? { start: 0, end: p.end } : p));
  const counts = await dueCardsPerPeriod(db, userId, bounds);
  return periods.map((period, i) => ({ date: period.label, ...counts[i] }));
}

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;

export async function stateCounts(db: Database, userId: string): Promise<StateCounts> {
  const counts: StateCounts = {
    new: 0,
    learning: 0,
    review: 0,
    relearning: 0,
    suspended: 0,
    total: 0,
    unseenByModel: {},
    totalByModel: {},
  };
  for (const row of await cardCounts(db, userId)) {
    counts.total += row.count;
    counts.totalByModel[row.model] = (counts.totalByModel[row.model] ?? 0) + row.count;
    if (row.suspended) {
      counts.suspended += row.count;
      continue;
    }
    const name = STATE_NAMES[row.state] ?? "review";
    counts[name] += row.count;
    if (row.state === 0) counts.unseenByModel[row.model] = (counts.unseenByModel[row.model] ?? 0) + row.count;
  }
  return counts;
}
