import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { factViews } from "@/server/models/fact-views";
import { Breadcrumbs } from "@/components/models/breadcrumbs";
import { FactsByOwner } from "@/components/models/facts-by-owner";
import { ServiceLinks } from "@/components/models/service-links";
import { StackDiagram } from "@/components/models/stack-diagram";
import { StackSummary } from "@/components/models/stack-summary";
import type { StackView } from "@/components/models/stack-layers";
import styles from "@/components/models/models.module.css";
import { bank, type Fact, MODEL_RULES, MODEL_TITLES, MODELS, serviceById } from "@/server/models/catalog";

type Params = Promise<{ model: string }>;

const VIEWS: StackView[] = [...MODELS, "overview"];
const isView = (value: string): value is StackView => (VIEWS as string[]).includes(value);

const TITLES: Record<StackView, string> = { ...MODEL_TITLES, overview: "Every model: duties that never move" };

const STACK_TITLES: Record<StackView, string> = {
  infrastructure: "Who owns each layer of an infrastructure service (such as EC2)",
  container: "Who owns each layer of a container service (such as RDS)",
  abstract: "Who owns each layer of an abstract service (such as S3)",
  overview: "What holds in every model, and what depends on the service",
};

/**
 * The service each model page works through in full, as the sources do (EC2, RDS, S3); every other
 * service's duties are one click away on its own page, so the model page stays readable.
 */
const REFERENCE_SERVICE: Record<(typeof MODELS)[number], string> = { infrastructure: "ec2", container: "rds", abstract: "s3" };

/** A model's facts: the cloud-wide ones for that model and its reference service's; the overview takes the model-wide ones. */
function factsFor(view: StackView): Fact[] {
  if (view === "overview") return bank.facts.filter((fact) => fact.model === "all" || fact.service === "aws-cloud");
  return bank.facts.filter((fact) => fact.model === view && (fact.service === "aws-cloud" || fact.service === REFERENCE_SERVICE[view]));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { model } = await params;
  return { title: isView(model) ? TITLES[model] : "Model not found" };
}

export default async function ModelPage({ params }: { params: Params }) {
  const { model } = await params;
  if (!isView(model)) notFound();

  const rule = model === "overview" ? MODEL_RULES.all : MODEL_RULES[model];
  const services = model === "overview" ? [] : bank.services.filter((service) => service.model === model && service.id !== "aws-cloud");
  const views = factViews(factsFor(model), bank.services);
  const compare = VIEWS.filter((other) => other !== model).map((other) => ({
    href: `/models/${other}`,
    label: other === "overview" ? "Every model" : MODEL_TITLES[other],
  }));

  return (
    <div className="stack">
      <Breadcrumbs crumbs={[{ label: "Models", href: "/models" }, { label: TITLES[model] }]} />
      <h1>{TITLES[model]}</h1>
      <p className={styles.lede}>{rule}</p>

      {services.length > 0 ? (
        <div>
          <p className="small muted">Services in this model:</p>
          <ServiceLinks services={services} label={`Services in the ${model} model`} />
        </div>
      ) : (
        <p>
          These duties hold whatever service you use. For the ones that move, open a model:{" "}
          {MODELS.map((other, index) => (
            <span key={other}>
              {index > 0 ? ", " : ""}
              <Link href={`/models/${other}`}>{MODEL_TITLES[other].toLowerCase()}</Link>
            </span>
          ))}
          .
        </p>
      )}

      <section aria-labelledby="stack-heading" className="stack">
        <h2 id="stack-heading">Where the demarc sits</h2>
        <div className={styles.splitView}>
          <StackDiagram view={model} title={STACK_TITLES[model]} />
          <StackSummary view={model} compare={compare} />
        </div>
      </section>

      <section aria-labelledby="duties-heading" className="stack">
        <h2 id="duties-heading">Who does what</h2>
        <p className="muted">
          {views.length} duties, each with the sources it comes from.
          {model === "overview" ? (
            " Some belong to one model; their card says which."
          ) : (
            <>
              {" "}
              Worked through for {serviceById(REFERENCE_SERVICE[model])?.name}, the model&apos;s reference service, and for AWS as a whole;
              every other service above has its own page.
            </>
          )}
        </p>
        <FactsByOwner
          views={views}
          context={{ model: model === "overview" ? "all" : model, service: model === "overview" ? "aws-cloud" : undefined }}
        />
      </section>
    </div>
  );
}
