import type { RateLimit } from "@/db/queries/rate-limits";

const MINUTE = 60_000;

export const SIGN_IN_PER_EMAIL: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
export const SIGN_IN_PER_IP: RateLimit = { limit: 50, windowMs: 15 * MINUTE };
/** Enough for a classroom behind one NAT address signing up together; not enough to mass-produce accounts. */
export const REGISTER_PER_IP: RateLimit = { limit: 60, windowMs: 60 * MINUTE };
/** Join codes: a student mistyping a few times is fine; guessing codes is not. */
export const JOIN_PER_USER: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
/** A whole classroom may join from one address (school NAT) within minutes. */
export const JOIN_PER_IP: RateLimit = { limit: 300, windowMs: 15 * MINUTE };
/** Fitting FSRS is seconds of CPU on a long history: a few runs an hour is plenty for one learner. */
export const OPTIMIZE_PER_USER: RateLimit = { limit: 5, windowMs: 60 * MINUTE };
/** A wrong current password on a password change counts like a failed sign-in: a stolen session cannot guess it. */
export const PASSWORD_CHANGE_PER_USER: RateLimit = { limit: 10, windowMs: 15 * MINUTE };
