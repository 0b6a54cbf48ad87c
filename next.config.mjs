// Pages get a per-request nonce policy from proxy.ts (app/_lib/content-security-policy.ts);
// everything else (JSON, CSV, static files) is never a document that runs anything.
const nonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets two builds (a developer's and a test run's) run side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // `npm run typecheck` (the first step of `npm test` and CI) checks the whole project, tests included.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  serverExternalPackages: ["bcrypt", "libsql", "@libsql/client", "@open-spaced-repetition/binding-linux-x64-gnu"],
  async headers() {
    return [
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: nonPagePolicy }] },
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
