/**
 * The write gate of `npm start`'s server processes (see WriteGate in db/serialize-statements.ts):
 * the supervisor keeps one first-come-first-served queue for SQLite's write lock, and each server
 * process asks it for a turn before it writes to the embedded file. A turn costs two messages over
 * the process's IPC channel (tens of microseconds); waiting costs no CPU and blocks nothing.
 */
import cluster, { type Worker } from "node:cluster";
import type { WriteGate } from "../db/serialize-statements";

type GateMessage = { writeGate: "acquire" | "release" | "granted"; id: number };

const isGateMessage = (message: unknown): message is GateMessage =>
  typeof message === "object" && message !== null && "writeGate" in message && typeof (message as GateMessage).id === "number";

/** In the supervisor: grants the turns, one at a time, in the order they were asked for. */
export function superviseWriteGate() {
  const waiting: { worker: Worker; id: number }[] = [];
  let holder: { worker: Worker; id: number } | null = null;
  const grantNext = () => {
    while (!holder && waiting.length > 0) {
      const next = waiting.shift()!;
      if (next.worker.isDead()) continue;
      holder = next;
      next.worker.send({ writeGate: "granted", id: next.id } satisfies GateMessage);
    }
  };
  cluster.on("message", (worker, message) => {
    if (!isGateMessage(message)) return;
    if (message.writeGate === "acquire") waiting.push({ worker, id: message.id });
    else if (message.writeGate === "release" && holder?.worker === worker && holder.id === message.id) holder = null;
    grantNext();
  });
  // A process that stopped while holding or waiting for a turn gives it up.
  cluster.on("exit", (worker) => {
    if (holder?.worker === worker) holder = null;
    for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i].worker === worker) waiting.splice(i, 1);
    grantNext();
  });
}

/** A turn passes straight to this process's next writer at most this many times before it goes back. */
const MAX_LOCAL_PASSES = 32;

/**
 * In a server process: asks the supervisor for a turn, then hands it straight on to this process's
 * other writers waiting for it (a few dozen at most, then the others get their turn). Asking the
 * supervisor for every single write left the database idle for two messages and the waiting
 * process's event loop to come round, between every two writes: at 50 connections on two
 * processes, that was half the throughput of one.
 */
export function writeGateOfWorker(): WriteGate {
  let nextId = 0;
  const granted = new Map<number, () => void>();
  process.on("message", (message) => {
    if (isGateMessage(message) && message.writeGate === "granted") {
      granted.get(message.id)?.();
      granted.delete(message.id);
    }
  });
  const askSupervisor = () =>
    new Promise<() => void>((resolve) => {
      const id = nextId++;
      granted.set(id, () => resolve(() => process.send?.({ writeGate: "release", id } satisfies GateMessage)));
      process.send?.({ writeGate: "acquire", id } satisfies GateMessage);
    });

  let held: (() => void) | null = null;
  let asking = false;
  let passes = 0;
  const waiting: (() => void)[] = [];
  const grant = (resolve: (release: () => void) => void) => {
    let released = false;
    resolve(() => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next && passes < MAX_LOCAL_PASSES) {
        passes++;
        next();
        return;
      }
      if (next) waiting.unshift(next);
      held!();
      held = null;
      if (waiting.length > 0) void ask();
    });
  };
  const ask = async () => {
    if (asking || held) return;
    asking = true;
    held = await askSupervisor();
    asking = false;
    passes = 0;
    waiting.shift()?.();
  };
  return {
    acquire: () =>
      new Promise((resolve) => {
        waiting.push(() => grant(resolve));
        void ask();
      }),
  };
}
