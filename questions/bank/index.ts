import type { Fact } from "../schema";

export const facts: Fact[] = [];
