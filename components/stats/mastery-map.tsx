import type { MasteryArea } from "@/server/stats/types";
import Link from "next/link";
import { LEVELS, percent, recentAnswers } from "./format";
import { figures, NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

function ModelTile({ area }: { area: MasteryArea }) {
  const level = LEVELS[area.level];
  return (
    <li className={`${styles.tile} ${styles[`level-${area.level}`]}`}>
      <h3>{area.title}</h3>
      <span>
        <span className={styles.tileRecall}>{area.recallInWeek === null ? "—" : percent(area.recallInWeek)}</span>{" "}
        <span className="small">recall in 7 days</span>
      </span>
      <span className="small">
        <strong>
          <span aria-hidden="true">{level.symbol}</span> {level.word}
        </strong>
        {area.studied ? ` · ${recentAnswers(area.recent)} · ${area.lapses} ${area.lapses === 1 ? "lapse" : "lapses"}` : ""}
      </span>
      <span className="small">
        {area.studied} of {area.total} cards studied
        {area.missed ? ` · ${area.missed} missed last time` : ""}
      </span>
      <span className={styles.tileLinks}>
        <Link href={area.href}>Read the model</Link>
        <Link href={area.practiceHref}>Practise it</Link>
      </span>
    </li>
  );
}

/** What a service tile says to a screen reader after its name: the figure, the level and the misses. */
function serviceDescription(service: MasteryArea) {
  if (service.level === "unstudied") return " not studied yet";
  const missed = service.missed ? `, ${service.missed} missed last time` : "";
  return ` recall in 7 days, ${LEVELS[service.level].word.toLowerCase()}, ${recentAnswers(service.recent)}${missed}`;
}

/**
 * Per model and per service: predicted recall a week from now (mean FSRS retrievability of the
 * cards studied) with the level in words, recent answers and lapses, and every number in a table too.
 */
export function MasteryMap({
  models,
  services,
  modelTitles,
}: {
  models: MasteryArea[];
  services: (MasteryArea & { model: string })[];
  modelTitles: Record<string, string>;
}) {
  const groups = models.filter((m) => services.some((s) => s.model === m.id));
  return (
    <div className="stack">
      <ul className={styles.tiles} aria-label="Mastery by model">
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
                  <Link href={service.href} className={`${styles.serviceTile} ${styles[`level-${service.level}`]}`}>
                    <span className={styles.serviceName}>{service.title.replace(/^(Amazon|AWS) /, "")}</span>
                    <span className={styles.serviceRecall}>
                      <span aria-hidden="true">{LEVELS[service.level].symbol}</span>{" "}
                      {service.recallInWeek === null ? "—" : percent(service.recallInWeek)}
                      <span className="visually-hidden">{serviceDescription(service)}</span>
                    </span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <NumbersTable
        summary="Mastery by service, as a table"
        caption="Mastery by service"
        columns={[
          "Service",
          "Model",
          figures("Cards studied"),
          figures("Recall in 7 days"),
          figures("Recent answers right"),
          figures("Lapses"),
          "Level",
        ]}
        rows={[...services]
          .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.recallInWeek ?? 2) - (b.recallInWeek ?? 2))
          .map((s) => [
            s.title,
            modelTitles[s.model] ?? s.model,
            `${s.studied} of ${s.total}`,
            s.recallInWeek === null ? "not studied" : percent(s.recallInWeek),
            s.recent.answered ? `${s.recent.right} of ${s.recent.answered}` : "—",
            s.lapses,
            LEVELS[s.level].word,
          ])}
      />
    </div>
  );
}

const LEVEL_ORDER = { weak: 0, fair: 1, strong: 2, unstudied: 3 } as const;
