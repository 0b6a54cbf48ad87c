/**
 * The bank's content as pages show it: services, models, layers and control types with their rules.
 * Pages read the question bank through here, so app/ never imports questions/ directly.
 */
import { services } from "@/questions/bank";

export { bank } from "@/questions/bank";
export { serviceById } from "@/questions/bank";
export { citationView } from "@/questions/explain";
export { CONTROL_TYPE_NAMES, CONTROL_TYPE_RULES, LAYER_RULES, MODEL_NAMES, MODEL_RULES, MODEL_TITLES } from "@/questions/model-rules";
export { CONTROL_TYPES, LAYERS, MODELS, TOPICS, type Fact, type Model } from "@/questions/schema";

/** Every service as a choice in a form: id and display name. */
export function serviceOptions(): { id: string; name: string }[] {
  return services.map((s) => ({ id: s.id, name: s.name }));
}

/** Service display names by id, for reports that list scores per service. */
export function serviceNames(): Record<string, string> {
  return Object.fromEntries(services.map((s) => [s.id, s.name]));
}
