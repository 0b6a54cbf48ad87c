/**
 * Session versions across `npm start`'s server processes: when one process ends a user's sessions
 * (password change, sign out everywhere, account deleted), the supervisor passes the new version to
 * the others, so their cached versions (server/accounts/sessions.ts) never let an ended session
 * through. Two small IPC messages per change; nothing on the request path.
 */
import cluster from "node:cluster";
import { applySessionVersion, onSessionVersionChange } from "@/server/accounts/sessions";

type RelayMessage = { sessionVersion: { userId: string; version: number | null } };

const isRelayMessage = (message: unknown): message is RelayMessage =>
  typeof message === "object" &&
  message !== null &&
  "sessionVersion" in message &&
  typeof (message as RelayMessage).sessionVersion?.userId === "string";

/** In the supervisor: every change a server process reports goes to all the others. */
export function superviseSessionRelay() {
  cluster.on("message", (from, message) => {
    if (!isRelayMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from && worker.isConnected()) worker.send(message);
  });
}

/** In a server process: report this process's changes, apply the others'. */
export function joinSessionRelay() {
  if (!process.send) return;
  onSessionVersionChange((userId, version) =>
    process.send?.({ sessionVersion: { userId, version: version ?? null } } satisfies RelayMessage),
  );
  process.on("message", (message) => {
    if (isRelayMessage(message)) applySessionVersion(message.sessionVersion.userId, message.sessionVersion.version ?? undefined);
  });
}
