import wording from "./bank/wording.json";
import { questionWordingSchema, type QuestionWording } from "./schema";

/** The words around the facts (bank/wording.json), checked against their schema when the generator loads. */
export const WORDING = questionWordingSchema.parse(wording);

export type Move = QuestionWording["moves"][number];
