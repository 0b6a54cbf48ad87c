// The bare baseline: a plain node:http server doing the work of one review and nothing else —
// read the card, compute the next state with ts-fsrs, update the card and append the log row in
// one libSQL transaction, on the same database file as Demarc. No framework, no auth, no routing.
// BASELINE_WORKERS processes share the port (node:cluster), as Demarc's server processes do.
import cluster from "node:cluster";
import http from "node:http";
import { randomUUID } from "node:crypto";
import { createClient } from "@libsql/client";
import { fsrs, generatorParameters } from "ts-fsrs";

function startServer() {
  const client = createClient({ url: process.env.DATABASE_URL, timeout: 5000 });
  const scheduler = fsrs(
    generatorParameters({ request_retention: 0.9, enable_fuzz: true, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }),
  );

  async function review({ userId, cardId, rating }) {
    const now = Date.now();
    const tx = await client.transaction("write");
    try {
      const { rows } = await tx.execute({ sql: "SELECT * FROM cards WHERE id = ? AND user_id = ?", args: [cardId, userId] });
      const row = rows[0];
      if (!row) {
        await tx.rollback();
        return null;
      }
      const { card } = scheduler.next(
        {
          due: new Date(Number(row.due)),
          stability: Number(row.stability),
          difficulty: Number(row.difficulty),
          elapsed_days: Number(row.elapsed_days),
          scheduled_days: Number(row.scheduled_days),
          learning_steps: Number(row.learning_steps),
          reps: Number(row.reps),
          lapses: Number(row.lapses),
          state: Number(row.state),
          last_review: row.last_review ? new Date(Number(row.last_review)) : undefined,
        },
        new Date(now),
        rating,
      );
      await tx.execute({
        sql: "UPDATE cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?, learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, presented_seed = NULL, version = version + 1 WHERE id = ?",
        args: [
          card.due.getTime(),
          card.stability,
          card.difficulty,
          card.elapsed_days,
          card.scheduled_days,
          card.learning_steps,
          card.reps,
          card.lapses,
          card.state,
          now,
          cardId,
        ],
      });
      await tx.execute({
        sql: "INSERT INTO review_log (id, user_id, card_id, rating, duration_ms, reviewed_at, origin, prev_state, prev_scheduled_days, card_before, elapsed_days, new_state, new_due) VALUES (?, ?, ?, ?, 0, ?, 'practice', ?, ?, ?, 0, ?, ?)",
        args: [
          randomUUID(),
          userId,
          cardId,
          rating,
          now,
          row.state,
          row.scheduled_days,
          JSON.stringify(row),
          card.state,
          card.due.getTime(),
        ],
      });
      await tx.commit();
      return { due: card.due.getTime(), state: card.state };
    } catch (error) {
      await tx.rollback().catch(() => {});
      throw error;
    }
  }

  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", async () => {
      try {
        const result = await review(JSON.parse(body));
        response.writeHead(result ? 201 : 404, { "content-type": "application/json" });
        response.end(JSON.stringify(result ?? { error: "not found" }));
      } catch (error) {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => cluster.isPrimary && process.send?.("ready"));
}

const workers = Number(process.env.BASELINE_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  let listening = 0;
  for (let i = 0; i < workers; i++) cluster.fork().once("listening", () => ++listening === workers && process.send?.("ready"));
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers)) worker.kill();
    process.exit(0);
  });
} else {
  startServer();
}
