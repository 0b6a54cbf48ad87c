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

/** In a server process: asks the supervisor for each turn. */
export function writeGateOfWorker(): WriteGate {
  let nextId = 0;
  const granted = new Map<number, () => void>();
  process.on("message", (message) => {
    if (isGateMessage(message) && message.writeGate === "granted") {
      granted.get(message.id)?.();
      granted.delete(message.id);
    }
  });
  return {
    acquire: () =>
      new Promise((resolve) => {
        const id = nextId++;
        granted.set(id, () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            process.send?.({ writeGate: "release", id } satisfies GateMessage);
          });
        });
        process.send?.({ writeGate: "acquire", id } satisfies GateMessage);
      }),
  };
}
