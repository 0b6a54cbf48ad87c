import { z } from "zod";
import { DEFAULT_SETTINGS } from "@/db/queries/settings";
import { deleteAccountSchema, passwordChangeSchema, registrationSchema } from "@/server/accounts/input";
import { accountExportSchema, accountSchema, deletedAccountSchema, reviewExportSchema } from "@/server/accounts/types";
import { ANKI_HEADER, REVLOG_CSV_HEADER } from "@/server/accounts/export";
import { settingsChangesSchema, settingsSchema } from "@/server/settings/input";
import { examPlanSchema } from "@/server/stats/input";
import { optimizeResultSchema } from "@/server/stats/types";
import { rateLimited, refusal, type Operation } from "@/server/openapi/operation";
import { CSV_RULES } from "@/server/openapi/overview";
import { accountsAndHealth, yourAccount } from "@/server/openapi/sections";

/** Every setting PUT takes, at its default (steps written as the form writes them), in a learner's time zone. */
function defaultSettingsForm(timeZone: string) {
  const { desiredRetention, newPerDay, reviewsPerDay, learningSteps, relearningSteps, dayStartsAtHour } = DEFAULT_SETTINGS;
  return {
    desiredRetention,
    newPerDay,
    reviewsPerDay,
    learningSteps: learningSteps.join(" "),
    relearningSteps: relearningSteps.join(" "),
    timeZone,
    dayStartsAtHour,
    models: [],
    services: [],
    topics: [],
  };
}

