import { z } from "zod";
import { ROLES } from "@/db/schema";
import { timeZoneSchema } from "@/server/time/time-zones";
import { TEXT_LIMITS } from "@/server/text-limits";

const PASSWORD_MIN = TEXT_LIMITS.passwordMin;
const PASSWORD_MAX = TEXT_LIMITS.password;

const newPassword = z
  .string("Enter a password.")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
  .max(PASSWORD_MAX, `Keep your password to ${PASSWORD_MAX} characters.`);

export const registrationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name.")
    .max(TEXT_LIMITS.accountName, `Keep your name to ${TEXT_LIMITS.accountName} characters.`),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(TEXT_LIMITS.email, `An email address is at most ${TEXT_LIMITS.email} characters.`)
    .pipe(z.email("Enter a valid email address, like you@example.com.")),
  password: newPassword,
  role: z.enum(ROLES, "Choose whether you are a student or an instructor."),
  /** The browser's own zone, so the learner's day starts when theirs does; UTC when not sent. */
  timeZone: timeZoneSchema.optional(),
});

/** Deleting an account: the password again, and for an instructor with classes, what happens to them. */
export const deleteAccountSchema = z.object({
  password: z
    .string("Enter your password to confirm.")
    .min(1, "Enter your password to confirm.")
    .max(PASSWORD_MAX, "That is not your password."),
  handOverTo: z
    .string()
    .trim()
    .max(TEXT_LIMITS.email, `An email address is at most ${TEXT_LIMITS.email} characters.`)
    .optional()
    .transform((email) => email || undefined)
    .pipe(z.email("Enter the email of the instructor who takes your classes over.").optional())
    .describe("Instructors: the email of another instructor who takes every class over, students, assignments and results included."),
  deleteClasses: z
    .boolean()
    .optional()
    .describe("Instructors: true to delete every class taught, with its assignments and every student's attempts and answers."),
});

export const passwordChangeSchema = z.object({
  currentPassword: z
    .string("Enter your current password.")
    .min(1, "Enter your current password.")
    .max(PASSWORD_MAX, "That is not your current password."),
  newPassword,
});
