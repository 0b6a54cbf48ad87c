import Link from "next/link";

export default function ServiceNotFound() {
  return (
    <div className="stack">
      <h1>No such service</h1>
      <p>Demarc has no page for that service. Every service it teaches is listed on the models page.</p>
      <p>
        <Link href="/models#all-services">See all services</Link>
      </p>
    </div>
  );
}
