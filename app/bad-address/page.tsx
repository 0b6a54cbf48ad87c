import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Bad address" };

/** proxy.ts shows this, with status 400, for a path that is not valid percent-encoded UTF-8. */
export default function BadAddress() {
  return (
    <main id="main" className="page-narrow">
      <div className="card stack">
        <h1>This address is broken</h1>
        <p>
          Part of the address could not be read: a <code>%</code> sign in it is not followed by a valid character code. The link may have
          been cut short or mistyped.
        </p>
        <Link className="button" href="/">
          Go home
        </Link>
      </div>
    </main>
  );
}
