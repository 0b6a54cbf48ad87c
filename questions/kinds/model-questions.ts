import { citationsOf, citationView, explainFact } from "../explain";
import { CONTROL_TYPE_NAMES, CONTROL_TYPE_RULES, LAYER_RULES, MODEL_RULES, MODEL_TITLES } from "../model-rules";
import { capitalise } from "../scenario-text";
import { CONTROL_TYPES, MODELS, type Fact, type Layer, type Service } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

const LAYER_CHOICES: Layer[] = ["IaaS", "PaaS", "SaaS", "FaaS"];

/** "Which model does Amazon EMR follow?" — only for services a source places in a model. */
export function whichModel(service: Service, context: BuildContext): Question {
  const { random } = context;
  const prompt = random.pick([
    `Which shared responsibility model does ${service.name} follow?`,
    `In AWS's three service categories, where does ${service.name} belong?`,
    `${service.summary.replace(/\.$/, "")}. Which shared responsibility model is ${service.shortName}?`,
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
        explanation:
          model === service.model
            ? `Correct. ${MODEL_RULES[model]}`
            : `No. ${MODEL_TITLES[model]}: ${MODEL_RULES[model]} That is not how ${service.shortName} is run.`,
      })),
    ),
    explanation: `${service.name} is ${service.model === "infrastructure" ? "an" : "a"} ${service.model} service. ${service.summary} ${MODEL_RULES[service.model]}`,
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
    prompt: `${service.summary.replace(/\.$/, "")}. In the IaaS / PaaS / SaaS / FaaS view, what is ${service.name}?`,
    choices: finaliseChoices(
      random,
      LAYER_CHOICES.map((choice) => ({
        text: choice,
        correct: choice === layer,
        explanation: choice === layer ? `Correct. ${LAYER_RULES[choice]}` : `No. ${LAYER_RULES[choice]}`,
      })),
    ),
    explanation: `${service.name} is ${layer}. ${LAYER_RULES[layer]} ${MODEL_RULES[service.model]}`,
    citations: service.modelCitations.map(citationView),
    links: links(service.model, service.id),
  };
}

/** "What type of control is the security group?" — from facts whose citation names the control type. */
export function controlType(fact: Fact, context: BuildContext): Question {
  const { random } = context;
  const service = context.service(fact.service);
  const where = service.id === "aws-cloud" ? "on AWS" : `on ${service.name}`;
  const prompt = random.pick([
    `Launching a web server ${where} involves the duty to ${fact.duty}. What type of control is this?`,
    `Consider the duty to ${fact.duty} ${where}. Which kind of control is it under the shared responsibility model?`,
  ]);
  return {
    id: `control-type:${fact.id}`,
    kind: "control-type",
    model: fact.model,
    controlType: fact.controlType,
    service: fact.service,
    topic: fact.topic,
    factIds: [fact.id],
    prompt,
    choices: finaliseChoices(
      random,
      CONTROL_TYPES.map((type) => ({
        text: CONTROL_TYPE_NAMES[type],
        correct: type === fact.controlType,
        explanation:
          type === fact.controlType
            ? `Correct. ${CONTROL_TYPE_RULES[type]} ${fact.statement}`
            : `No. ${CONTROL_TYPE_RULES[type]} ${capitalise(fact.duty)} is not like that.`,
      })),
    ),
    explanation: explainFact(fact, service),
    citations: citationsOf([fact]),
    links: links(fact.model, fact.service),
  };
}
