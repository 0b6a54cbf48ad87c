import type { Operation } from "@/server/openapi/operation";
import { ASSIGNMENT_OPERATIONS } from "@/server/openapi/paths/assignments";
import { CLASS_OPERATIONS } from "@/server/openapi/paths/classes";
import { EXAM_OPERATIONS } from "@/server/openapi/paths/exams";
import { ME_OPERATIONS, PUBLIC_OPERATIONS } from "@/server/openapi/paths/me";
import { PRACTICE_OPERATIONS } from "@/server/openapi/paths/practice";

/** Every operation of the JSON API, in the order the reference lists them. */
export const OPERATIONS: Operation[] = [
  ...PRACTICE_OPERATIONS,
  ...EXAM_OPERATIONS,
  ...CLASS_OPERATIONS,
  ...ASSIGNMENT_OPERATIONS,
  ...ME_OPERATIONS,
  ...PUBLIC_OPERATIONS,
];
