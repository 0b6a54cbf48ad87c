import type { AnalysedItem } from "@/server/classes/types";
import { RichText } from "@/components/ui/rich-text";
import { TableHead } from "@/components/ui/table-head";
import { KIND_LABELS, modelLabel } from "./labels";
import { LETTERS, percentText } from "./format";
import styles from "./classes.module.css";

type Item = AnalysedItem;

const FLAG_TEXT = {
  rarely_correct: "Fewer than 30% answered it right: check the wording and the answer key.",
  negative_discrimination:
    "Students who did worst overall got it right more often than those who did best: the key may be wrong or the wording misleading.",
} as const;

function discriminationText(stats: Item["stats"]) {
  const value = stats.discrimination;
  if (value === null) return "— (needs 2 responses)";
  // Everyone right (or everyone wrong) in both groups: the question cannot separate them, by design.
  if (value === 0 && (stats.shareCorrect === 1 || stats.shareCorrect === 0))
    return `0.00 (${stats.shareCorrect === 1 ? "all right" : "all wrong"})`;
  const label = value < 0 ? "negative" : value < 0.2 ? "weak" : value < 0.4 ? "fair" : "good";
  return `${value.toFixed(2)} (${label})`;
}

function ItemCard({ item, serviceNames }: { item: Item; serviceNames: Record<string, string> }) {
  const { stats } = item;
  const maxCount = Math.max(1, ...Object.values(stats.optionCounts));
  return (
    <li id={`item-${item.id}`} className={`card stack ${stats.flags.length ? styles.flag : ""}`} aria-labelledby={`item-${item.id}-title`}>
      <h3 id={`item-${item.id}-title`} className="small" style={{ marginBottom: 0 }}>
        Question {item.number} · {KIND_LABELS[item.kind] ?? item.kind}
        {item.model ? ` · ${modelLabel(item.model)}` : ""}
        {item.service ? ` · ${serviceNames[item.service] ?? item.service}` : ""}
      </h3>
      <p className={styles.prompt}>{item.promptRich ? <RichText nodes={item.promptRich} inline /> : item.prompt}</p>
      {stats.flags.map((flag) => (
        <p key={flag} className="alert alert-error small" style={{ marginBottom: 0 }}>
          <strong>⚑ Check this question.</strong> {FLAG_TEXT[flag]}
        </p>
      ))}
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Answered right</dt>
          <dd>{percentText(stats.shareCorrect)}</dd>
          <dd className="small muted" style={{ fontSize: "0.8rem", fontWeight: 400 }}>
            {stats.correct} of {stats.responses}
            {stats.partlyCorrect > 0 && stats.averageCredit !== null
              ? ` · ${stats.partlyCorrect} partly right · average credit ${percentText(stats.averageCredit)}`
              : ""}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Discrimination</dt>
          <dd style={{ fontSize: "1rem" }}>{discriminationText(stats)}</dd>
          <dd className="small muted" style={{ fontSize: "0.8rem", fontWeight: 400 }}>
            top {stats.groupSize}: {stats.upperCorrect} right · bottom {stats.groupSize}: {stats.lowerCorrect} right
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Not answered</dt>
          <dd>{stats.unanswered}</dd>
        </div>
      </dl>
      <div className={styles.scrollX}>
        <table className={`${styles.table} ${styles.compact}`} style={{ fontSize: "0.88rem" }}>
          <caption className="visually-hidden">How often each option of question {item.number} was chosen</caption>
          <TableHead columns={[{ label: "Option" }, { label: "Text" }, { label: "Chosen", className: styles.number }]} />
          <tbody>
            {item.choices.map((choice, index) => {
              const count = stats.optionCounts[choice.id] ?? 0;
              return (
                <tr key={choice.id}>
                  <th scope="row" className={styles.nowrap}>
                    {LETTERS[index]} {choice.correct ? <span style={{ color: "var(--success)" }}>✓ right</span> : null}
                    {choice.partialCredit ? <span>◐ {Math.round(choice.partialCredit * 100)}% credit</span> : null}
                  </th>
                  <td>{choice.textRich ? <RichText nodes={choice.textRich} inline /> : choice.text}</td>
                  <td className={styles.number}>
                    <span style={{ display: "inline-flex", gap: "0.5rem", alignItems: "center" }}>
                      <span className={styles.meter} aria-hidden="true" style={{ width: "3.5rem" }}>
                        <span
                          className={styles.meterFill}
                          style={{ width: `${(count / maxCount) * 100}%`, background: choice.correct ? "var(--success)" : "var(--accent)" }}
                        />
                      </span>
                      {count}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </li>
  );
}

/** Per question: share right, option counts and discrimination; badly-behaving questions flagged. */
export function ItemAnalysis({ items, serviceNames }: { items: Item[]; serviceNames: Record<string, string> }) {
  const flagged = items.filter((i) => i.stats.flags.length > 0);
  return (
    <section className="stack" aria-labelledby="items-title">
      <h2 id="items-title">Questions</h2>
      <p className="small muted">
        From each student&apos;s counted attempt. Discrimination compares the top and bottom 27% of the class by total score: near 1, the
        question separates students who know the material from those who do not; below 0, it does the opposite.
      </p>
      {flagged.length ? (
        <div className="alert alert-error" role="note">
          <strong>
            {flagged.length} question{flagged.length === 1 ? "" : "s"} may be badly worded:
          </strong>{" "}
          {flagged.map((item, i) => (
            <span key={item.id}>
              {i ? ", " : ""}
              <a href={`#item-${item.id}`}>question {item.number}</a>
            </span>
          ))}
          .
        </div>
      ) : null}
      <ol className={styles.list}>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} serviceNames={serviceNames} />
        ))}
      </ol>
    </section>
  );
}
