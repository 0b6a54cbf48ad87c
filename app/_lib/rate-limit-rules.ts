import type { RateLimit } from "@/db/queries/rate-limits";

const MINUTE = 60_000;

export const SIGN_IN_PER_EMAIL: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
export const SIGN_IN_PER_IP: RateLimit = { limit: 50, windowMs: 15 * MINUTE };
export const REGISTER_PER_IP: RateLimit = { limit: 20, windowMs: 60 * MINUTE };
