/**
 * The caller's address for rate limits. Next fills X-Forwarded-For with the socket address when no
 * proxy set it; behind a proxy, the last entry is the one the nearest proxy added (earlier entries
 * are whatever the client claimed), so the last entry is the one to trust.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[value.length - 1] : value;
  };
  const forwarded = get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || get("x-real-ip") || "unknown";
}
