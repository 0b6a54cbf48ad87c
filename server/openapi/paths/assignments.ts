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
import { assignments } from "@/server/openapi/sections";

const csvHeader = (columns: string[]) => `\`${columns.join(",")}\``;

export const ASSIGNMENT_OPERATIONS: Operation[] = [
  assignments("GET /api/v1/assignments", "Your assigned work", {
    caller: "student",
    description: "The student's assignments across their classes, soonest due first, with status and counted score.",
    responses: { 200: { description: "The assignments.", schema: z.object({ assignments: z.array(studentAssignmentSchema) }) } },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}", "An assignment", {
    caller: "signed-in",
    description:
      "A student (of the class) gets the assignment, their standing, their attempts and what they can do next (`startBlocker`); attempts past their deadline are submitted first. The instructor of the class gets its settings and the class's name.",
    responses: {
      200: {
        description: "For a student, their overview; for the instructor, the settings.",
        schema: z.union([studentAssignmentOverviewSchema, instructorAssignmentSchema]),
      },
    },
  }),
  assignments("PATCH /api/v1/assignments/{assignmentId}", "Change an assignment", {
    description:
      "Changes `title`, `instructions`, `opensAt`, `dueAt`, `latePolicy`, `attemptsAllowed` or `feedbackTiming`; the questions never change. Open attempts follow a new due date.",
    body: { schema: updateAssignmentSchema, name: "UpdateAssignmentRequest" },
    responses: {
      200: { description: "The assignment now.", schema: z.object({ assignment: assignmentSettingsSchema }) },
      400: refusal("A bad field, or a due date before the opening."),
    },
  }),
  assignments("DELETE /api/v1/assignments/{assignmentId}", "Delete an assignment", {
    description: "Deletes the assignment with every attempt and answer.",
    responses: { 204: { description: "Deleted." } },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}/results", "Results and item analysis", {
    description: [
      "Per student, per question, and the class's weakest facts and models, computed over each student's counted attempt.",
      "A student's `status` is `not_started`, `in_progress`, `submitted`, `late` or `missing` (no submission after the due date).",
      "Per question, `stats.discrimination` = (right in the top 27% by total score − right in the bottom 27%) / group size, −1 to 1; `null` under two responses. `flags` (from three responses): `rarely_correct` (under 30% right) and `negative_discrimination`.",
    ].join("\n\n"),
    responses: { 200: { description: "The results.", schema: assignmentResultsSchema } },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}/results.csv", "Results as CSV", {
    description: [
      `One row per student. Header row: ${csvHeader(RESULTS_CSV_HEADER)}. \`Correct\` counts questions answered fully right; \`Points\` adds each question's credit (partial credit on imported questions, like 0.5 for a ~%50% answer), and \`Score (%)\` is \`Points\` out of \`Questions\`.`,
      CSV_RULES,
    ].join("\n\n"),
    responses: { 200: { description: "The results, as an attachment.", media: { type: "text/csv" } } },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}/items.csv", "Item analysis as CSV", {
    description: [
      `One row per question. Header row: ${csvHeader(ITEMS_CSV_HEADER)}, then for each option up to the most any question of the assignment has, ${csvHeader(itemsCsvOptionColumns("A"))}, ${csvHeader(itemsCsvOptionColumns("B"))}, … (\`correct\` is \`yes\`/\`no\`, or the credit a partly right option of an imported question earns, like \`50%\`; \`chosen\` counts the students who picked it; \`Partly correct\` counts responses that earned partial credit and \`Average credit (%)\` is the mean credit, partial credit included). A question with fewer options has empty cells there, so every row has the header's length.`,
      CSV_RULES,
    ].join("\n\n"),
    responses: { 200: { description: "The item analysis, as an attachment.", media: { type: "text/csv" } } },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}/questions.gift", "Questions as Moodle GIFT", {
    description: [
      "The assignment's questions in Moodle GIFT, with the wording students saw. Each question has a comment `// <kind> · <model> · <service> · id <item id> · source: <sources>` naming each source once (Demarc reads it back as the question's source); a title a teacher can read, `::<service> – <kind> – <the prompt's start>::`, unique in the file (a repeat gets \" (2)\"); per-answer feedback; and general feedback `####` with the question's explanation, a note where sources differ and `Sources:` one per line (title, sections, URL), which Moodle shows after the attempt (it drops `//` comments).",
      "Multiple-answer questions give each right answer an equal share of 100% and each wrong one −100%. Demarc imports its own export back unchanged. `npm run questions -- --gift` uses the same writer and exports flashcards as short-answer questions whose accepted answers are the owner (`AWS`, `The customer`, `Shared`); assignments never contain flashcards.",
    ].join("\n\n"),
    responses: { 200: { description: "GIFT text, as an attachment.", media: { type: "text/plain" } } },
  }),
  assignments("POST /api/v1/assignments/{assignmentId}/attempts", "Start or resume an attempt", {
    caller: "student",
    description:
      "Starts an attempt, or resumes the open one. The response never holds right answers. Questions come in this student's order (shuffled per student when the instructor asked); their ids (`q1`…) are the assignment's own numbering.",
    responses: {
      200: { description: "The open attempt, resumed.", schema: runningAttemptSchema },
      201: { description: "A new attempt.", schema: runningAttemptSchema },
      409: refusal(
        "Not open yet, past the due date with late work refused, no attempts left, or the class is archived (an open attempt still resumes).",
      ),
    },
  }),
  assignments("GET /api/v1/assignments/{assignmentId}/attempts/{attemptId}", "An attempt", {
    caller: "signed-in",
    description:
      'A student reads only their own attempts: `{ status: "in_progress", attempt }` or `{ status: "submitted", result }` (an attempt past its deadline is submitted on read). The instructor of the class reads any attempt with every answer and the right ones.',
    responses: {
      200: { description: "The attempt.", schema: z.union([studentAttemptSchema, instructorAttemptSchema]) },
    },
  }),
  assignments("PUT /api/v1/assignments/{assignmentId}/attempts/{attemptId}/answers/{questionKey}", "Answer a question", {
    caller: "student",
    description: [
      "Exam mode saves the answer (`[]` clears it; `flagged` marks it to come back to); it may change until submitted.",
      "Practice mode grades it at once and returns the answer side; it cannot change. The answer also reviews the student's practice cards by the policy of Tests feed practice (in exam mode that happens at submission); each review has a fixed id, so a retry changes nothing.",
    ].join("\n\n"),
    body: { schema: assignmentAnswerSchema, name: "AssignmentAnswerRequest" },
    responses: {
      200: { description: "Exam mode: saved. Practice mode: graded, with feedback and progress.", schema: answerResultSchema },
      400: refusal("A choice id the question does not have, or (practice) no choice."),
      409: refusal(
        "Already answered (practice), already submitted, or the deadline has passed (the attempt is then submitted with what was saved; 5 s of grace for latency).",
      ),
    },
  }),
  assignments("POST /api/v1/assignments/{assignmentId}/attempts/{attemptId}/submit", "Submit an attempt", {
    caller: "student",
    description: "Submits (a second submit returns the same result). Questions and answers are in the result once feedback is visible.",
    responses: { 200: { description: "The result.", schema: attemptResultViewSchema }, 404: refusal("Not your attempt.") },
  }),
];
