import Link from "next/link";
import { ServiceLinks } from "./service-links";
import styles from "./models.module.css";

export interface ModelCardProps {
  model: string;
  title: string;
  rule: string;
  /** Where the demarc sits, in a few words: "above the hypervisor". */
  demarc: string;
  examples: { id: string; name: string }[];
}

/** One model on the /models page: its rule, where the demarc sits, a few services and a link. */
export function ModelCard({ model, title, rule, demarc, examples }: ModelCardProps) {
  const headingId = `model-${model}`;
  return (
    <section className={`card ${styles.modelCard}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="small">
        <strong>Demarc: </strong>
        {demarc}
      </p>
      <p>{rule}</p>
      <div>
        <p className="small muted">For example:</p>
        <ServiceLinks services={examples} label={`Example ${title.toLowerCase()}`} />
      </div>
      <Link className="button button-secondary" href={`/models/${model}`}>
        See the {model} stack<span className="visually-hidden"> and its duties</span>
      </Link>
    </section>
  );
}
