import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./classes.module.css";

/**
 * One row of a list of classes or assignments: the linked title with its details under it, and what
 * stands at the row's end (a status, what is due, how many submitted).
 */
export function LinkRow({ href, title, end, children }: { href: string; title: string; end: ReactNode; children: ReactNode }) {
  return (
    <li className={styles.row}>
      <span className={styles.rowMain}>
        <Link className={styles.rowTitle} href={href}>
          {title}
        </Link>
        {children}
      </span>
      {end}
    </li>
  );
}
