import { z } from "zod";
import { ROLES } from "@/db/schema";
import { timeZoneSchema } from "@/server/time/time-zones";

export const registrationSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like you@example.com.")),
  password: z
    .string()
    .min(10, "Use at least 10 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(ROLES, "Choose whether you are a student or an instructor."),
  /** The browser's own zone, so the learner's day starts when theirs does; UTC when not sent. */
  timeZone: timeZoneSchema.optional(),
});


/** Deleting an account: the password again, and for an instructor with classes, what happens to them. */
export const deleteAccountSchema = z.object({
  password: z.string("Enter your password to confirm.").min(1, "Enter your password to confirm.").max(200),
  handOverTo: z
    .string()
    .trim()
    .max(320)
    .optional()
    .transform((email) => email || undefined)
    .pipe(z.email("Enter the email of the instructor who takes your classes over.").optional())
    .describe("Instructors: the email of another instructor who takes every class over, students, assignments and results included."),
  deleteClasses: z.boolean().optional().describe("Instructors: true to delete every class taught, with its assignments and every student's attempts and answers."),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
