import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Demarc", template: "%s · Demarc" },
  description: "Learn where AWS's job ends and yours begins, service by service.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f8fa" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1218" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each one carries its own CSP nonce (proxy.ts); a page
  // prerendered at build time (the 404 and 400 pages would be) has scripts without one.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
