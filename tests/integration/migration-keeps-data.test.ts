import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "drizzle-orm/libsql/migrator";
import { openDatabase, type Database } from "@/db";

/*
 * drizzle-kit changes a SQLite table's constraints by building a new table, copying the rows and
 * dropping the old one. This fills every table of a database migrated up to FIRST_WITH_ROWS, then
 * applies each later migration one at a time (as databases met them), checking after each that every
 * row came through unchanged. (drizzle-kit once generated a single migration that copied a column it
 * had not added yet: this is where that shows.)
 */
const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
const work = mkdtempSync(path.join(os.tmpdir(), "demarc-migration-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The schema the rows below are written for. */
const FIRST_WITH_ROWS = "0006_session_version_and_presented_mode";
const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
const tags = journal.entries.map((entry) => entry.tag);

/** A copy of the migrations folder whose journal stops after the migration `tag`. */
function migrationsUpTo(tag: string) {
  const folder = path.join(work, tag);
  cpSync(MIGRATIONS, folder, { recursive: true });
  writeFileSync(
    path.join(folder, "meta", "_journal.json"),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, tags.indexOf(tag) + 1) }),
  );
  return folder;
}

const T = 1_795_000_000_000;
const ROWS = [
  `insert into users (id, email, name, password_hash, role, created_at) values
    ('u1', 'student@example.com', 'Student', 'hash', 'student', ${T}), ('u2', 'teacher@example.com', 'Teacher', 'hash', 'instructor', ${T})`,
  `insert into rate_limit_hits (key, window_start, count) values ('join:user:u1', ${T}, 3)`,
  `insert into user_settings (user_id, time_zone, exam_date, exam_blueprint, fsrs_weights, fsrs_optimized_at, updated_at) values ('u1', 'Asia/Tokyo', ${T}, 'cloud-practitioner', '[0.1,0.2]', ${T}, ${T})`,
  `insert into cards (id, user_id, item_id, fact_id, service, model, topic, new_position, due, state, reps, last_review, presented_seed, presented_mode, created_at) values
    ('c1', 'u1', 'scenario-owner:ec2-guest-os', 'ec2-guest-os', 'ec2', 'infrastructure', 'patching', 0, ${T}, 2, 3, ${T - 86_400_000}, 'seed', 'quiz', ${T}),
    ('c2', 'u1', 'flashcard:s3-encryption', 's3-encryption', 's3', 'abstract', 'encryption', 1, ${T}, 0, 0, null, null, null, ${T})`,
  `insert into review_log (id, user_id, card_id, rating, answer, correct, duration_ms, reviewed_at, origin, origin_id, question_id, question_seed,
    prev_state, prev_scheduled_days, prev_stability, card_before, elapsed_days, new_state, new_due) values
    ('r1', 'u1', 'c1', 3, '["a"]', 1, 4000, ${T}, 'practice', null, 'q', 'seed', 1, 0, 1.5, '{"id":"c1"}', 0.5, 2, ${T + 86_400_000}),
    ('r2', 'u1', 'c1', 1, null, null, 0, ${T + 1}, 'exam', 'e1', null, null, 2, 3, 4.2, '{"id":"c1"}', 1, 3, ${T + 600_000})`,
  `insert into exam_attempts (id, user_id, blueprint, title, options, seed, bank_version, item_ids, pass_mark_scaled, started_at, deadline, status, submitted_at, correct_count, scaled_score, passed, breakdown) values
    ('e1', 'u1', 'cloud-practitioner', 'Mock', '{}', 's', 'v1', '["x"]', 700, ${T}, ${T + 3_600_000}, 'submitted', ${T + 60_000}, 1, 1000, 1, '{}'),
    ('e2', 'u1', 'custom', 'Custom', '{}', 's', 'v1', '["x"]', 700, ${T}, ${T + 3_600_000}, 'in_progress', null, null, null, null, null)`,
  `insert into exam_answers (attempt_id, question_id, choice_ids, flagged, correct, updated_at) values ('e1', 'x', '["a"]', 1, 1, ${T})`,
  `insert into classes (id, instructor_id, name, join_code, join_code_enabled, created_at) values ('k1', 'u2', 'Cloud 101', 'ABCDEFGH', 1, ${T})`,
  `insert into class_members (class_id, user_id, joined_at) values ('k1', 'u1', ${T})`,
  `insert into class_questions (id, class_id, title, kind, prompt, choices, general_feedback, source, created_at) values
    ('q1', 'k1', 'Patching', 'multiple-choice', 'Who patches?', '[]', null, 'Reader', ${T}),
    ('q2', 'k1', null, 'true-false', 'AWS patches the host.', '[]', 'Yes.', 'Reader', ${T}),
    ('q3', 'k1', null, 'multiple-answer', 'Pick two.', '[]', null, 'Reader', ${T})`,
  `insert into assignments (id, class_id, title, instructions, mode, time_limit_minutes, feedback_timing, opens_at, due_at, late_policy, attempts_allowed, shuffle_questions, seed, bank_version, item_ids, selection, created_at) values
    ('a1', 'k1', 'Week 1', '', 'practice', null, 'on_submit', ${T}, ${T + 86_400_000}, 'refuse', 1, 0, 's', 'v1', '["class:q1"]', '{}', ${T}),
    ('a2', 'k1', 'Quiz', 'Go', 'exam', 30, 'after_due', ${T}, ${T + 86_400_000}, 'accept', 2, 1, 's', 'v1', '["class:q2"]', '{}', ${T})`,
  `insert into assignment_attempts (id, assignment_id, user_id, attempt_number, question_order, started_at, deadline, status, submitted_at, late, auto_submitted, correct_count, total) values
    ('t1', 'a1', 'u1', 1, '["q1"]', ${T}, null, 'submitted', ${T + 1000}, 0, 0, 1, 1),
    ('t2', 'a2', 'u1', 1, '["q1"]', ${T}, ${T + 1_800_000}, 'in_progress', null, 0, 0, null, 1)`,
  `insert into assignment_answers (attempt_id, question_key, choice_ids, correct, flagged, answered_at) values ('t1', 'q1', '["a"]', 1, 0, ${T})`,
];

