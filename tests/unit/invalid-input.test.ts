import { z } from "zod";
import { describe, expect, it } from "vitest";
import { Invalid, parseInput } from "@/server/errors";

const schema = z.object({
  name: z.string().min(1, "Give a name"),
  steps: z.array(z.string().regex(/^\d+m$/, "durations like 1m")),
  options: z.object({ count: z.number().max(100, "At most 100") }).optional(),
});

function refusal(input: unknown) {
  try {
    parseInput(schema, input, "Check the fields.");
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
}

describe("zod refusals as Invalid", () => {
  it("puts each field's messages under its name, an array item's under the array, a nested object's under its dotted path", () => {
    const error = refusal({ name: "", steps: ["1m", "soon"], options: { count: 1000 } });
    expect(error).toBeInstanceOf(Invalid);
    expect(error).toMatchObject({
      code: "bad_request",
      message: "Check the fields.",
      fieldErrors: { name: ["Give a name"], steps: ["durations like 1m"], "options.count": ["At most 100"] },
    });
  });

  it("puts a refusal of the whole input under form", () => {
    expect(refusal("not an object")).toMatchObject({ fieldErrors: { form: [expect.any(String)] } });
  });
});
