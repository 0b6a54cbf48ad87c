import type { ExamPlan as ExamPlanData, ModelForecast } from "@/server/stats/types";
import Link from "next/link";
import { ChartLegend, Swatch } from "./chart-legend";
import { percent, shortDate } from "./format";
import { figures, NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

const WIDTH = 380;
const RIGHT = 44;
const ROW = 66;
const BAR = 14;

/** Predicted recall per model on the exam morning: keeping up (solid) and stopping today (outlined). */
function RecallOnExamDay({ models, target }: { models: ModelForecast[]; target: number }) {
  const height = models.length * ROW + 22;
  const x = (value: number) => value * (WIDTH - RIGHT);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      role="img"
      aria-label={`Predicted recall on the exam morning: ${models
        .map((m) => `${m.title}, ${percent(m.keepUp)} if you keep up, ${percent(m.stopToday)} if you stop today`)
        .join("; ")}.`}
    >
      {[0, 0.5, 1].map((tick) => (
        <text
          key={tick}
          x={x(tick)}
          y={height - 6}
          textAnchor={tick === 0 ? "start" : tick === 1 ? "end" : "middle"}
          className={styles.axis}
        >
          {percent(tick)}
        </text>
      ))}
      <line x1={x(target)} x2={x(target)} y1={12} y2={height - 20} stroke="var(--success)" strokeWidth={2} strokeDasharray="5 4" />
      {models.map((m, i) => {
        const top = i * ROW;
        const bars = top + 20;
        return (
          <g key={m.model}>
            <text x={0} y={top + 13} className={styles.valueLabel}>
              {m.title.replace(/ \(.*\)$/, "").replace(" services", "")}{" "}
              <tspan className={styles.axis}>
                · {m.studied} of {m.total} studied
              </tspan>
            </text>
            <rect x={0} y={bars} width={x(m.keepUp ?? 0)} height={BAR} fill="var(--accent)" />
            <text x={x(m.keepUp ?? 0) + 4} y={bars + BAR - 2} className={styles.valueLabel}>
              {percent(m.keepUp)}
            </text>
            <rect
              x={0.75}
              y={bars + BAR + 4}
              width={Math.max(0, x(m.stopToday ?? 0) - 1.5)}
              height={BAR}
              fill="none"
              stroke="var(--accent)"
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
            <text x={x(m.stopToday ?? 0) + 4} y={bars + 2 * BAR + 2} className={styles.axis}>
              {percent(m.stopToday)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ExamPlanView({
  plan,
  passMark,
  finishOptionsAction,
}: {
  plan: ExamPlanData;
  passMark: number | null;
  finishOptionsAction: string;
}) {
  const { newCards } = plan;
  return (
    <div className="stack">
      <p>
        <strong>
          {shortDate(plan.date, true)} {plan.date.slice(0, 4)}
        </strong>{" "}
        —{" "}
        {plan.daysLeft < 0
          ? "this date has passed: set your next one below"
          : plan.daysLeft === 0
            ? "today"
            : `${plan.daysLeft} ${plan.daysLeft === 1 ? "day" : "days"} away`}
        {passMark ? `, pass mark ${passMark} of 1000` : ""}.
      </p>
      <figure className={styles.chart}>
        <RecallOnExamDay models={plan.models} target={plan.target} />
        <ChartLegend
          entries={[
            { mark: <Swatch style={{ background: "var(--accent)" }} />, text: "if you keep up (solid)" },
            { mark: <Swatch style={{ border: "1.5px dashed var(--accent)" }} />, text: "if you stop reviewing today (outlined)" },
          ]}
          note={`Dashed line: the cram target, ${percent(plan.target)}`}
        />
        <NumbersTable
          summary="Recall on the exam date, as a table"
          caption="Predicted recall on the exam morning by model"
          columns={["Model", figures("Studied"), figures("If you keep up"), figures("If you stop today")]}
          rows={plan.models.map((m) => [m.title, `${m.studied} of ${m.total}`, percent(m.keepUp), percent(m.stopToday)])}
        />
      </figure>
      <p className="small muted">
        How this is worked out: FSRS&apos;s forgetting curve from each studied card&apos;s memory stability to 09:00 on the exam day, your
        time. &ldquo;Keep up&rdquo; assumes you do every review on the day it falls due and answer Good, so each review refreshes the card
        before the exam; &ldquo;stop today&rdquo; assumes no more reviews at all. Real results fall in between when you miss some. Cards you
        have not studied yet are not in these numbers: the plan below covers them.
      </p>
      <h3>New cards</h3>
      {newCards.unseen === 0 ? (
        <p>You have met every card. Keep up with reviews.</p>
      ) : newCards.perDay === null ? (
        <p role="status">
          The exam is too close to meet all {newCards.unseen} remaining cards {newCards.finishDaysBefore} days before it. Focus on the{" "}
          <Link href="#weakest">weakest facts</Link> and reviews.
        </p>
      ) : (
        <p>
          {newCards.unseen} cards not seen yet. To have met them all by <strong>{shortDate(newCards.lastDay!, true)}</strong> (
          {newCards.finishDaysBefore} days before the exam), learn <strong>{newCards.perDay} new cards a day</strong> for{" "}
          {newCards.daysAvailable} days.{" "}
          {newCards.perDay <= newCards.currentLimit ? (
            <>Your limit of {newCards.currentLimit} a day covers it.</>
          ) : (
            <>
              Your limit is {newCards.currentLimit} a day: <Link href="/settings">raise it in Settings</Link>.
            </>
          )}
        </p>
      )}
      <form method="get" action={finishOptionsAction} className={styles.inlineForm}>
        <div className="field">
          <label htmlFor="finish">Finish new cards this many days before</label>
          <input
            id="finish"
            name="finish"
            type="number"
            min={0}
            max={30}
            defaultValue={newCards.finishDaysBefore}
            aria-describedby="finish-hint"
          />
        </div>
        <button type="submit" className="button button-quiet">
          Recalculate
        </button>
        <p className="field-hint" id="finish-hint" style={{ flexBasis: "100%" }}>
          0 to 30 days; 3 leaves the last days for reviews only.
        </p>
      </form>
    </div>
  );
}
