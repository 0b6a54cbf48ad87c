import type { FactView, Owner } from "@/server/models/types";
import { FactCard, type FactContext } from "./fact-card";
import { OWNER_LABELS, ownerClass } from "./owner-badge";
import styles from "./models.module.css";

const GROUPS: { owner: Owner; heading: string; intro: string }[] = [
  { owner: "aws", heading: "AWS’s duties", intro: "AWS does these; you inherit them." },
  { owner: "shared", heading: "Shared duties", intro: "Each side has a part; both parts are needed." },
  { owner: "customer", heading: "Customer duties", intro: "These stay with you, whatever AWS runs underneath." },
];

/** Facts in three groups (AWS, shared, customer), with a jump list so long pages stay navigable. */
export function FactsByOwner({ views, context, idPrefix = "duties" }: { views: FactView[]; context: FactContext; idPrefix?: string }) {
  const groups = GROUPS.map((group) => ({ ...group, views: views.filter((view) => view.fact.owner === group.owner) })).filter(
    (group) => group.views.length > 0,
  );
  if (groups.length === 0) return <p className="muted">No duties are recorded here yet.</p>;

  return (
    <div className="stack">
      <nav aria-label="Duties by owner" className={styles.jumpList}>
        <span className="small muted">Jump to:</span>
        <ul>
          {groups.map((group) => (
            <li key={group.owner}>
              <a href={`#${idPrefix}-${group.owner}`} className={`badge ${ownerClass(group.owner, "pill")}`}>
                {OWNER_LABELS[group.owner]} · {group.views.length}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.owner} aria-labelledby={`${idPrefix}-${group.owner}`} className="stack">
          <div>
            <h3 id={`${idPrefix}-${group.owner}`} className={styles.groupHeading}>
              <span className={ownerClass(group.owner, "mark")} aria-hidden="true" />
              {group.heading} <span className="muted small">({group.views.length})</span>
            </h3>
            <p className="muted small">{group.intro}</p>
          </div>
          <div className={styles.factList}>
            {group.views.map((view) => (
              <FactCard key={view.fact.id} view={view} context={context} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
