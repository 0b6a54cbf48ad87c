export type SignInResult = { ok: true; url: string } | { ok: false; message: string };

const WRONG_CREDENTIALS_MESSAGE = "That email and password don’t match an account.";

/**
 * Signs in through next-auth's credentials callback directly, so a 429 from the rate limiter
 * reaches the form as a message instead of a broken redirect.
 */
export async function signInWithPassword(email: string, password: string, callbackUrl: string): Promise<SignInResult> {
  try {
    const csrf = await fetch("/api/auth/csrf").then((r) => r.json() as Promise<{ csrfToken: string }>);
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, callbackUrl, json: "true" }),
    });
    const body = (response.headers.get("content-type")?.includes("json") ? await response.json() : null) as {
      url?: string;
      error?: { message?: string };
    } | null;
    if (response.status === 429)
      return { ok: false, message: body?.error?.message ?? "Too many attempts. Wait a few minutes and try again." };
    // next-auth answers a wrong password with 401 and an error in the redirect address.
    const url = body?.url ? new URL(body.url, window.location.origin) : null;
    if (url?.searchParams.get("error") === "CredentialsSignin") return { ok: false, message: WRONG_CREDENTIALS_MESSAGE };
    if (!response.ok || !url || url.searchParams.get("error")) return { ok: false, message: "Sign-in failed. Try again in a moment." };
    return { ok: true, url: url.origin === window.location.origin ? `${url.pathname}${url.search}` : "/" };
  } catch {
    return { ok: false, message: "Demarc could not be reached. Check your connection and try again." };
  }
}
