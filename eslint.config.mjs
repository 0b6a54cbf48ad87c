import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layer rules of docs/house-style (README "Where things live"), as import restrictions:
 * app -> components, server; components -> server (types only); server -> db, questions;
 * db and questions never import React, next/*, server, app or components.
 */
const group = (patterns, message) => ({ group: patterns, message });

const noUpward = [
  group(["@/app", "@/app/*", "**/app/*"], "Nothing imports app/: it is the top layer."),
  group(["@/components", "@/components/*", "**/components/*"], "Only app/ imports components/."),
];
const noFramework = [
  group(
    ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*", "next-auth", "next-auth/*"],
    "The domain and the data layer never import React or Next.js.",
  ),
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "bench/profiles/**",
    "bench/floor/.next/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured field dropped from a response).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Pages and layouts are server components: they render once per request, and reading the
    // server's clock there is the point (the server owns time), not an impurity.
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            group(["@/db", "@/db/*", "**/db/*"], "app/ reaches the database through server/ (getDb from @/server/db)."),
            group(["@/questions", "@/questions/*"], "app/ reaches the question bank through server/."),
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server", "@/server/*"],
              allowTypeImports: true,
              message: "components/ import server/ for types only (import type).",
            },
            group(
              ["@/db", "@/db/*", "@/questions", "@/questions/*", "@/env"],
              "components/ get data from pages and the JSON API, typed by server/<feature>/types.ts.",
            ),
            group(["@/app", "@/app/*"], "components/ never import app/."),
          ],
        },
      ],
    },
  },
  {
    files: ["server/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...noUpward, ...noFramework] }],
    },
  },
  {
    files: ["db/**", "questions/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...noUpward,
            ...noFramework,
            group(["@/server", "@/server/*", "**/server/*"], "db/ and questions/ never import server/."),
          ],
        },
      ],
    },
  },
]);