export const ME_OPERATIONS: Operation[] = [
  yourAccount("GET /api/v1/me", "Who is signed in", {
    responses: { 200: { description: "The account.", schema: z.object({ user: accountSchema }) } },
  }),
  yourAccount("POST /api/v1/me/password", "Change your password", {
    description:
      "Needs the current password. Every other session of the account ends (their next request answers 401); this one goes on with a fresh cookie. 10 wrong current passwords in 15 minutes answer 429 with `Retry-After`, whatever the next one is.",
    body: {
      schema: passwordChangeSchema,
      name: "PasswordChangeRequest",
      example: { currentPassword: "…", newPassword: "a-longer-passphrase" },
    },
    responses: {
      200: {
        description: "Changed; other sessions ended.",
        schema: z.object({ changed: z.literal(true), otherSessionsEnded: z.literal(true) }),
      },
      400: refusal(
        "A wrong current password (`fieldErrors.currentPassword`) or a bad new one (`fieldErrors.newPassword`). Nothing changed.",
      ),
      429: rateLimited("Too many wrong current passwords."),
    },
  }),
  yourAccount("DELETE /api/v1/me/sessions", "Sign out of every device", {
    description: "Ends every session of the account, this one included: each one's next request answers 401.",
    responses: { 200: { description: "Signed out everywhere.", schema: z.object({ signedOut: z.literal(true) }) } },
  }),
  yourAccount("PUT /api/v1/me/settings", "Save practice settings", {
    description:
      'Scheduling (desired retention; learning and relearning steps such as "1m 10m", separated by spaces), daily limits, the learner\'s day (IANA time zone and the hour it starts) and the practice scope. Numbers may be sent as numbers or strings. Nothing is saved when a field is refused.',
    body: {
      schema: settingsSchema,
      name: "SettingsRequest",
      example: defaultSettingsForm("Europe/London"),
    },
    responses: {
      200: { description: "Saved.", schema: z.object({ saved: z.literal(true) }) },
      400: refusal("A bad setting, under its name in fieldErrors; nothing saved."),
    },
  }),
  yourAccount("PATCH /api/v1/me/settings", "Change some practice settings", {
    description:
      "Any subset of the settings `PUT` takes: only the settings sent change (each of `models`, `services` and `topics` on its own); `{}` changes nothing. The settings page sends only what the learner changed, so saving an untouched form changes nothing.",
    body: { schema: settingsChangesSchema, name: "SettingsChangesRequest", example: { timeZone: "Asia/Tokyo" } },
    responses: {
      200: { description: "Saved.", schema: z.object({ saved: z.literal(true) }) },
      400: refusal("A bad setting, under its name in fieldErrors; nothing saved."),
    },
  }),
  yourAccount("PUT /api/v1/me/exam-plan", "Set the exam date", {
    description:
      "The day the learner sits the exam (`YYYY-MM-DD`, today or later by the learner's own day, at most two years ahead), its format, and whether to cram: before the date, a card whose recall on the exam morning would be under 95% (or the desired retention, if higher) is scheduled for that target instead, so it comes back sooner.",
    body: {
      schema: examPlanSchema("1970-01-01"),
      name: "ExamPlanRequest",
      example: { examDate: "2026-12-01", examBlueprint: "cloud-practitioner", cramMode: true },
    },
    responses: {
      200: { description: "Saved.", schema: z.object({ cramMode: z.boolean() }) },
      400: refusal("A date in the past or more than two years ahead, or an unknown format."),
    },
  }),
  yourAccount("DELETE /api/v1/me/exam-plan", "Remove the exam date", {
    description: "Practice goes back to the everyday schedule; cramming turns off.",
    responses: { 200: { description: "Removed.", schema: z.object({ cleared: z.literal(true) }) } },
  }),
  yourAccount("POST /api/v1/me/scheduling", "Fit FSRS to your reviews", {
    description:
      "Fits FSRS-6 parameters to the learner's reviews (a held-out share checks them) and uses them when they predict the held-out reviews better than the parameters in use. At most 5 runs an hour.",
    responses: {
      200: { description: "Too few reviews yet, no optimizer on this server, or the fit (saved or kept).", schema: optimizeResultSchema },
      429: rateLimited("More than 5 runs this hour."),
    },
  }),
  yourAccount("DELETE /api/v1/me/scheduling", "Back to FSRS's default parameters", {
    responses: { 200: { description: "Reset.", schema: z.object({ reset: z.literal(true) }) } },
  }),
  yourAccount("GET /api/v1/me/reviews.csv", "Review history as the FSRS optimizer's revlog", {
    description: [
      `Every review (practice, mock exams and assignments), oldest first. Header row: \`${REVLOG_CSV_HEADER.join(",")}\`.`,
      "`card_id` is the card's id; `review_time` milliseconds since 1970 (UTC); `review_rating` 1 Again, 2 Hard, 3 Good, 4 Easy; `review_state` the card's FSRS state when reviewed (0 new, 1 learning, 2 review, 3 relearning); `review_duration` milliseconds (0 when the client did not say).",
      CSV_RULES,
    ].join("\n\n"),
    responses: {
      200: {
        description: "The review log, as an attachment.",
        media: {
          type: "text/csv",
          example: "\uFEFFcard_id,review_time,review_rating,review_state,review_duration\r\n5b0c…,1795300000000,3,0,5400\r\n",
        },
      },
    },
  }),
  yourAccount("GET /api/v1/me/reviews.json", "Review history as JSON", {
    description: "The same reviews as reviews.csv, with what each review answered and where it came from.",
    responses: { 200: { description: "The reviews, as an attachment.", schema: z.object({ reviews: z.array(reviewExportSchema) }) } },
  }),
  yourAccount("GET /api/v1/me/cards.txt", "Your cards as an Anki deck", {
    description: [
      "A notes file Anki's importer reads (File › Import; Anki 2.1.55 or later reads the headers): tab-separated, one Basic note per card with the question on the front and, on the back, the answer, the explanation and the sources (HTML).",
      `Header lines: ${ANKI_HEADER.map((line) => `\`${line.replaceAll("\t", "\\t")}\``).join(", ")}. Tags: \`demarc\`, \`service::<id>\`, \`model::<model>\`, \`topic::<topic>\`. The fourth column is the note's GUID, \`demarc:<item id>\`, so importing a newer export updates the notes instead of adding copies.`,
    ].join("\n\n"),
    responses: {
      200: {
        description: "The notes file, as an attachment.",
        media: {
          type: "text/plain",
          example: `${ANKI_HEADER.join("\n")}\nWho patches …?\t<b>The customer.</b><br><br>…\tdemarc service::ec2 model::infrastructure topic::patching\tdemarc:fact:ec2.os-patching\n`,
        },
      },
    },
  }),
  yourAccount("GET /api/v1/me/export.json", "Download everything about you", {
    description:
      "The account (never the password hash), settings, cards with their schedules, every review, mock exams with answers, class memberships, assignment attempts with answers, and for instructors the classes they teach.",
    responses: { 200: { description: "Everything, as an attachment.", schema: accountExportSchema } },
  }),
  yourAccount("DELETE /api/v1/me", "Delete your account", {
    description: [
      "Deletes the account and everything keyed by it: cards, reviews, settings, mock exams and answers, assignment attempts and answers, class memberships and the rate-limit counters named after it. The session cookie is cleared.",
      "Needs the password again; a wrong one counts as a failed sign-in (10 per email, 50 per address in 15 minutes, then 429).",
      "**An instructor who teaches classes** must choose: `handOverTo` another instructor's email (they get every class with its students, assignments and results), or `deleteClasses: true`, which deletes every class with its assignments, imported questions and **every student's attempts and answers**. Without either, nothing is deleted (400).",
    ].join("\n\n"),
    body: { schema: deleteAccountSchema, name: "DeleteAccountRequest", example: { password: "…", handOverTo: "colleague@example.com" } },
    responses: {
      200: { description: "Deleted.", schema: deletedAccountSchema },
      400: refusal(
        "A wrong password (`fieldErrors.password`), or an instructor with classes who chose neither, or both, or an email that is not another instructor's (`fieldErrors.handOverTo`). Nothing deleted.",
      ),
      429: rateLimited("Too many failed passwords for this account or address."),
    },
  }),
];

export const PUBLIC_OPERATIONS: Operation[] = [
  accountsAndHealth("POST /api/register", "Create an account", {
    body: { schema: registrationSchema, name: "RegisterRequest" },
    responses: {
      201: { description: "Created; sign in next.", schema: accountSchema },
      400: refusal("A bad field, under its name in fieldErrors."),
      409: refusal("An account with this email already exists."),
      429: rateLimited("More than 60 registrations an hour from one address."),
    },
  }),
  accountsAndHealth("GET /api/health", "Is the server up?", {
    description: "Answers after a real query on the database.",
    responses: {
      200: { description: "Up.", schema: z.object({ status: z.literal("ok"), db: z.literal("ok") }) },
      503: {
        description: "The database cannot be reached.",
        schema: z.object({ status: z.literal("error"), db: z.literal("unreachable"), reason: z.string() }),
      },
    },
  }),
  accountsAndHealth("GET /api/v1/openapi.json", "This reference as OpenAPI 3.1", {
    description: "Generated from the zod schemas the routes parse with and answer in; docs/api.md is rendered from it.",
    responses: { 200: { description: "The OpenAPI document.", schema: z.record(z.string(), z.unknown()) } },
  }),
];
