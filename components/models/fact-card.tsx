import Link from "next/link";
import type { FactModel, FactView } from "@/server/models/types";
import { CitationList } from "./citation-list";
import { OwnerBadge, ownerClass } from "./owner-badge";
import styles from "./fact-card.module.css";

/** Where the card is listed, so it leaves out what the page already says. */
export interface FactContext {
  model: FactModel;
  service?: string;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function FactCard({ view, context }: { view: FactView; context: FactContext }) {
  const { fact } = view;
  const headingId = `fact-${fact.id.replace(/\./g, "-")}`;
  const showService = view.service.id !== context.service;
  const showModel = view.model && fact.model !== context.model;

  return (
    <article className={`card ${styles.card} ${ownerClass(fact.owner)}`} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.duty}>
        {sentenceCase(fact.duty)}
      </h4>
      <p className={styles.chips}>
        <OwnerBadge owner={fact.owner} />
        {showService ? (
          <Link className={styles.chip} href={`/services/${view.service.id}`}>
            {view.service.name}
          </Link>
        ) : null}
        {showModel && view.model ? (
          <Link className={styles.chip} href={view.model.href}>
            {view.model.label}
          </Link>
        ) : null}
        {fact.layer ? <span className={styles.tag}>{fact.layer}</span> : null}
        {view.controlTypeName ? <span className={styles.tag}>{view.controlTypeName}</span> : null}
      </p>

      <p>{fact.statement}</p>
      <p>
        <strong>Why: </strong>
        {fact.why}
      </p>

      {fact.split ? (
        <dl className={styles.split}>
          <div className={`${styles.part} ${ownerClass("aws", "tint")}`}>
            <dt>AWS’s part</dt>
            <dd>{fact.split.aws}</dd>
          </div>
          <div className={`${styles.part} ${ownerClass("customer", "tint")}`}>
            <dt>Customer’s part</dt>
            <dd>{fact.split.customer}</dd>
          </div>
        </dl>
      ) : null}

      {fact.misconception ? (
        <p className={styles.misconception}>
          <strong>
            <span aria-hidden="true">✗ </span>Common mistake:
          </strong>{" "}
          “{fact.misconception.replace(/\.$/, "")}.” That is not how it works.
        </p>
      ) : null}

      {view.disagreement ? (
        <p className={styles.disagreement}>
          <strong>
            <span aria-hidden="true">⚑ </span>Note:
          </strong>{" "}
          {view.disagreement}
        </p>
      ) : null}

      <CitationList citations={view.citations} />
    </article>
  );
}
