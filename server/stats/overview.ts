import type { Database } from "@/db";
import { learnerSettings } from "@/db/queries/settings";
import { latestAnswers, reviewCount, studiedCards } from "@/db/queries/stats";
import { examHistory } from "@/server/exams/history";
import { examPlan } from "@/server/stats/exam-plan";
import { MASTERY_ANSWERS_READ, masteryMap } from "@/server/stats/mastery";
import { dueForecast, reviewActivity, stateCounts, trueRetention } from "@/server/stats/progress";

/** Everything /stats shows, read in parallel: activity, retention, forecast, cards, mastery, the exam plan and trend. */
export async function statsOverview(db: Database, userId: string, now: number, finishDaysBefore: number) {
  const settings = await learnerSettings(db, userId);
  const [activity, retention, forecast, counts, cards, exams, reviews, answers] = await Promise.all([
    reviewActivity(db, userId, settings, now),
    trueRetention(db, userId, settings, now),
    dueForecast(db, userId, settings, now),
    stateCounts(db, userId),
    studiedCards(db, userId),
    examHistory(db, userId),
    reviewCount(db, userId),
    latestAnswers(db, userId, MASTERY_ANSWERS_READ),
  ]);
  return {
    settings,
    activity,
    retention,
    forecast,
    counts,
    reviews,
    examTrend: exams.trend,
    mastery: masteryMap(cards, answers, settings, now),
    plan: examPlan(settings, cards, counts, now, finishDaysBefore),
  };
}
