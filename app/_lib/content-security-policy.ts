/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for pages. Scripts run only with this response's nonce (Next.js adds it to every
 * script it renders) or when loaded by one that has it ('strict-dynamic'); no 'unsafe-inline' and,
 * outside `next dev` (React's dev tools need eval), no 'unsafe-eval'. Styles keep 'unsafe-inline':
 * React writes `style` attributes, which a nonce cannot cover.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
