import { expect, test } from "@playwright/test";
import { registerApi, signInApi, signInAs, submitWrongPassword } from "./helpers";

test("changing the password signs out other devices at once; 'sign out of every device' ends them all", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email, password } = await registerApi(page.request, "student", "Two Devices");
  const laptop = page;
  const phone = await playwright.request.newContext({ baseURL });
  await signInAs(laptop, email, password);
  await signInApi(phone, email, password);
  expect((await phone.get("/api/v1/me")).status()).toBe(200);

  await laptop.goto("/settings");
  const account = laptop.getByRole("region", { name: "Password and sessions" });
  await account.getByLabel("New password").fill("a brand new password");
  await submitWrongPassword(account, "Current password", "Change password");
  await expect(laptop.locator("#currentPassword-error")).toContainText("not your current password");

  await account.getByLabel("Current password").fill(password);
  await account.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByRole("status")).toContainText("Password changed");
  // The other device's very next request is refused; this one carries on.
  const refused = await phone.get("/api/v1/me");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthenticated");
  expect((await laptop.request.get("/api/v1/me")).status()).toBe(200);
  await laptop.reload();
  await expect(laptop.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  // The old password no longer signs in; the new one does.
  const tablet = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await tablet.get("/api/auth/csrf")).json();
  const old = await tablet.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect((await old.json()).url).toContain("error=");
  await signInApi(tablet, email, "a brand new password");
  expect((await tablet.get("/api/v1/me")).status()).toBe(200);

  await account.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(laptop).toHaveURL(/\/login/);
  expect((await tablet.get("/api/v1/me")).status()).toBe(401);
  await laptop.goto("/settings");
  await expect(laptop).toHaveURL(/\/login/);
});
