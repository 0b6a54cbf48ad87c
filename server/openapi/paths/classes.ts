import { z } from "zod";
import {
  bankSearchSchema,
  changeClassSchema,
  createAssignmentSchema,
  createClassSchema,
  giftImportSchema,
  joinClassSchema,
  joinCodeActionSchema,
  previewSchema,
} from "@/server/classes/input";
import {
  assignmentSettingsSchema,
  bankPageSchema,
  classOverviewSchema,
  classQuestionSchema,
  classStateSchema,
  classSummarySchema,
  createdAssignmentSchema,
  createdClassSchema,
  giftImportResultSchema,
  joinCodeStateSchema,
  joinedClassSchema,
  selectionPreviewSchema,
} from "@/server/classes/types";
import { rateLimited, refusal, type Operation } from "@/server/openapi/operation";
import { CSV_RULES } from "@/server/openapi/overview";
import { classes } from "@/server/openapi/sections";

export const CLASS_OPERATIONS: Operation[] = [
  classes("POST /api/v1/classes", "Create a class", {
    description: "Creates a class with a fresh join code: 8 characters from `ABCDEFGHJKMNPQRSTUVWXYZ23456789` (no 0/O, 1/I/L).",
    body: { schema: createClassSchema, name: "CreateClassRequest", example: { name: "Cloud Security, spring" } },
    responses: { 201: { description: "Created.", schema: createdClassSchema }, 400: refusal("No name, or longer than 80 characters.") },
  }),
  classes("GET /api/v1/classes", "Your classes", {
    description: "By name, with how many students and assignments each has.",
    responses: { 200: { description: "The classes.", schema: z.object({ classes: z.array(classSummarySchema) }) } },
  }),
  classes("GET /api/v1/classes/{classId}", "A class and its gradebook", {
    description:
      "The class, its assignments and, per student, each assignment's status and counted score. Attempts past their deadline are submitted first.",
    responses: { 200: { description: "The class.", schema: classOverviewSchema } },
  }),
  classes("PATCH /api/v1/classes/{classId}", "Rename, archive or unarchive a class", {
    description: [
      "`name`: a new name, 1–80 characters; students see it on their assignments from then on.",
      "`archived: true` archives the class (archiving it again keeps the first date); `archived: false` brings it back. While archived, its join code answers as a turned-off one (403), it takes no new assignments (409) and its students start no new attempts (409; one already in progress can still be finished and submitted). Its gradebook, results and exports stay readable, and students keep their past results.",
    ].join("\n\n"),
    body: { schema: changeClassSchema, name: "ChangeClassRequest", example: { name: "Cloud Security — autumn cohort" } },
    responses: {
      200: { description: "The class after the change.", schema: classStateSchema },
      400: refusal("An empty name or one over 80 characters, `archived` not a boolean, or neither sent (`fieldErrors`)."),
    },
  }),
  classes("POST /api/v1/classes/{classId}/join-code", "Rotate, disable or enable the join code", {
    description: "`rotate` makes a new code (the old one stops working at once; students already in the class stay) and turns joining on.",
    body: { schema: joinCodeActionSchema, name: "JoinCodeAction" },
    responses: { 200: { description: "The code now.", schema: joinCodeStateSchema }, 400: refusal("An unknown action.") },
  }),
  classes("DELETE /api/v1/classes/{classId}/students/{studentId}", "Remove a student", {
    description: "Removes a student from the class. Their past attempts are kept.",
    responses: { 204: { description: "Removed." } },
  }),
  classes("GET /api/v1/classes/{classId}/gradebook.csv", "Gradebook as CSV", {
    description: [
      "Every student × every assignment. Header row: `Name,Email`, then for each assignment (soonest due first) `<title> (%)` (the counted score, empty if none) and `<title> status` (`Not started`, `In progress`, `Submitted`, `Submitted late`, `Missing`).",
      CSV_RULES,
    ].join("\n\n"),
    responses: {
      200: {
        description: "The gradebook, as an attachment.",
        media: { type: "text/csv", example: "\uFEFFName,Email,Week 1 (%),Week 1 status\r\nAda,ada@example.com,80,Submitted\r\n" },
      },
    },
  }),
  classes("POST /api/v1/classes/join", "Join a class with its code", {
    caller: "student",
    description:
      "Case, spaces and dashes do not matter. Every try counts toward the limits, right or wrong. The join link `/join/{code}` opens a page with the code filled in; joining still takes a press.",
    body: { schema: joinClassSchema, name: "JoinClassRequest", example: { code: "K7QM-4TXP" } },
    responses: {
      200: { description: "Joined (or already a member).", schema: joinedClassSchema },
      400: refusal("Not 8 characters of the alphabet."),
      403: refusal("Joining is turned off for that class (or it is archived), or the caller is not a student."),
      404: refusal("No class has that code (wrong, or replaced by a new one)."),
      429: rateLimited("More than 10 tries in 15 minutes for this student, or 300 for this address."),
    },
  }),
  classes("POST /api/v1/classes/{classId}/assignments", "Publish an assignment", {
    description: [
      "Its questions are fixed now (bank item ids plus a seed), so every student gets the same questions with the same wording.",
      "`mode`: `practice` (untimed; right/wrong and the explanation after each question; an answer cannot change once checked; submitted when the last question is answered) or `exam` (timed by `timeLimitMinutes`, default 30, from the student's start; answers save and may change until submitted; `feedbackTiming` `on_submit` or `after_due` decides when answers and explanations show).",
      "`selection` is either by filter (`count` 1–100 and optional `models`, `services`, `topics`, `kinds`, `seed`) or hand-picked (`questionIds`: bank item ids from the bank browser, `class:<id>` for the class's imported questions). Send the `seed` a preview returned to publish exactly the previewed questions.",
      "`opensAt` defaults to now; `dueAt` must be after it and in the future. `latePolicy`: `refuse` (attempts close at the due date with what was saved) or `accept` (marked late). `attemptsAllowed` 1–10; the best attempt counts.",
    ].join("\n\n"),
    body: {
      schema: createAssignmentSchema,
      name: "CreateAssignmentRequest",
      example: {
        title: "Week 1: who patches what?",
        mode: "practice",
        dueAt: 1795400000000,
        latePolicy: "refuse",
        attemptsAllowed: 1,
        selection: { count: 10, models: ["abstract"], services: ["s3"] },
      },
    },
    responses: {
      201: { description: "Published.", schema: createdAssignmentSchema },
      400: refusal('A bad field, named in fieldErrors (for example `selection.count`: "At most 7 with these filters.").'),
      409: refusal("The class is archived: unarchive it first."),
    },
  }),
  classes("POST /api/v1/classes/{classId}/assignments/preview", "Preview a selection", {
    description: "The questions a selection gives, with answers, and the seed that makes publishing give the same.",
    body: { schema: previewSchema, name: "PreviewRequest" },
    responses: { 200: { description: "The preview.", schema: selectionPreviewSchema }, 400: refusal("A bad selection.") },
  }),
  classes("GET /api/v1/classes/{classId}/assignments", "A class's assignments", {
    description: "Soonest due first, with their settings.",
    responses: {
      200: { description: "The assignments.", schema: z.object({ assignments: z.array(assignmentSettingsSchema) }) },
    },
  }),
  classes("GET /api/v1/classes/{classId}/bank", "Browse the question bank", {
    description:
      "Assignable bank items and the class's own imported questions that match. `q`: every word must start a word of the prompt, the facts or the services. `models`, `services`, `topics`, `kinds` are comma-separated. `seed` renders the wording the assignment will use.",
    query: bankSearchSchema,
    responses: {
      200: { description: "A page of results.", schema: bankPageSchema },
      400: refusal("An unknown model, service, topic or kind, or a bad offset or limit."),
    },
  }),
  classes("POST /api/v1/classes/{classId}/questions", "Import GIFT questions", {
    description: [
      "Imports Moodle GIFT into the class's private bank. **Multiple choice**: one `=` answer worth 100%; other answers may carry partial credit or a penalty, as in Moodle's documentation (`{~wrong ~%50%half credit =full credit}`); their weights are kept and answers are graded by them as Moodle does: an answer's credit (0–1) is its weight (`~%50%` earns 0.5; a penalty earns 0), an attempt's score is the sum of its questions' credit, and an answer counts as right only with full credit. **Multiple answer**: no `=`, every answer weighted (`~%50%right ~%50%right ~%-100%wrong`), the positive weights adding up to 100. **True/false**: `{TRUE}`, `{F#feedback if wrong#feedback if right}`. With `::title::`, `//` comments, `$CATEGORY:` lines (ignored), `\\` escapes, `#feedback` per answer and `####general feedback`.",
      "**Text formats**: `[html]` and `[markdown]` before the question text (Moodle writes `[html]<p>…</p>`) apply to its answers and feedback too. Formatted text is reduced to a safe subset (`p`, `br`, `strong`, `em`, `code`, `pre`, `ul`/`ol`/`li`, and `a` with an `http:`, `https:` or `mailto:` link); every other element and attribute is dropped. `prompt`, choice `text`, `feedback` and `generalFeedback` are plain text (the words, no tags: search, CSV and text-only clients use them); formatted text is also kept as a tree of the safe subset (`RichText`: strings are text, elements are `{tag, href?, children}`) in `promptRich`, `generalFeedbackRich` and each choice's `textRich` and `feedbackRich`, which Demarc renders as formatted text wherever the question appears.",
      '**Skipped, not refused**: a description (text with no answer block) and a short-answer question are left out and the rest imports; each is listed in the response\'s `notes` with its line ("Line 6: skipped a description (text with no answer block { … }): Demarc imports questions only."). A file with nothing else is refused with the line of the first skipped item.',
      '**Sources**: every question needs a source students can check: a `//` comment directly above it containing `source:` and the source (for example `// source: AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/`), or `source` in the body (the import form\'s field "Source for questions without one"), used for every question without its own. Without either the import is refused: `message` names the first line without a source and what to write there, and `fieldErrors.source` (the field to fill in) lists the lines it would cover.',
      "Essay, numerical and matching questions are refused. On any refusal **nothing is imported**.",
    ].join("\n\n"),
    body: {
      schema: giftImportSchema,
      name: "GiftImportRequest",
      example: {
        gift: "// source: Course reader, chapter 4\n::Patching::Who patches the guest OS of an EC2 instance? {=The customer ~AWS}",
        source: "Course reader, chapter 4",
      },
    },
    responses: {
      201: {
        description: "Imported: how many, their ids, and a note for each item of the file that was skipped.",
        schema: giftImportResultSchema,
      },
      400: refusal(
        'The first problem, with its line, under `fieldErrors.gift` (or `fieldErrors.source`): "Line 10: no answer is right: mark one with = or give right answers a positive % weight. Nothing was imported."',
      ),
    },
  }),
  classes("GET /api/v1/classes/{classId}/questions", "The class's imported questions", {
    responses: { 200: { description: "Oldest first.", schema: z.object({ questions: z.array(classQuestionSchema) }) } },
  }),
  classes("DELETE /api/v1/classes/{classId}/questions/{questionId}", "Delete an imported question", {
    responses: {
      204: { description: "Deleted." },
      409: refusal("The question is part of an assignment: delete the assignment first."),
    },
  }),
];
