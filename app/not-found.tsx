import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="page-narrow">
      <div className="card stack">
        <h1>Page not found</h1>
        <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <Link className="button" href="/">
          Go home
        </Link>
      </div>
    </main>
  );
}
