import type { MasteryArea } from "@/server/stats/types";
import Link from "next/link";
import { LEVELS, percent, recallLevel } from "./format";
import { NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

function Level({ recall }: { recall: number | null }) {
  const level = LEVELS[recallLevel(recall)];
  return (
    <span>
      <span aria-hidden="true">{level.symbol}</span> {level.word}
    </span>
  );
}

function ModelTile({ area }: { area: MasteryArea }) {
  return (
    <li className={`${styles.tile} ${styles[`level-${recallLevel(area.recall)}`]}`}>
      <h3>{area.title}</h3>
      <span className={styles.tileRecall}>{area.recall === null ? "—" : percent(area.recall)}</span>
      <span className="small">
        <Level recall={area.recall} /> · {area.studied} of {area.total} cards studied
      </span>
      <span className={styles.tileLinks}>
        <Link href={area.href}>Read the model</Link>
        <Link href={area.practiceHref}>Practise it</Link>
      </span>
    </li>
  );
}

/**
 * Predicted recall today per model and per service (mean FSRS retrievability of the cards studied),
 * shaded and labelled in words, with every number in a table too.
 */
export function MasteryMap({ models, services, modelTitles }: { models: MasteryArea[]; services: (MasteryArea & { model: string })[]; modelTitles: Record<string, string> }) {
  const groups = models.filter((m) => services.some((s) => s.model === m.id));
  return (
    <div className="stack">
      <ul className={styles.tiles} aria-label="Recall today by model">
        {models.map((area) => (
          <ModelTile key={area.id} area={area} />
        ))}
      </ul>
      <ul className={styles.legend} aria-label="What the shading means">
        {(["strong", "fair", "weak", "unstudied"] as const).map((level) => (
          <li key={level}>
            <span className={`${styles.swatch} ${styles[`level-${level}`]}`} aria-hidden="true" />
            {LEVELS[level].symbol} {LEVELS[level].word}
            {level === "strong" ? " (90% or more)" : level === "fair" ? " (75–89%)" : level === "weak" ? " (under 75%)" : ""}
          </li>
        ))}
      </ul>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`services-${group.id}`}>
          <h3 id={`services-${group.id}`} className="small">
            {modelTitles[group.id]}: services
          </h3>
          <ul className={styles.services}>
            {services
              .filter((s) => s.model === group.id)
              .map((service) => (
                <li key={service.id}>
                  <Link href={service.href} className={`${styles.serviceTile} ${styles[`level-${recallLevel(service.recall)}`]}`}>
                    <span>{service.title.replace(/^(Amazon|AWS) /, "")}</span>
                    <span className={styles.serviceRecall}>
                      <span aria-hidden="true">{LEVELS[recallLevel(service.recall)].symbol}</span> {service.recall === null ? "—" : percent(service.recall)}
                      <span className="visually-hidden">
                        {service.recall === null ? " not studied yet" : ` recall today, ${LEVELS[recallLevel(service.recall)].word.toLowerCase()}`}
                      </span>
                    </span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <NumbersTable
        summary="Recall by service, as a table"
        caption="Predicted recall today by service"
        columns={[{ label: "Service" }, { label: "Model" }, { label: "Cards studied", numeric: true }, { label: "Recall today", numeric: true }]}
        rows={[...services]
          .sort((a, b) => (a.recall ?? 2) - (b.recall ?? 2))
          .map((s) => [s.title, modelTitles[s.model] ?? s.model, `${s.studied} of ${s.total}`, s.recall === null ? "not studied" : percent(s.recall)])}
      />
    </div>
  );
}
