"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./app-shell.module.css";

export function NavLinks({ links }: { links: { href: string; label: string; also?: string[] }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul>
        {links.map((link) => {
          const current = [link.href, ...(link.also ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`));
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? "page" : undefined} className={styles.navLink}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
