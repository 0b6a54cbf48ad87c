import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { factViews } from "@/server/models/fact-views";
import { Breadcrumbs } from "@/components/models/breadcrumbs";
import { CitationList } from "@/components/models/citation-list";
import { FactsByOwner } from "@/components/models/facts-by-owner";
import styles from "@/components/models/models.module.css";
import { requirePageUser } from "@/app/_lib/session";
import { SetAsideCards } from "@/components/practice/set-aside-cards";
import { getDb } from "@/server/db";
import { setAsideCards } from "@/server/practice/set-aside";
import { bank, citationView, LAYER_RULES, MODEL_NAMES, MODEL_RULES, MODEL_TITLES, serviceById } from "@/server/models/catalog";

type Params = Promise<{ service: string }>;

/** The pseudo-service for duties that hold in every model. */
const CLOUD_WIDE = "aws-cloud";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { service: id } = await params;
  return { title: serviceById(id)?.name ?? "Service not found" };
}

export default async function ServicePage({ params }: { params: Params }) {
  const { service: id } = await params;
  const service = serviceById(id);
  if (!service) notFound();

  const user = await requirePageUser(`/services/${service.id}`);
  const setAside = await setAsideCards(getDb(), user.id, service);
  const cloudWide = service.id === CLOUD_WIDE;
  const facts = bank.facts.filter((fact) => fact.service === service.id);
  const views = factViews(facts, bank.services);
  const modelHref = cloudWide ? "/models/overview" : `/models/${service.model}`;
  const modelTitle = cloudWide ? "Every model" : MODEL_TITLES[service.model];

  return (
    <div className="stack">
      <Breadcrumbs crumbs={[{ label: "Models", href: "/models" }, { label: modelTitle, href: modelHref }, { label: service.name }]} />
      <h1>{service.name}</h1>
      <p className={styles.lede}>{service.summary}</p>
      {service.retired ? (
        <p className="alert alert-info" role="note">
          <strong>Retired {service.retired.on}.</strong> {service.retired.note} Its duties stay here for reference but are left out of
          practice, exams and assignments; cards you had for it are suspended, with your history kept.
        </p>
      ) : (
        <p>
          <Link className="button" href={`/practice?service=${encodeURIComponent(service.id)}`}>
            Practise this service
          </Link>
        </p>
      )}
      <SetAsideCards cards={setAside} />

      <section className={`card stack ${styles.callout}`} aria-labelledby="placement-heading">
        <h2 id="placement-heading">Where it sits</h2>
        {cloudWide ? (
          <p>{MODEL_RULES.all}</p>
        ) : (
          <>
            <p>
              {service.name} is {/^[aeiou]/i.test(MODEL_NAMES[service.model]) ? "an" : "a"}{" "}
              <Link href={modelHref}>{MODEL_NAMES[service.model]}</Link>
              {service.layer ? ` (${service.layer})` : ""}. {MODEL_RULES[service.model]}
            </p>
            {service.layer ? <p className="muted">{LAYER_RULES[service.layer]}</p> : null}
          </>
        )}
        <p>
          <Link href={modelHref}>See the {cloudWide ? "model-wide" : service.model} stack diagram</Link>
        </p>
        {service.modelCitations.length > 0 ? (
          <CitationList citations={service.modelCitations.map(citationView)} label="Sources that place it" />
        ) : cloudWide ? null : (
          <p className="small muted">
            No source names this service’s model; the placement is Demarc’s reasoning from how the service is run.
          </p>
        )}
      </section>

      <section aria-labelledby="duties-heading" className="stack">
        <h2 id="duties-heading">Who does what with {service.shortName}</h2>
        <FactsByOwner views={views} context={{ model: cloudWide ? "all" : service.model, service: service.id }} />
      </section>
    </div>
  );
}
