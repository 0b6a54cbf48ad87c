import compiled from "./bank/compiled.json";
import { hashString } from "./random";
import type { Fact, Service } from "./schema";
import type { Bank } from "./types";

/**
 * The bank as compiled from questions/bank/services/*.yaml by `npm run questions -- --compile`,
 * which validated every entry against the schemas (and `--check` proves the file is current).
 */
const data = compiled as unknown as { facts: Fact[]; services: Service[] };
const { facts } = data;

/** Changes whenever any fact or service changes, so stored records can tell which bank made them. */
export function bankVersion(content: { facts: Fact[]; services: Service[] }): string {
  return `bank-${hashString(JSON.stringify({ facts: content.facts, services: content.services })).toString(36)}`;
}

export const BANK_VERSION = bankVersion(data);

/** Every service the bank teaches, retired ones included (they are marked). */
export const services: Service[] = data.services;

export const bank: Bank = { facts, services, version: BANK_VERSION };

export function serviceById(id: string): Service | undefined {
  return services.find((service) => service.id === id);
}
