import Link from "next/link";

export default function ModelNotFound() {
  return (
    <div className="stack">
      <h1>No such model</h1>
      <p>The shared responsibility model has three service models: infrastructure, container and abstract.</p>
      <p>
        <Link href="/models">See the models</Link>
      </p>
    </div>
  );
}
