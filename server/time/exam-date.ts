import type { LearnerSettings } from "@/db/queries/settings";
import { localDateAt } from "@/server/time/learner-periods";

/** Predictions are for the morning of the exam, in the learner's own time zone. */
const EXAM_HOUR = 9;

/** The exam date is stored as UTC midnight of the calendar date the learner picked. */
export function examDateLabel(examDate: number): string {
  return new Date(examDate).toISOString().slice(0, 10);
}

export function examDateValue(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The instant the exam starts, as far as predictions go: 09:00 on the date, learner's time. */
export function examMoment(settings: Pick<LearnerSettings, "examDate" | "timeZone">): number | null {
  return settings.examDate === null ? null : localDateAt(examDateLabel(settings.examDate), EXAM_HOUR, settings.timeZone);
}
