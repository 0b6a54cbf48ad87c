import { z } from "zod";
import wording from "./bank/wording.json";
import { questionWordingSchema, type QuestionWording } from "./schema";

function checkedWording(): QuestionWording {
  const parsed = questionWordingSchema.safeParse(wording);
  if (parsed.success) return parsed.data;
  throw new Error(`questions/bank/wording.json does not match its schema:\n${z.prettifyError(parsed.error)}`);
}

/** The words around the facts (bank/wording.json), checked against their schema when the generator loads. */
export const WORDING = checkedWording();

export type Move = QuestionWording["moves"][number];
