/** The prose of the reference that belongs to no single operation. */

export const CSV_RULES =
  "RFC 4180: UTF-8 starting with a byte order mark (so Excel on Windows reads accents), CRLF line ends, one header row, and every row exactly as long as the header (empty cells where there is nothing). Fields are quoted when they hold a comma, quote or line break. A text cell that starts with `=`, `+`, `-` or `@` is written with a leading `'` so a spreadsheet shows it instead of running it. Served as `text/csv; charset=utf-8`, as an attachment.";

export const API_TAGS = [
  { name: "Practice", description: "The daily queue of spaced-repetition cards, reviews, undo, re-rating and card flags." },
  { name: "Mock exams", description: "Timed exams in the certification formats, with a report by model, service and topic." },
  {
    name: "Classes",
    description: "Instructors: classes, join codes, students, assignments, the bank browser and GIFT import. Students: joining.",
  },
  { name: "Assignments", description: "Instructors: settings, results and exports. Students: assigned work, attempts and answers." },
  { name: "Your account", description: "Who you are, your settings and exam plan, taking your data with you, and deleting your account." },
  { name: "Accounts and health", description: "Registration, the health check and this document." },
];

export const API_DESCRIPTION = `Demarc's JSON API: every page of the app uses it, and so can a script.

## Conventions

Every endpoint except \`GET /api/health\`, \`POST /api/register\` and \`GET /api/v1/openapi.json\` needs a session cookie. Sign in from a script with \`GET /api/auth/csrf\` (→ \`{ csrfToken }\`), then \`POST /api/auth/callback/credentials\` as a form: \`csrfToken\`, \`email\`, \`password\`, \`json=true\`; keep the cookie it sets. A wrong email or password answers with \`error=CredentialsSignin\` in the returned \`url\`; 10 failures for one email (or 50 from one address) in 15 minutes answer 429 with \`Retry-After\`.

Times are integer milliseconds since 1970 (UTC), always by the server's clock. Request and response bodies are JSON (\`Content-Type: application/json\`, UTF-8) unless an endpoint says it downloads a file. Every free-text field has a maximum length, enforced by the server and shown next to the field in the app (\`server/text-limits.ts\`): names 100 characters, email 320, password 10–200, class name 80, assignment title 120 and instructions 4,000, GIFT text 500,000 and its source 500, bank search 200, learning and relearning steps 100. Responses carry exactly the fields documented here.

## Errors

Every refusal has one shape:

\`\`\`json
{ "error": { "code": "bad_request", "message": "Some fields are missing or invalid.", "fieldErrors": { "selection.count": ["count is 1 to 100"] } } }
\`\`\`

| status | code | when |
|---|---|---|
| 400 | \`bad_request\` | the body is not JSON, or a field is missing or invalid (\`fieldErrors\` names each field by its path) |
| 401 | \`unauthenticated\` | no session |
| 403 | \`forbidden\` | the wrong role (a student on an instructor endpoint and the reverse), or a join code that is turned off |
| 404 | \`not_found\` | no such thing, **or it belongs to another instructor or student**: existence is never revealed |
| 409 | \`conflict\` | the action does not fit the state: not the card on screen, not open yet, past the due date, out of attempts, already submitted |
| 413 | \`payload_too_large\` | the body is over the endpoint's limit: 3 MB for a GIFT import, 256 KB for assignments (create, preview, change), 64 KB everywhere else (sign-in and registration included) |
| 415 | \`unsupported_media_type\` | the body is labelled as something other than JSON (\`text/plain\`, a form, multipart): send \`Content-Type: application/json\` |
| 429 | \`rate_limited\` | too many tries; \`Retry-After\` gives the seconds to wait |
| 500 | \`internal\` | a bug; the message carries a request id (also in \`requestId\`) that is in the server log |

Unexpected errors never show internals. Who may see what is checked inside the database query, so another instructor's class, another student's attempt and a class you are not in all answer 404.

## Scheduling

Cards are scheduled by FSRS-6 through ts-fsrs (\`fsrs(generatorParameters({ … }))\`) with the learner's settings: \`request_retention\` = desired retention (0.70–0.97, default 0.9), \`learning_steps\` and \`relearning_steps\` (default \`["1m", "10m"]\` and \`["10m"]\`), \`w\` = the learner's fitted parameters after "Fit FSRS to your reviews" (FSRS's defaults until then), \`enable_short_term\` and \`maximum_interval\` (36500 days) at ts-fsrs's defaults, and **\`enable_fuzz: true\`**: an interval of 2.5 days or more is moved by ts-fsrs's fuzz within its range, seeded by ts-fsrs's default seed (the review time, the card's reps and difficulty × stability), so the same review gives the same due date every time and a client running ts-fsrs with the same parameters gets exactly the server's schedule. The interval labels of \`/api/v1/practice/next\` are computed the same way; the stats pages' recall predictions use no fuzz. With an exam date and cramming on, a card whose recall on the exam morning would be under 95% (or the desired retention, if higher) is scheduled with that retention instead. A card missed 8 times becomes a leech and is suspended.

## Tests feed practice

Mock exams and assignments (both modes) share one policy: each answer is a review of the practice cards its question exercises, through the practice rules (FSRS, cram, leech): right → Good; right but flagged → Hard; wrong or unanswered → Again. A miss or a flagged answer is then due at once, so it comes first in the next practice session. A class's own (GIFT) questions have no cards and feed nothing.`;