async function tables(db: Database) {
  const { rows } = await db.$client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name",
  );
  return rows.map((row) => String(row.name));
}

/** Every row of every table, by its primary key order; after the migration, only the old columns it kept. */
async function contents(db: Database, names: string[], columnsOf?: Map<string, string[]>) {
  const result = new Map<string, unknown[]>();
  for (const name of names) {
    const { rows, columns } = await db.$client.execute(`select * from "${name}" order by 1, 2`);
    const keep = columnsOf ? columnsOf.get(name)!.filter((column) => columns.includes(column)) : columns;
    result.set(
      name,
      rows.map((row) => Object.fromEntries(keep.map((column) => [column, row[column]]))),
    );
  }
  return result;
}

describe("migrations keep existing data", () => {
  it("copies every row of every table through each migration, and the database stays consistent", async () => {
    expect(tags).toContain(FIRST_WITH_ROWS);
    const target = { url: `file:${path.join(work, "data.db")}`, embedded: true };
    let db = openDatabase(target);
    await migrate(db, { migrationsFolder: migrationsUpTo(FIRST_WITH_ROWS) });
    for (const statement of ROWS) await db.$client.execute(statement);
    const names = await tables(db);
    const before = await contents(db, names);
    for (const name of names) expect(before.get(name)?.length, `no rows in ${name}`).toBeGreaterThan(0);
    const columnsBefore = new Map<string, string[]>();
    for (const name of names) columnsBefore.set(name, Object.keys((before.get(name)![0] as object) ?? {}));

    for (const tag of tags.slice(tags.indexOf(FIRST_WITH_ROWS) + 1)) {
      await migrate(db, { migrationsFolder: migrationsUpTo(tag) });
      // Read back on a fresh connection: a statement prepared before the tables were rebuilt keeps the old column names.
      db.$client.close();
      db = openDatabase(target);
      expect(await tables(db), tag).toEqual(names);
      const after = await contents(db, names, columnsBefore);
      for (const name of names) {
        const kept = Object.keys((after.get(name)![0] as object) ?? {});
        const project = (row: unknown) => Object.fromEntries(kept.map((column) => [column, (row as Record<string, unknown>)[column]]));
        expect(after.get(name), `${name} after ${tag}`).toEqual(before.get(name)!.map(project));
      }
      expect((await db.$client.execute("pragma foreign_key_check")).rows, tag).toEqual([]);
      expect((await db.$client.execute("pragma integrity_check")).rows[0]?.integrity_check, tag).toBe("ok");
    }
    db.$client.close();
  });

  it("refuses a value outside an enumeration once the checks are in", async () => {
    const db = openDatabase({ url: `file:${path.join(work, "checks.db")}`, embedded: true });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    await db.$client.execute(ROWS[0]);
    const refusals = [
      `insert into users (id, email, name, password_hash, role, created_at) values ('u3', 'x@example.com', 'X', 'h', 'admin', ${T})`,
      `update cards set state = 4`,
      `insert into cards (id, user_id, item_id, service, model, topic, new_position, due, presented_mode, created_at) values ('c9', 'u1', 'i', 's', 'm', 't', 0, ${T}, 'peeked', ${T})`,
      `insert into classes (id, instructor_id, name, join_code, created_at) values ('k9', 'u2', 'C', 'ZZZZZZZZ', ${T})`,
    ];
    await expect(db.$client.execute(refusals[0])).rejects.toThrow(/CHECK constraint failed: users_role_check/);
    await db.$client.execute(
      `insert into cards (id, user_id, item_id, service, model, topic, new_position, due, created_at) values ('c1', 'u1', 'i', 's', 'm', 't', 0, ${T}, ${T})`,
    );
    await expect(db.$client.execute(refusals[1])).rejects.toThrow(/cards_state_check/);
    await expect(db.$client.execute(refusals[2])).rejects.toThrow(/cards_presented_mode_check/);
    await db.$client.execute(refusals[3]);
    const bad = [
      [
        `insert into assignments (id, class_id, title, mode, opens_at, due_at, seed, bank_version, item_ids, selection, created_at) values ('a9', 'k9', 'T', 'homework', 0, 1, 's', 'v', '[]', '{}', 0)`,
        "assignments_mode_check",
      ],
      [
        `insert into assignments (id, class_id, title, mode, late_policy, opens_at, due_at, seed, bank_version, item_ids, selection, created_at) values ('a9', 'k9', 'T', 'exam', 'maybe', 0, 1, 's', 'v', '[]', '{}', 0)`,
        "assignments_late_policy_check",
      ],
      [
        `insert into class_questions (id, class_id, kind, prompt, choices, source, created_at) values ('q9', 'k9', 'essay', 'P', '[]', 'S', 0)`,
        "class_questions_kind_check",
      ],
      [
        `insert into review_log (id, user_id, card_id, rating, reviewed_at, origin, prev_state, prev_scheduled_days, card_before, new_state, new_due) values ('r9', 'u1', 'c1', 5, 0, 'practice', 0, 0, '{}', 1, 0)`,
        "review_log_rating_check",
      ],
      [
        `insert into review_log (id, user_id, card_id, rating, reviewed_at, origin, prev_state, prev_scheduled_days, card_before, new_state, new_due) values ('r9', 'u1', 'c1', 3, 0, 'cram', 0, 0, '{}', 1, 0)`,
        "review_log_origin_check",
      ],
      [
        `insert into exam_attempts (id, user_id, blueprint, title, options, seed, bank_version, item_ids, pass_mark_scaled, started_at, deadline, status) values ('e9', 'u1', 'b', 't', '{}', 's', 'v', '[]', 700, 0, 1, 'paused')`,
        "exam_attempts_status_check",
      ],
    ] as const;
    for (const [statement, name] of bad) await expect(db.$client.execute(statement), name).rejects.toThrow(new RegExp(name));
    db.$client.close();
  });
});
