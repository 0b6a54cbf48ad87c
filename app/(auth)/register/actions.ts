"use server";

import { headers } from "next/headers";
import { runAction } from "@/app/_lib/action";
import { clientIp } from "@/app/_lib/client-ip";
import { registerAccount } from "@/server/accounts/register";
import { getDb } from "@/server/db";
import type { RegisterFormState } from "@/components/auth/register-form-state";

export async function registerAction(_previous: RegisterFormState, form: FormData): Promise<RegisterFormState> {
  const input = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    role: form.get("role") ?? undefined,
  };
  const values = { name: input.name, email: input.email, role: String(input.role ?? "") };
  const ip = clientIp(await headers());
  const result = await runAction("register", async () => {
    await registerAccount(getDb(), input, ip);
    return { ok: true };
  });
  return { ...result, values };
}
