import { z } from "zod";
import { SOURCE_FILES } from "./sources";

export const MODELS = ["infrastructure", "container", "abstract"] as const;
const modelSchema = z.enum(MODELS);
export type Model = z.infer<typeof modelSchema>;

/** A fact's scope: one of the three models, or "all" for duties that hold in every model. */
export const factModelSchema = z.enum([...MODELS, "all"]);
export type FactModel = z.infer<typeof factModelSchema>;

export const LAYERS = ["on-premises", "IaaS", "PaaS", "SaaS", "FaaS"] as const;
const layerSchema = z.enum(LAYERS);
export type Layer = z.infer<typeof layerSchema>;

/** AWS's own control categories (its shared responsibility page); "hybrid" is one book's term, not AWS's. */
export const CONTROL_TYPES = ["inherited", "shared", "customer-specific"] as const;
const controlTypeSchema = z.enum(CONTROL_TYPES);
export type ControlType = z.infer<typeof controlTypeSchema>;

const OWNERS = ["aws", "customer", "shared"] as const;
const ownerSchema = z.enum(OWNERS);
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

const sentences = z.array(z.string().trim().min(1)).min(1);
const perSide = z.object({ customer: sentences, aws: sentences });

/** questions/bank/wording.json: the words around the facts in duty questions (situations per topic, the asks). */
export const questionWordingSchema = z.object({
  situations: z.record(topicSchema, sentences),
  scenarioAsks: perSide,
  pickAsks: perSide,
  multiSelectLeads: sentences,
  moves: z
    .array(z.object({ from: z.string().min(1), to: z.string().min(1), situation: z.string().trim().min(1) }))
    .describe("Migrations a compare question asks about: which task AWS takes over when the workload moves."),
  moveAsks: sentences,
});
export type QuestionWording = z.infer<typeof questionWordingSchema>;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A passage of one of the five source files: file, section name and a short verbatim quote. */
const sourceCitationSchema = z.object({
  kind: z.literal("source"),
  file: z.enum(SOURCE_FILES),
  section: z.string().min(1),
  quote: z
    .string()
    .min(8)
    .refine((q) => words(q) <= 30, "a quote is at most 30 words"),
});

const AWS_PAGES = ["https://docs.aws.amazon.com/", "https://aws.amazon.com/"];

/** A page of AWS's own documentation that was actually read: its title, URL and a short verbatim quote. */
const awsDocCitationSchema = z.object({
  kind: z.literal("aws-doc"),
  title: z.string().min(3),
  url: z
    .string()
    .url()
    .refine(
      (u) => AWS_PAGES.some((prefix) => u.startsWith(prefix)),
      "AWS documentation lives on https://docs.aws.amazon.com/ or https://aws.amazon.com/",
    ),
  section: z.string().min(1).optional(),
  quote: z
    .string()
    .min(8)
    .refine((q) => words(q) <= 30, "a quote is at most 30 words")
    .optional(),
});

const citationSchema = z.discriminatedUnion("kind", [sourceCitationSchema, awsDocCitationSchema]);
export type Citation = z.infer<typeof citationSchema>;

const idPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idPartSchema = z.string().regex(idPart, "ids are lower-case words joined by hyphens, like rds-maintenance");

/** The citation registry: every citation written once, referred to by id from services and facts. */
export const citationRegistrySchema = z.record(idPartSchema, citationSchema);
export type CitationRegistry = z.infer<typeof citationRegistrySchema>;

