import Link from "next/link";
import styles from "./classes.module.css";

/** The trail above an instructor's class pages: Classes / the class / deeper steps, each a link. */
export function ClassCrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <p className={styles.crumbs}>
        <Link href="/classes">Classes</Link> /{" "}
        {trail.map((step) => (
          <span key={step.href}>
            <Link href={step.href}>{step.label}</Link> /{" "}
          </span>
        ))}
      </p>
    </nav>
  );
}
