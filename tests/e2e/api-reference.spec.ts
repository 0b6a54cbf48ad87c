import { expect, test } from "@playwright/test";

test("the production server serves its OpenAPI 3.1 reference without a session", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths["/api/v1/reviews"])).toEqual(["post"]);
  expect(Object.keys(document.paths["/api/v1/me"]).sort()).toEqual(["delete", "get"]);
});
