import { LAYER_OWNER_LABELS, STACK_LAYERS, type LayerOwner, type StackView } from "./stack-layers";
import styles from "./stack-diagram.module.css";

const OWNER_ORDER: LayerOwner[] = ["aws", "shared", "varies", "customer"];

/**
 * The layers of a workload, bottom (the building) to top (the data), each coloured and labelled
 * with its owner in this view. The dashed line is the demarc: AWS owns every layer below it.
 */
export function StackDiagram({ view, title }: { view: StackView; title: string }) {
  const rows = STACK_LAYERS.map((layer) => ({ name: layer.name, ...layer.cells[view] }));
  const lowestNotAws = rows.findIndex((row) => row.owner !== "aws");
  const owners = OWNER_ORDER.filter((owner) => rows.some((row) => row.owner === owner));
  const captionId = `stack-${view}-caption`;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        <strong>{title}</strong>
        <span className="muted small">
          Read from the bottom (the building) up to your data. The dashed line is the demarc: AWS owns every layer below it.
        </span>
      </figcaption>

      <div className={styles.legend}>
        <span className="small" id={`${captionId}-key`}>
          Key:
        </span>
        <ul aria-labelledby={`${captionId}-key`}>
          {owners.map((owner) => (
            <li key={owner}>
              <span className={`${styles.swatch} ${styles[owner]}`} aria-hidden="true" />
              {LAYER_OWNER_LABELS[owner]}
            </li>
          ))}
        </ul>
      </div>

      <ol className={styles.stack} aria-label="Layers, top to bottom">
        {rows
          .map((row, index) => ({ ...row, index }))
          .reverse()
          .map((row) => (
            <li
              key={row.name}
              data-owner={row.owner}
              className={`${styles.layer} ${styles[row.owner]} ${row.index === lowestNotAws ? styles.aboveDemarc : ""}`}
            >
              <span className={styles.name}>{row.name}</span>
              <span className={`badge ${styles.ownerTag}`}>
                <span className="visually-hidden">Owner: </span>
                {LAYER_OWNER_LABELS[row.owner]}
              </span>
              <span className={styles.note}>{row.note}</span>
              {row.index === lowestNotAws ? (
                <span className={styles.demarc} aria-hidden="true">
                  demarc
                </span>
              ) : null}
            </li>
          ))}
      </ol>
    </figure>
  );
}
