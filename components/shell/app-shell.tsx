import Link from "next/link";
import type { Role } from "@/server/accounts/sign-in";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import styles from "./app-shell.module.css";

export interface ShellUser {
  name: string;
  email: string;
  role: Role;
}

export function AppShell({ user, children }: { user: ShellUser; children: React.ReactNode }) {
  const links = [
    { href: "/practice", label: "Practice" },
    { href: "/exams", label: "Exams" },
    { href: "/models", label: "Models", also: ["/services"] },
    ...(user.role === "instructor"
      ? [{ href: "/classes", label: "Classes" }]
      : [{ href: "/assignments", label: "Assignments", also: ["/join"] }]),
    { href: "/stats", label: "Stats" },
    { href: "/settings", label: "Settings" },
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.inner}>
          <Link href="/" className={styles.brand} aria-label="Demarc home">
            <svg aria-hidden="true" width="26" height="26" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="currentColor" opacity="0.15" />
              <path d="M6 22h20" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
              <path d="M16 6v16" stroke="var(--owner-aws)" strokeWidth="2.5" strokeDasharray="3 3" />
            </svg>
            Demarc
          </Link>
          <NavLinks links={links} />
          <div className={styles.user}>
            <span className={styles.userName} title={user.email}>
              {user.name}
              <span className={styles.role}>{user.role}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
