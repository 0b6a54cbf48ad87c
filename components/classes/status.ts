/** A student's standing on one assignment, as the results, the gradebook and the dashboard show it. */
export const STUDENT_STATUSES = ["not_started", "in_progress", "submitted", "late", "missing"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export const STATUS_LABELS: Record<StudentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
};
