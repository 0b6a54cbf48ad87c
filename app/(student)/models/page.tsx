import type { Metadata } from "next";
import Link from "next/link";
import { ModelCard } from "@/components/models/model-card";
import { ownerClass } from "@/components/models/owner-badge";
import { ServiceLinks } from "@/components/models/service-links";
import styles from "@/components/models/models.module.css";
import {
  bank,
  CONTROL_TYPE_NAMES,
  CONTROL_TYPE_RULES,
  CONTROL_TYPES,
  LAYER_RULES,
  LAYERS,
  type Model,
  MODEL_RULES,
  MODEL_TITLES,
  MODELS,
} from "@/server/models/catalog";

export const metadata: Metadata = { title: "The shared responsibility model" };

const DEMARCS: Record<Model, string> = {
  infrastructure: "above the hypervisor. The guest operating system and everything on it are yours.",
  container:
    "above the platform AWS manages. You configure access, network and data, and patch any instances you run yourself (ECS on EC2, EKS nodes).",
  abstract: "at the service endpoint. You bring the data, the access rules and the encryption choices.",
};

const LAYER_NAMES: Record<(typeof LAYERS)[number], string> = {
  "on-premises": "On premises",
  IaaS: "IaaS: infrastructure as a service",
  PaaS: "PaaS: platform as a service",
  SaaS: "SaaS: software as a service",
  FaaS: "FaaS: functions as a service",
};

export default function ModelsPage() {
  const services = bank.services.filter((service) => service.id !== "aws-cloud" && !service.retired);
  const inModel = (model: Model) => services.filter((service) => service.model === model);
  const modelWideCount = bank.facts.filter((fact) => fact.model === "all" || fact.service === "aws-cloud").length;

  return (
    <div className="stack">
      <h1>The shared responsibility model</h1>
      <p className={styles.lede}>
        AWS is responsible for <strong>security of the cloud</strong>; you are responsible for <strong>security in the cloud</strong>. The
        line between the two is the <em>demarc</em>, a telecoms word for the point where the provider’s network ends and yours begins. Where
        it sits depends on the kind of service.
      </p>

      <div className="grid">
        <section className={`card ${styles.sideCard} ${ownerClass("aws")}`} aria-labelledby="of-the-cloud">
          <h2 id="of-the-cloud">Security OF the cloud: AWS</h2>
          <p>
            Facilities, hardware, the global network, the hypervisor and the software that runs each managed service. You inherit these
            controls; you cannot change them, and you do not need to.
          </p>
        </section>
        <section className={`card ${styles.sideCard} ${ownerClass("customer")}`} aria-labelledby="in-the-cloud">
          <h2 id="in-the-cloud">Security IN the cloud: you</h2>
          <p>
            Your data, who may reach it, how it is encrypted and how the service is configured. The more AWS manages, the shorter this list,
            but it never reaches zero.
          </p>
        </section>
      </div>

      <section className="stack" aria-labelledby="three-models">
        <h2 id="three-models">Three models, three demarcs</h2>
        <div className="grid">
          {MODELS.map((model) => (
            <ModelCard
              key={model}
              model={model}
              title={MODEL_TITLES[model]}
              rule={MODEL_RULES[model]}
              demarc={DEMARCS[model]}
              examples={inModel(model).slice(0, 6)}
            />
          ))}
        </div>
        <div className={`card ${styles.callout}`}>
          <h3>Duties in every model</h3>
          <p>{MODEL_RULES.all}</p>
          <Link href="/models/overview">See the {modelWideCount} duties that hold whatever service you use</Link>
        </div>
      </section>

      <section className="stack" aria-labelledby="layers">
        <h2 id="layers">The same line in IaaS, PaaS, SaaS and FaaS terms</h2>
        <p className="muted">
          Cloud providers often describe the split by service layer. Infrastructure services are IaaS; container services are mostly PaaS;
          abstract services include SaaS and FaaS.
        </p>
        <dl className={styles.definitions}>
          {LAYERS.map((layer) => {
            const examples = services.filter((service) => service.layer === layer);
            return (
              <div key={layer}>
                <dt>{LAYER_NAMES[layer]}</dt>
                <dd>
                  {LAYER_RULES[layer]}
                  {examples.length > 0 ? (
                    <span className="small muted"> In Demarc: {examples.map((service) => service.shortName).join(", ")}.</span>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section className="stack" aria-labelledby="control-types">
        <h2 id="control-types">AWS&apos;s three kinds of control</h2>
        <p className="muted">
          AWS sorts IT controls into three categories. Some books add a fourth, &ldquo;hybrid&rdquo;, for a feature AWS provides that you
          must configure (security groups, route tables); that is their own word, and in AWS&apos;s terms such zoning of traffic is a
          customer-specific control.
        </p>
        <dl className={styles.definitions}>
          {CONTROL_TYPES.map((type) => (
            <div key={type}>
              <dt>{CONTROL_TYPE_NAMES[type]}</dt>
              <dd>{CONTROL_TYPE_RULES[type]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="stack" aria-labelledby="all-services">
        <h2 id="all-services">All services</h2>
        <div className={`grid ${styles.directory}`}>
          {MODELS.map((model) => (
            <div key={model} className="card stack">
              <h3 id={`services-${model}`}>
                <Link href={`/models/${model}`}>{MODEL_TITLES[model]}</Link>
              </h3>
              <ServiceLinks services={inModel(model)} label={MODEL_TITLES[model]} />
            </div>
          ))}
        </div>
        <p>
          Duties that are not tied to one service live under <Link href="/services/aws-cloud">the AWS Cloud as a whole</Link>.
        </p>
      </section>
    </div>
  );
}
