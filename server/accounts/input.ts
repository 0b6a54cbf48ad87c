import { z } from "zod";
import { ROLES } from "@/db/schema";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const newPassword = z
  .string("Enter a password.")
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
  .max(PASSWORD_MAX, `Keep your password under ${PASSWORD_MAX} characters.`);

export const registrationSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like you@example.com.")),
  password: newPassword,
  role: z.enum(ROLES, "Choose whether you are a student or an instructor."),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(PASSWORD_MAX, "That is not your current password."),
  newPassword,
});
