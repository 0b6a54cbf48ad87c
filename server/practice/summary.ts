import type { Database } from "@/db";
import { dueBetween } from "@/db/queries/cards";
import { reviewsDoneBetween } from "@/db/queries/reviews";
import { learnerSettings } from "@/db/queries/settings";
import { learnerDay } from "@/server/time/learner-day";
import type { SessionSummary } from "@/server/practice/types";

/** End of a session: today's reviews and accuracy, what is due tomorrow and over the next week. */
export async function practiceSummary(db: Database, userId: string, now: number): Promise<SessionSummary> {
  const settings = await learnerSettings(db, userId);
  const days = [learnerDay(now, settings.timeZone, settings.dayStartsAtHour)];
  for (let i = 1; i <= 7; i++) days.push(learnerDay(days[i - 1].end + 1, settings.timeZone, settings.dayStartsAtHour));
  const [done, upcoming] = await Promise.all([
    reviewsDoneBetween(db, userId, days[0].start, days[0].end),
    dueBetween(db, userId, now, days[7].end),
  ]);
  const forecast = days.slice(1).map((day) => ({
    date: day.date,
    count: upcoming.filter((card) => card.due >= day.start && card.due < day.end).length,
  }));
  return {
    today: { reviewed: done.newDone + done.reviewsDone, correct: done.correct, graded: done.graded },
    dueTomorrow: upcoming.filter((card) => card.due < days[1].end).length,
    forecast,
  };
}
