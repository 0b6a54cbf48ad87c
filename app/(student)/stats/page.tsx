import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { BLUEPRINTS, type BlueprintId } from "@/server/exams/input";
import { cramTarget, DEFAULT_FINISH_DAYS_BEFORE, examDateLabel, learnerToday } from "@/server/stats/exam-plan";
import { finishDaysSchema } from "@/server/stats/input";
import { MIN_REVIEWS_TO_OPTIMIZE } from "@/server/stats/fsrs-optimizer";
import { MASTERY_MODEL_TITLES, practiceFactsHref } from "@/server/stats/mastery";
import { statsOverview } from "@/server/stats/overview";
import { CardStates } from "@/components/stats/card-states";
import { ExamPlanForm } from "@/components/stats/exam-plan-form";
import { ExamPlanView } from "@/components/stats/exam-plan-view";
import { ForecastChart } from "@/components/stats/forecast-chart";
import { minutes, percent } from "@/components/stats/format";
import { MasteryMap } from "@/components/stats/mastery-map";
import { OptimizeScheduling } from "@/components/stats/optimize-scheduling";
import { RetentionChart } from "@/components/stats/retention-chart";
import { ReviewHeatmap } from "@/components/stats/review-heatmap";
import { WeakestFacts } from "@/components/stats/weakest-facts";
import { ScoreTrend } from "@/components/exam/score-trend";
import styles from "@/components/stats/stats.module.css";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Progress" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/stats");
  const now = Date.now();
  const finishParam = finishDaysSchema.safeParse((await searchParams).finish ?? DEFAULT_FINISH_DAYS_BEFORE);
  const finishDaysBefore = finishParam.success ? finishParam.data : DEFAULT_FINISH_DAYS_BEFORE;
  const { settings, activity, retention, forecast, counts, reviews, examTrend, mastery, plan } = await statsOverview(
    getDb(),
    user.id,
    now,
    finishDaysBefore,
  );
  const blueprint =
    settings.examBlueprint && settings.examBlueprint in BLUEPRINTS ? BLUEPRINTS[settings.examBlueprint as BlueprintId] : null;
  const studyDays = activity.daysStudied || 1;

  return (
    <div className="stack">
      <h1>Your progress</h1>
      <ul className={styles.summary} aria-label="At a glance">
        <li>
          <strong>{activity.streak}</strong> {activity.streak === 1 ? "day" : "days"} streak
        </li>
        <li>
          <strong>{activity.reviews}</strong> reviews this year
        </li>
        <li>
          <strong>{minutes(activity.durationMs)}</strong> studied
        </li>
        <li>
          <strong>{percent(retention.retention)}</strong> true retention (12 weeks)
        </li>
        <li>
          <strong>{forecast[0]?.due ?? 0}</strong> due today
        </li>
      </ul>

      <section className="card stack" aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery map</h2>
        <p className="small muted">
          Recall in 7 days is the chance (from FSRS) that you would still remember a studied card a week from now without reviewing it; an
          area is only as strong as that figure and its recent answers, whichever is lower.
        </p>
        <MasteryMap models={mastery.models} services={mastery.services} modelTitles={MASTERY_MODEL_TITLES} />
      </section>

      <section className="card stack" aria-labelledby="weakest">
        <h2 id="weakest">Weakest facts</h2>
        <WeakestFacts facts={mastery.weakest} practiceHref={practiceFactsHref(mastery.weakest.map((f) => f.factId))} now={now} />
      </section>

      <section className="card stack" id="exam-plan" aria-labelledby="exam-plan-heading">
        <h2 id="exam-plan-heading">Exam-date plan</h2>
        {plan ? (
          <ExamPlanView plan={plan} passMark={blueprint?.passScaled ?? null} finishOptionsAction="/stats#exam-plan" />
        ) : (
          <p>Set the date of your exam to see how ready you will be on the day, and how many new cards a day get you there.</p>
        )}
        <ExamPlanForm
          plan={{
            examDate: settings.examDate === null ? null : examDateLabel(settings.examDate),
            examBlueprint: settings.examBlueprint,
            cramMode: settings.cramMode,
          }}
          today={learnerToday(now, settings)}
          blueprints={Object.entries(BLUEPRINTS).map(([id, b]) => ({ id, title: b.title, description: b.description }))}
          cramTarget={percent(cramTarget(settings.desiredRetention))}
        />
      </section>

      <section className="card stack" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Reviews over the year</h2>
        <p className="small">
          {activity.daysStudied} days studied; longest streak {activity.longestStreak} {activity.longestStreak === 1 ? "day" : "days"}; on a
          study day you average {Math.round(activity.reviews / studyDays)} reviews and {minutes(activity.durationMs / studyDays)}.
        </p>
        <ReviewHeatmap days={activity.days} timeZone={settings.timeZone} />
      </section>

      <div className="grid">
        <section className="card stack" aria-labelledby="retention-heading">
          <h2 id="retention-heading">True retention</h2>
          <RetentionChart weeks={retention.weeks} desiredRetention={settings.desiredRetention} />
        </section>
        <section className="card stack" aria-labelledby="forecast-heading">
          <h2 id="forecast-heading">Due in the next 30 days</h2>
          <ForecastChart days={forecast} />
        </section>
      </div>

      <div className="grid">
        <section className="card stack" aria-labelledby="states-heading">
          <h2 id="states-heading">Your cards</h2>
          <CardStates counts={counts} />
          <p className="small">
            <Link href="/cards">Browse, search and change your cards</Link>
          </p>
        </section>
        <section className="card stack" aria-labelledby="trend-heading">
          <h2 id="trend-heading">Mock exam trend</h2>
          <ScoreTrend points={examTrend} />
          <p className="small">
            <Link href="/exams">Take a mock exam</Link>
          </p>
        </section>
      </div>

      <section className="card stack" aria-labelledby="optimize-heading">
        <h2 id="optimize-heading">Optimize my scheduling</h2>
        <OptimizeScheduling
          reviews={reviews}
          minimum={MIN_REVIEWS_TO_OPTIMIZE}
          optimizedAt={settings.fsrsOptimizedAt ? learnerToday(settings.fsrsOptimizedAt, settings) : null}
        />
      </section>
    </div>
  );
}
