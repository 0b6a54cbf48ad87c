import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="page-narrow">
      <p>
        <Link href="/login" style={{ fontWeight: 800, fontSize: "1.3rem", color: "var(--text)", textDecoration: "none" }}>
          Demarc
        </Link>
      </p>
      <p className="muted">Where AWS’s job ends and yours begins — service by service.</p>
      {children}
    </main>
  );
}
