/**
 * True when a request path cannot be decoded: a stray `%`, a cut-off escape (`%E0%A4%A`) or bytes
 * that are not UTF-8 (the overlong `%C0%AE`). Route parameters are decoded with decodeURIComponent,
 * which throws on each of these.
 */
export function undecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
