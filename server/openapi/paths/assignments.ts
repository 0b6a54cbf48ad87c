import { z } from "zod";
import { assignmentAnswerSchema, updateAssignmentSchema } from "@/server/classes/input";
import {
  assignmentResultsSchema,
  assignmentSettingsSchema,
  instructorAssignmentSchema,
  studentAssignmentSchema,
} from "@/server/classes/types";
import {
  answerResultSchema,
  attemptResultViewSchema,
  instructorAttemptSchema,
  runningAttemptSchema,
  studentAssignmentOverviewSchema,
  studentAttemptSchema,
} from "@/server/attempts/types";
import { ITEMS_CSV_HEADER, itemsCsvOptionColumns, RESULTS_CSV_HEADER } from "@/server/classes/exports";
import { refusal, type Operation } from "@/server/openapi/operation";
import { CSV_RULES } from "@/server/openapi/overview";

const tag = "Assignments";
const assignmentId = "The assignment's id.";
const attemptId = "The attempt's id.";
const notYours = refusal("No such assignment, or not one of your classes'.");
const csvHeader = (columns: string[]) => `\`${columns.join(",")}\``;

export const ASSIGNMENT_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/assignments",
    tag,
    caller: "student",
    summary: "Your assigned work",
    description: "The student's assignments across their classes, soonest due first, with status and counted score.",
    responses: { 200: { description: "The assignments.", schema: z.object({ assignments: z.array(studentAssignmentSchema) }) } },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}",
    tag,
    caller: "signed-in",
    summary: "An assignment",
    description:
      "A student (of the class) gets the assignment, their standing, their attempts and what they can do next (`startBlocker`); attempts past their deadline are submitted first. The instructor of the class gets its settings and the class's name.",
    params: { assignmentId },
    responses: {
      200: {
        description: "For a student, their overview; for the instructor, the settings.",
        schema: z.union([studentAssignmentOverviewSchema, instructorAssignmentSchema]),
      },
      404: notYours,
    },
  },
  {
    method: "patch",
    path: "/api/v1/assignments/{assignmentId}",
    tag,
    caller: "instructor",
    summary: "Change an assignment",
    description:
      "Changes `title`, `instructions`, `opensAt`, `dueAt`, `latePolicy`, `attemptsAllowed` or `feedbackTiming`; the questions never change. Open attempts follow a new due date.",
    params: { assignmentId },
    body: updateAssignmentSchema,
    names: { body: "UpdateAssignmentRequest" },
    responses: {
      200: { description: "The assignment now.", schema: z.object({ assignment: assignmentSettingsSchema }) },
      400: refusal("A bad field, or a due date before the opening."),
      404: notYours,
    },
  },
  {
    method: "delete",
    path: "/api/v1/assignments/{assignmentId}",
    tag,
    caller: "instructor",
    summary: "Delete an assignment",
    description: "Deletes the assignment with every attempt and answer.",
    params: { assignmentId },
    responses: { 204: { description: "Deleted." }, 404: notYours },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}/results",
    tag,
    caller: "instructor",
    summary: "Results and item analysis",
    description: [
      "Per student, per question, and the class's weakest facts and models, computed over each student's counted attempt.",
      "A student's `status` is `not_started`, `in_progress`, `submitted`, `late` or `missing` (no submission after the due date).",
      "Per question, `stats.discrimination` = (right in the top 27% by total score − right in the bottom 27%) / group size, −1 to 1; `null` under two responses. `flags` (from three responses): `rarely_correct` (under 30% right) and `negative_discrimination`.",
    ].join("\n\n"),
    params: { assignmentId },
    names: { responses: { 200: "AssignmentResults" } },
    responses: { 200: { description: "The results.", schema: assignmentResultsSchema }, 404: notYours },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}/results.csv",
    tag,
    caller: "instructor",
    summary: "Results as CSV",
    description: [
      `One row per student. Header row: ${csvHeader(RESULTS_CSV_HEADER)}. \`Correct\` counts questions answered fully right; \`Points\` adds each question's credit (partial credit on imported questions, like 0.5 for a ~%50% answer), and \`Score (%)\` is \`Points\` out of \`Questions\`.`,
      CSV_RULES,
    ].join("\n\n"),
    params: { assignmentId },
    responses: { 200: { description: "The results, as an attachment.", media: { type: "text/csv" } }, 404: notYours },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}/items.csv",
    tag,
    caller: "instructor",
    summary: "Item analysis as CSV",
    description: [
      `One row per question. Header row: ${csvHeader(ITEMS_CSV_HEADER)}, then for each option up to the most any question of the assignment has, ${csvHeader(itemsCsvOptionColumns("A"))}, ${csvHeader(itemsCsvOptionColumns("B"))}, … (\`correct\` is \`yes\`/\`no\`, or the credit a partly right option of an imported question earns, like \`50%\`; \`chosen\` counts the students who picked it; \`Partly correct\` counts responses that earned partial credit and \`Average credit (%)\` is the mean credit, partial credit included). A question with fewer options has empty cells there, so every row has the header's length.`,
      CSV_RULES,
    ].join("\n\n"),
    params: { assignmentId },
    responses: { 200: { description: "The item analysis, as an attachment.", media: { type: "text/csv" } }, 404: notYours },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}/questions.gift",
    tag,
    caller: "instructor",
    summary: "Questions as Moodle GIFT",
    description: [
      "The assignment's questions in Moodle GIFT, with the wording students saw. Each question has a comment `// <kind> · <model> · <service> · id <item id> · source: <sources>` naming each source once (Demarc reads it back as the question's source); a title a teacher can read, `::<service> – <kind> – <the prompt's start>::`, unique in the file (a repeat gets \" (2)\"); per-answer feedback; and general feedback `####` with the question's explanation, a note where sources differ and `Sources:` one per line (title, sections, URL), which Moodle shows after the attempt (it drops `//` comments).",
      "Multiple-answer questions give each right answer an equal share of 100% and each wrong one −100%. Demarc imports its own export back unchanged. `npm run questions -- --gift` uses the same writer and exports flashcards as short-answer questions whose accepted answers are the owner (`AWS`, `The customer`, `Shared`); assignments never contain flashcards.",
    ].join("\n\n"),
    params: { assignmentId },
    responses: { 200: { description: "GIFT text, as an attachment.", media: { type: "text/plain" } }, 404: notYours },
  },
  {
    method: "post",
    path: "/api/v1/assignments/{assignmentId}/attempts",
    tag,
    caller: "student",
    summary: "Start or resume an attempt",
    description:
      "Starts an attempt, or resumes the open one. The response never holds right answers. Questions come in this student's order (shuffled per student when the instructor asked); their ids (`q1`…) are the assignment's own numbering.",
    params: { assignmentId },
    responses: {
      200: { description: "The open attempt, resumed.", schema: runningAttemptSchema },
      201: { description: "A new attempt.", schema: runningAttemptSchema },
      404: notYours,
      409: refusal(
        "Not open yet, past the due date with late work refused, no attempts left, or the class is archived (an open attempt still resumes).",
      ),
    },
  },
  {
    method: "get",
    path: "/api/v1/assignments/{assignmentId}/attempts/{attemptId}",
    tag,
    caller: "signed-in",
    summary: "An attempt",
    description:
      'A student reads only their own attempts: `{ status: "in_progress", attempt }` or `{ status: "submitted", result }` (an attempt past its deadline is submitted on read). The instructor of the class reads any attempt with every answer and the right ones.',
    params: { assignmentId, attemptId },
    responses: {
      200: { description: "The attempt.", schema: z.union([studentAttemptSchema, instructorAttemptSchema]) },
      404: refusal("No such attempt, or another student's."),
    },
  },
  {
    method: "put",
    path: "/api/v1/assignments/{assignmentId}/attempts/{attemptId}/answers/{questionKey}",
    tag,
    caller: "student",
    summary: "Answer a question",
    description: [
      "Exam mode saves the answer (`[]` clears it; `flagged` marks it to come back to); it may change until submitted.",
      "Practice mode grades it at once and returns the answer side; it cannot change. The answer also reviews the student's practice cards by the policy of Tests feed practice (in exam mode that happens at submission); each review has a fixed id, so a retry changes nothing.",
    ].join("\n\n"),
    params: { assignmentId, attemptId, questionKey: "q1, q2, …" },
    body: assignmentAnswerSchema,
    names: { body: "AssignmentAnswerRequest" },
    responses: {
      200: { description: "Exam mode: saved. Practice mode: graded, with feedback and progress.", schema: answerResultSchema },
      400: refusal("A choice id the question does not have, or (practice) no choice."),
      404: refusal("Not your attempt, or no such question."),
      409: refusal(
        "Already answered (practice), already submitted, or the deadline has passed (the attempt is then submitted with what was saved; 5 s of grace for latency).",
      ),
    },
  },
  {
    method: "post",
    path: "/api/v1/assignments/{assignmentId}/attempts/{attemptId}/submit",
    tag,
    caller: "student",
    summary: "Submit an attempt",
    description: "Submits (a second submit returns the same result). Questions and answers are in the result once feedback is visible.",
    params: { assignmentId, attemptId },
    responses: { 200: { description: "The result.", schema: attemptResultViewSchema }, 404: refusal("Not your attempt.") },
  },
];
