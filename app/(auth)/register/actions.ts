"use server";

import { headers } from "next/headers";
import { clientIp } from "@/app/_lib/client-ip";
import { registerAccount } from "@/server/accounts/register";
import type { RegisterFormState } from "@/components/auth/register-form-state";


export async function registerAction(_previous: RegisterFormState, form: FormData): Promise<RegisterFormState> {
  const input = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    role: form.get("role") ?? undefined,
  };
  const values = { name: input.name, email: input.email, role: String(input.role ?? "") };
  const result = await registerAccount(input, clientIp(await headers()));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  return { ok: true, values };
}
