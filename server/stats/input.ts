import { z } from "zod";
import { BLUEPRINTS } from "@/server/exams/input";

const BLUEPRINT_IDS = Object.keys(BLUEPRINTS) as [keyof typeof BLUEPRINTS, ...(keyof typeof BLUEPRINTS)[]];
const MAX_DAYS_AHEAD = 730;

function addDays(date: string, days: number) {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The exam-date plan form, checked against the learner's own today. */
export function examPlanSchema(today: string) {
  const latest = addDays(today, MAX_DAYS_AHEAD);
  return z.object({
    examDate: z
      .string("Pick the date of your exam")
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Pick the date of your exam", abort: true })
      .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), {
        message: "That is not a real date",
        abort: true,
      })
      .refine((date) => date >= today, `The exam date can't be in the past (today is ${today})`)
      .refine((date) => date <= latest, "Pick a date within the next two years"),
    examBlueprint: z.enum(BLUEPRINT_IDS, "Choose the exam format"),
    cramMode: z.preprocess((value) => value === "on" || value === true, z.boolean()),
  });
}

/** How many days before the exam to have met every card: from ?finish= on /stats. */
export const finishDaysSchema = z.coerce.number().int().min(0).max(30);