const sentence = (what: string, min: number) =>
  z
    .string()
    .min(min)
    .refine((text) => /^[A-Z0-9“"‘']/.test(text.trim()), `${what} starts with a capital letter`)
    .refine((text) => /[.?!”"')]$/.test(text.trim()), `${what} ends with a full stop`);

/** An exam-style option: a short noun or gerund phrase, no owner named, no final punctuation. */
const optionText = z
  .string()
  .refine((text) => words(text) >= 2 && words(text) <= 10, "an option is 2 to 10 words")
  .refine((text) => /^[A-Z0-9]/.test(text), "an option starts with a capital letter")
  .refine((text) => !/[.?!]$/.test(text), "an option has no final punctuation")
  .refine(
    (text) => !/\b(AWS'?s?|customer'?s?|the company)\b/.test(text),
    'an option never names who owns it (no "AWS", "customer", "company")',
  );

/** Retired services stay in the bank for the record, but are left out of practice and exams. */
const retiredSchema = z.object({
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2025-04-25"),
  note: sentence("the retirement note", 20),
});

const serviceFields = {
  id: idPartSchema,
  name: z.string().min(2),
  shortName: z.string().min(2),
  model: modelSchema,
  layer: layerSchema.optional(),
  /** What the service is, in one plain sentence that does not give away its model or layer. */
  summary: sentence("summary", 10),
  retired: retiredSchema.optional(),
};

const factFields = {
  /** `<service>.<duty-key>`; the same duty key on two services is the same duty (a move between them can hand it to AWS). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, "a fact id is <service>.<duty-key>"),
  model: factModelSchema,
  layer: layerSchema.optional(),
  /** AWS's control category, only where a citation supports it. */
  controlType: controlTypeSchema.optional(),
  /** The control as AWS's own page names it ("Patch management"), offered as the option in control-type items. */
  controlName: optionText.optional(),
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
  /**
   * The duty as an exam option, for the side(s) that own it: a shared duty has both, any other
   * duty only its owner's. "Patching the host operating system".
   */
  options: z.object({ aws: optionText.optional(), customer: optionText.optional() }),
  /** One or two sentences in our own words: who does what. */
  statement: sentence("statement", 20),
  /** The reasoning that generalises: where the demarc of this model sits and why. */
  why: sentence("why", 20),
  /** The wrong belief this fact corrects, phrased as the belief. */
  misconception: sentence("misconception", 10).optional(),
  /** For shared duties: each side's part. */
  split: z.object({ aws: sentence("split.aws", 8), customer: sentence("split.customer", 8) }).optional(),
  /** Where a source says otherwise; the bank follows AWS's documentation. */
  disagreement: z.object({ file: z.enum(SOURCE_FILES), note: sentence("disagreement note", 20) }).optional(),
  /**
   * Situations written for this duty: a workload on this service and the moment the duty matters,
   * one or two sentences, no question ("A company runs PostgreSQL on Amazon RDS. A kernel CVE is published.").
   */
  scenarios: z.array(sentence("a scenario", 30)).min(2, "write at least two scenarios"),
};

type FactShape = { owner: Owner; split?: unknown; options: { aws?: string; customer?: string } };

const factRules = <T extends z.ZodType<FactShape>>(schema: T) =>
  schema
    .refine((fact) => fact.owner !== "shared" || fact.split !== undefined, {
      message: "a shared duty says each side's part in `split`",
      path: ["split"],
    })
    .refine(
      (fact) =>
        fact.owner === "shared"
          ? Boolean(fact.options.aws && fact.options.customer)
          : Boolean(fact.options[fact.owner]) && !fact.options[fact.owner === "aws" ? "customer" : "aws"],
      { message: "options has exactly the owner's side (both sides for a shared duty)", path: ["options"] },
    );

/** A service as an editor writes it in `questions/bank/services/<id>.yaml`. */
const serviceEntrySchema = z.object({ ...serviceFields, modelCitations: z.array(idPartSchema) });

/** A fact as an editor writes it: citations are ids in the registry. */
const factEntrySchema = factRules(z.object({ ...factFields, citations: z.array(idPartSchema).min(1) }));

/** One file of the bank: a service and the facts that teach it. */
export const serviceFileSchema = z.object({ service: serviceEntrySchema, facts: z.array(factEntrySchema) });

/** The compiled bank: citations resolved, each fact carrying its service id. */
export const serviceSchema = z.object({
  ...serviceFields,
  /**
   * Citations that place the service in its model (or layer). Empty when the placement is our own
   * reasoning; which-model questions are only asked about services a source places.
   */
  modelCitations: z.array(citationSchema),
});
export type Service = z.infer<typeof serviceSchema>;

export const factSchema = factRules(z.object({ ...factFields, service: idPartSchema, citations: z.array(citationSchema).min(1) })).refine(
  (fact) => fact.id.startsWith(`${fact.service}.`),
  { message: "id must start with the service id", path: ["id"] },
);
export type Fact = z.infer<typeof factSchema>;

/** A topic of an exam guide and the facts that teach it: those of `services` (narrowed by topic or owner) plus `facts`. */
const guideTopicSchema = z.object({
  name: z.string().min(5),
  services: z.array(idPartSchema).default([]),
  topics: z.array(topicSchema).optional(),
  owners: z.array(ownerSchema).optional(),
  facts: z.array(z.string()).optional(),
});

export const examGuidesSchema = z.object({
  guides: z.array(
    z.object({
      id: idPartSchema,
      title: z.string().min(5),
      /** Which version of the guide the task statements were taken from. */
      version: z.string().min(10),
      inScopeServices: z.array(z.object({ name: z.string().min(2), id: idPartSchema })).optional(),
      /** Topics of the guide the bank deliberately does not teach, and why. */
      leftOut: z.array(z.object({ topic: z.string().min(5), why: z.string().min(10) })).optional(),
      tasks: z.array(z.object({ id: z.string().min(1), title: z.string().min(5), topics: z.array(guideTopicSchema).min(1) })).min(1),
    }),
  ),
});
export type ExamGuides = z.infer<typeof examGuidesSchema>;
export type GuideTopic = z.infer<typeof guideTopicSchema>;
