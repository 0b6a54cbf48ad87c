import Link from "next/link";
import { LAYER_OWNER_LABELS, STACK_LAYERS, type LayerOwner, type StackView } from "./stack-layers";
import styles from "./models.module.css";

const ORDER: LayerOwner[] = ["aws", "shared", "varies", "customer"];

/** Beside the stack diagram: how many layers each side owns, and links to compare with the other stacks. */
export function StackSummary({ view, compare }: { view: StackView; compare: { href: string; label: string }[] }) {
  const owned = ORDER.map((owner) => ({
    owner,
    layers: STACK_LAYERS.filter((layer) => layer.cells[view].owner === owner).map((layer) => layer.name),
  })).filter((group) => group.layers.length > 0);

  return (
    <aside className={`card stack ${styles.summary}`} aria-labelledby="stack-summary">
      <h3 id="stack-summary">At a glance</h3>
      <dl>
        {owned.map((group) => (
          <div key={group.owner}>
            <dt>
              {LAYER_OWNER_LABELS[group.owner]}: {group.layers.length} of {STACK_LAYERS.length} layers
            </dt>
            <dd className="small muted">{group.layers.join(", ")}</dd>
          </div>
        ))}
      </dl>
      <div>
        <p className="small muted">Compare with</p>
        <ul className={styles.inlineList} aria-label="Other stacks">
          {compare.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
