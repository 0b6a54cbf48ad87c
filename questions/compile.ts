import type { z } from "zod";
import { checkCitation, type BankProblem, type SourceTexts } from "./check-citations";
import { citationRegistrySchema, serviceFileSchema, type Citation, type CitationRegistry, type Fact, type Service } from "./schema";

/** A bank data file as read from disk: its path (for messages) and its parsed YAML. */
export interface BankFile {
  path: string;
  data: unknown;
}

export interface CompiledBank {
  services: Service[];
  facts: Fact[];
}

/** "facts[3] (rds.backups) › options" rather than "facts.3.options", so an editor finds the entry. */
function issuePath(path: PropertyKey[], data: unknown): string {
  const [head, index, ...rest] = path;
  const facts = (data as { facts?: { id?: unknown }[] } | undefined)?.facts;
  if (head === "facts" && typeof index === "number") {
    const id = facts?.[index]?.id;
    return [`facts[${index}]${typeof id === "string" ? ` (${id})` : ""}`, ...rest.map(String)].join(" › ");
  }
  return path.map(String).join(".");
}

function zodProblems(where: string, error: z.ZodError, data?: unknown): BankProblem[] {
  return error.issues.map((issue) => ({
    where: issue.path.length ? `${where} › ${issuePath(issue.path, data)}` : where,
    message: issue.message,
  }));
}

/** The file a fact or service belongs in: questions/bank/services/<service id>.yaml. */
const expectedFileName = (serviceId: string) => `${serviceId}.yaml`;

/**
 * Turns the editable bank (one YAML file per service, a citation registry in citations/*.yaml) into the bank the
 * generator reads: validated by the schemas, citations resolved by id, and — when the source texts
 * are given — every quote proved verbatim in the section it names. Pure: the caller does the reading.
 */
export function compileBank(
  registryFiles: BankFile[],
  files: BankFile[],
  texts?: SourceTexts,
): { bank: CompiledBank; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const registry: CitationRegistry = {};
  const registryFileOf = new Map<string, string>();
  for (const file of registryFiles) {
    const parsed = citationRegistrySchema.safeParse(file.data ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file.path, parsed.error));
      continue;
    }
    for (const [id, citation] of Object.entries(parsed.data)) {
      const earlier = registryFileOf.get(id);
      if (earlier) problems.push({ where: `${file.path} › ${id}`, message: `citation id already used in ${earlier}` });
      registry[id] = citation;
      registryFileOf.set(id, file.path);
      problems.push(...checkCitation(citation, `${file.path} › ${id}`, texts));
    }
  }

  const used = new Set<string>();
  const resolve = (ids: string[], where: string): Citation[] =>
    ids.flatMap((id, index) => {
      used.add(id);
      const citation = registry[id];
      if (!citation) {
        problems.push({ where: `${where}[${index}]`, message: `no citation "${id}" in citations/*.yaml` });
        return [];
      }
      return [citation];
    });

  const services: Service[] = [];
  const facts: Fact[] = [];
  const serviceIds = new Set<string>();
  const factIds = new Set<string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parsed = serviceFileSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...zodProblems(file.path, parsed.error, file.data));
      continue;
    }
    const { service, facts: entries } = parsed.data;
    const where = `${file.path} › service`;
    if (!file.path.endsWith(expectedFileName(service.id)))
      problems.push({ where, message: `service "${service.id}" belongs in ${expectedFileName(service.id)}` });
    if (serviceIds.has(service.id)) problems.push({ where, message: `duplicate service id "${service.id}"` });
    serviceIds.add(service.id);
    services.push({ ...service, modelCitations: resolve(service.modelCitations, `${where}.modelCitations`) });
    for (const [index, entry] of entries.entries()) {
      const factWhere = `${file.path} › facts[${index}] (${entry.id})`;
      if (!entry.id.startsWith(`${service.id}.`))
        problems.push({ where: factWhere, message: `a fact id in this file starts with "${service.id}."` });
      if (factIds.has(entry.id)) problems.push({ where: factWhere, message: "duplicate fact id" });
      factIds.add(entry.id);
      facts.push({ ...entry, service: service.id, citations: resolve(entry.citations, `${factWhere} › citations`) });
    }
  }
  const everyFileParsed = services.length === files.length;
  for (const id of everyFileParsed ? Object.keys(registry) : []) {
    if (!used.has(id)) problems.push({ where: `${registryFileOf.get(id)} › ${id}`, message: "no fact or service cites this" });
  }
  return { bank: { services, facts }, problems };
}
