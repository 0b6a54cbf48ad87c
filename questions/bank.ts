import { facts } from "./bank/index";
import { services } from "./bank/services";
import { hashString } from "./random";
import type { Bank } from "./types";

/** Changes whenever any fact or service changes, so stored records can tell which bank made them. */
export const BANK_VERSION = `bank-${hashString(JSON.stringify({ facts, services })).toString(36)}`;

export const bank: Bank = { facts, services, version: BANK_VERSION };
