import { z } from "zod";
import { SOURCE_FILES } from "./sources";

export const MODELS = ["infrastructure", "container", "abstract"] as const;
export const modelSchema = z.enum(MODELS);
export type Model = z.infer<typeof modelSchema>;

/** A fact's scope: one of the three models, or "all" for duties that hold in every model. */
export const factModelSchema = z.enum([...MODELS, "all"]);
export type FactModel = z.infer<typeof factModelSchema>;

export const LAYERS = ["on-premises", "IaaS", "PaaS", "SaaS", "FaaS"] as const;
export const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

export const CONTROL_TYPES = ["inherited", "shared", "hybrid", "customer-specific"] as const;
export const controlTypeSchema = z.enum(CONTROL_TYPES);
export type ControlType = z.infer<typeof controlTypeSchema>;

export const OWNERS = ["aws", "customer", "shared"] as const;
export const ownerSchema = z.enum(OWNERS);
export type Owner = z.infer<typeof ownerSchema>;

export const TOPICS = [
  "patching",
  "encryption",
  "keys",
  "network",
  "identity",
  "data",
  "availability",
  "backup",
  "logging",
  "monitoring",
  "configuration",
  "application",
  "physical",
  "compliance",
  /** The shared responsibility model itself: which model a service follows, control types. */
  "models",
] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A passage of one of the five source files: file, section name and a short verbatim quote. */
export const sourceCitationSchema = z.object({
  kind: z.literal("source"),
  file: z.enum(SOURCE_FILES),
  section: z.string().min(1),
  quote: z.string().min(8).refine((q) => words(q) <= 30, "a quote is at most 30 words"),
});

/** A page of AWS documentation that was actually read: its title, URL and a short quote. */
export const awsDocCitationSchema = z.object({
  kind: z.literal("aws-doc"),
  title: z.string().min(3),
  url: z
    .string()
    .url()
    .refine((u) => u.startsWith("https://docs.aws.amazon.com/"), "AWS documentation lives on https://docs.aws.amazon.com/"),
  section: z.string().min(1).optional(),
  quote: z
    .string()
    .min(8)
    .refine((q) => words(q) <= 30, "a quote is at most 30 words")
    .optional(),
});

export const citationSchema = z.discriminatedUnion("kind", [sourceCitationSchema, awsDocCitationSchema]);
export type Citation = z.infer<typeof citationSchema>;
export type SourceCitation = z.infer<typeof sourceCitationSchema>;
export type AwsDocCitation = z.infer<typeof awsDocCitationSchema>;

const idPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const serviceSchema = z.object({
  id: z.string().regex(idPart),
  name: z.string().min(2),
  shortName: z.string().min(2),
  model: modelSchema,
  layer: layerSchema.optional(),
  /** What the service is, in one plain sentence. */
  summary: z.string().min(10),
  /** Noun phrases a scenario can put on the service: "the orders database (PostgreSQL)". */
  workloads: z.array(z.string().min(3)).min(2),
  /**
   * Citations that place the service in its model (or layer). Empty when the placement is our own
   * reasoning; which-model questions are only asked about services a source places.
   */
  modelCitations: z.array(citationSchema),
});
export type Service = z.infer<typeof serviceSchema>;

export const factSchema = z
  .object({
    /** `<service>.<duty-key>`; the same duty key on two services makes a compare question. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/),
    service: z.string().regex(idPart),
    model: factModelSchema,
    layer: layerSchema.optional(),
    controlType: controlTypeSchema.optional(),
    topic: topicSchema,
    owner: ownerSchema,
    /**
     * The duty as a verb phrase that completes "Who must …?", lower case, no final punctuation:
     * "patch the host operating system under the DB instances".
     */
    duty: z
      .string()
      .min(8)
      .refine((d) => /^[a-z]/.test(d) && !/[.?!]$/.test(d), "duty is a lower-case verb phrase without final punctuation"),
    /** One or two sentences in our own words: who does what. */
    statement: z.string().min(20),
    /** The reasoning that generalises: where the demarc of this model sits and why. */
    why: z.string().min(20),
    /** The wrong belief this fact corrects, phrased as the belief. */
    misconception: z.string().min(10).optional(),
    /** For shared duties: each side's part. */
    split: z.object({ aws: z.string().min(8), customer: z.string().min(8) }).optional(),
    /** Where a source says otherwise; the bank follows AWS's documentation. */
    disagreement: z.object({ file: z.enum(SOURCE_FILES), note: z.string().min(20) }).optional(),
    citations: z.array(citationSchema).min(1),
  })
  .refine((fact) => fact.id.startsWith(`${fact.service}.`), { message: "id must start with the service id", path: ["id"] })
  .refine((fact) => fact.owner !== "shared" || fact.split !== undefined, {
    message: "a shared duty says each side's part in `split`",
    path: ["split"],
  });
export type Fact = z.infer<typeof factSchema>;

/** Type helper for bank files: keeps literal checking without widening. */
export function defineFacts(facts: Fact[]): Fact[] {
  return facts;
}
