import { citationsOf, citationView, disagreementNote, explainFact } from "../explain";
import { CONTROL_TYPE_RULES, LAYER_RULES, MODEL_RULES, MODEL_TITLES } from "../model-rules";
import { CONTROL_TYPES, MODELS, type ControlType, type Fact, type Layer, type Service } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

const LAYER_CHOICES: Layer[] = ["IaaS", "PaaS", "SaaS", "FaaS"];

/** Words that would give a model or layer away if a prompt quoted them. */
const GIVEAWAYS =
  /\b(infrastructure|container|abstract(ed)?|IaaS|PaaS|SaaS|FaaS|as[- ]a[- ]service|serverless|platform|without servers|virtual servers|operating system|endpoint)\b/i;

/** The service's summary, unless it names the answer: then only its name. */
function introduction(service: Service): string {
  return GIVEAWAYS.test(service.summary) ? "" : `${service.name}: ${service.summary.charAt(0).toLowerCase()}${service.summary.slice(1)} `;
}

/** "Which model does Amazon EMR follow?" — only for services a source places in a model. */
export function whichModel(service: Service, context: BuildContext): Question {
  const { random } = context;
  const prompt = random.pick([
    `Which shared responsibility model does ${service.name} follow?`,
    `In the three categories of the shared responsibility model, where does ${service.name} belong?`,
    `${introduction(service)}Which shared responsibility model applies to ${service.shortName}?`,
  ]);
  return {
    id: `which-model:${service.id}`,
    kind: "which-model",
    model: service.model,
    layer: service.layer,
    service: service.id,
    topic: "models",
    factIds: [],
    prompt,
    choices: finaliseChoices(
      random,
      MODELS.map((model) => ({
        text: MODEL_TITLES[model],
        correct: model === service.model,
        explanation: model === service.model ? `Correct. ${MODEL_RULES[model]}` : `No: that is the model where ${MODEL_RULES[model]}`,
      })),
    ),
    explanation: `${service.name} is ${service.model === "infrastructure" || service.model === "abstract" ? "an" : "a"} ${service.model} service: ${MODEL_RULES[service.model]}`,
    citations: service.modelCitations.map(citationView),
    links: links(service.model, service.id),
  };
}

/** Services whose layer (IaaS / PaaS / SaaS / FaaS) a citation states outright. */
export function hasCitedLayer(service: Service): boolean {
  return service.layer !== undefined && service.modelCitations.some((c) => c.quote?.includes(service.layer!));
}

export function whichLayer(service: Service, context: BuildContext): Question {
  const { random } = context;
  const layer = service.layer!;
  return {
    id: `which-layer:${service.id}`,
    kind: "which-model",
    model: service.model,
    layer,
    service: service.id,
    topic: "models",
    factIds: [],
    prompt: `Which cloud service category describes ${service.name} when responsibilities are split by layer?`,
    choices: finaliseChoices(
      random,
      LAYER_CHOICES.map((choice) => ({
        text: choice,
        correct: choice === layer,
        explanation: choice === layer ? `Correct. ${LAYER_RULES[choice]}` : `No. ${LAYER_RULES[choice]}`,
      })),
    ),
    explanation: `${service.name} is ${layer}. ${LAYER_RULES[layer]}`,
    citations: service.modelCitations.map(citationView),
    links: links(service.model, service.id),
  };
}

/** The control as an exam option: a shared control by its customer part's wording unless it has one name. */
function controlText(fact: Fact): string {
  if (fact.controlName) return fact.controlName;
  return fact.options.customer && fact.options.aws && fact.options.customer !== fact.options.aws
    ? fact.options.customer
    : (fact.options.customer ?? fact.options.aws)!;
}

function controlFacts(context: BuildContext, type: ControlType) {
  return context.bank.facts.filter((fact) => fact.controlType === type);
}

/** Whether enough controls of other categories exist to ask "which is a shared control?" */
export function canAskControlType(context: BuildContext, fact: Fact): boolean {
  return CONTROL_TYPES.filter((type) => type !== fact.controlType).every((type) => controlFacts(context, type).length > 0);
}

const AN: Record<ControlType, string> = { inherited: "an inherited", shared: "a shared", "customer-specific": "a customer-specific" };

/** "Which of the following is a shared control?" — AWS's three categories, options across the bank. */
export function controlType(fact: Fact, context: BuildContext): Question {
  const { random } = context;
  const type = fact.controlType!;
  const others = CONTROL_TYPES.filter((t) => t !== type);
  const rightText = controlText(fact);
  // The same duty on two services ("hypervisor" on EC2 and AWS-wide) would be two wordings of one option.
  const dutyKey = (f: Fact) => f.id.slice(f.id.indexOf(".") + 1);
  const seen = new Set([rightText.toLowerCase(), dutyKey(fact)]);
  const wrong: Fact[] = [];
  // One from each other category first, then a third from either: every category is represented.
  for (const pool of [
    ...others.map((t) => random.shuffle(controlFacts(context, t))),
    random.shuffle(others.flatMap((t) => controlFacts(context, t))),
  ]) {
    const candidate = pool.find((f) => !seen.has(controlText(f).toLowerCase()) && !seen.has(dutyKey(f)));
    if (candidate && wrong.length < 3) {
      wrong.push(candidate);
      seen.add(controlText(candidate).toLowerCase()).add(dutyKey(candidate));
    }
  }
  const prompt = random.pick([
    `Under the AWS shared responsibility model, which of the following is ${AN[type]} control?`,
    `Which of the following is an example of ${AN[type]} control in the AWS shared responsibility model?`,
  ]);
  const explain = (f: Fact, correct: boolean) =>
    correct ? `Correct. ${f.statement}` : `No: that is ${AN[f.controlType!]} control. ${f.statement}`;
  return {
    id: `control-type:${fact.id}`,
    kind: "control-type",
    model: fact.model,
    controlType: type,
    service: "aws-cloud",
    topic: fact.topic,
    factIds: [fact.id],
    prompt,
    choices: finaliseChoices(random, [
      { text: rightText, correct: true, explanation: explain(fact, true), factId: fact.id, service: fact.service },
      ...wrong.map((f) => ({ text: controlText(f), correct: false, explanation: explain(f, false), factId: f.id, service: f.service })),
    ]),
    explanation: `${CONTROL_TYPE_RULES[type]} ${explainFact(fact)}`,
    citations: citationsOf([fact, ...wrong]),
    disagreement: disagreementNote(fact),
    links: links(fact.model, fact.service),
  };
}
