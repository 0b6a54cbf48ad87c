import Link from "next/link";
import { percentText } from "./format";
import type { WeakArea, WeakFact } from "@/server/classes/types";
import { modelLabel } from "./labels";
import styles from "./classes.module.css";

/** Where the class went wrong most: facts and models, weakest first. */
export function WeakestAreas({
  results,
  serviceNames,
}: {
  results: { weakestFacts: WeakFact[]; weakestModels: WeakArea[] };
  serviceNames: Record<string, string>;
}) {
  return (
    <section className="card stack" aria-labelledby="weakest-title">
      <h2 id="weakest-title">Where the class is weakest</h2>
      {results.weakestModels.length === 0 ? (
        <p className="muted">Nothing yet: this fills in as students submit.</p>
      ) : (
        <div className={styles.twoColumns}>
          <div>
            <h3 className="small">By model</h3>
            <ul className={styles.list}>
              {results.weakestModels.map((m) => (
                <li
                  key={m.id}
                  style={{ display: "grid", gridTemplateColumns: "8rem 1fr 6rem", gap: "0.5rem", alignItems: "center" }}
                  className="small"
                >
                  <span>{modelLabel(m.id)}</span>
                  <span className={styles.meter} aria-hidden="true">
                    <span className={styles.meterFill} style={{ width: `${m.share * 100}%` }} />
                  </span>
                  <span>
                    {percentText(m.share)} right ({m.correct}/{m.total})
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="small">Facts most often missed</h3>
            {results.weakestFacts.length === 0 ? (
              <p className="small muted">No fact was missed.</p>
            ) : (
              <ol className="small" style={{ paddingLeft: "1.2rem", margin: 0 }}>
                {results.weakestFacts.map((f) => (
                  <li key={f.id} style={{ marginBottom: "0.4rem" }}>
                    <Link href={`/services/${f.service}`}>{serviceNames[f.service] ?? f.service}</Link>: who must {f.duty}?{" "}
                    <span className="muted">
                      {percentText(f.share)} right ({f.correct}/{f.total})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
