import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser("/");
  const { denied } = await searchParams;
  const firstName = user.name.split(" ")[0] || user.name;
  return (
    <div className="stack">
      {denied ? (
        <p className="alert alert-error" role="alert">
          That page is for instructors. You were brought back home.
        </p>
      ) : null}
      <h1>Welcome back, {firstName}</h1>
      <p className="muted">
        Demarc teaches the AWS shared responsibility model: for each service, which duties AWS runs and which stay with you.
      </p>
      <div className="grid">
        <section className="card">
          <h2>Explore the models</h2>
          <p>Infrastructure, container and abstract services: see where the line sits and why, with every fact cited.</p>
          <Link className="button button-secondary" href="/models">
            Open the models
          </Link>
        </section>
        {user.role === "instructor" ? (
          <section className="card">
            <h2>Your classes</h2>
            <p>Run a cohort through the model with assigned sets and per-question results.</p>
            <Link className="button button-secondary" href="/classes">
              Go to classes
            </Link>
          </section>
        ) : null}
      </div>
    </div>
  );
}
