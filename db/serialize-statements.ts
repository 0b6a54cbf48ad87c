import { AsyncLocalStorage } from "node:async_hooks";
import type { Client, InStatement, Transaction, TransactionMode } from "@libsql/client";

/**
 * Set while a db.transaction() callback runs: the queue's lock is that transaction's. One per
 * process, like the connection it guards (see getDb: several copies of this module may share it).
 */
const shared = globalThis as unknown as { demarcInsideTransaction?: AsyncLocalStorage<true> };
const insideTransaction = (shared.demarcInsideTransaction ??= new AsyncLocalStorage<true>());

/** A statement sent to the root client from inside a transaction callback (it would wait for its own lock). */
export class QueryInsideTransactionError extends Error {
  constructor() {
    super(
      "A query on the database ran inside db.transaction(): it would wait forever for the lock that transaction holds. " +
        "Run it on the transaction (`tx`) instead, or move it out of the transaction.",
    );
  }
}

function assertOutsideTransaction() {
  if (insideTransaction.getStore()) throw new QueryInsideTransactionError();
}

/**
 * Marks everything a transaction callback runs, so the statement queue can refuse a query on the
 * root client from inside it at once instead of queueing it behind the transaction forever.
 */
type TransactionRunner = (callback: (tx: unknown) => Promise<unknown>, ...rest: unknown[]) => Promise<unknown>;

export function guardTransactions<D extends { transaction: unknown }>(db: D): D {
  const target = db as unknown as { transaction: TransactionRunner };
  const transaction = target.transaction.bind(db);
  target.transaction = (callback, ...rest) => transaction((tx) => insideTransaction.run(true, () => callback(tx)), ...rest);
  return db;
}

/**
 * Several server processes on one embedded file (`npm start` runs one per core) take turns for
 * SQLite's write lock through this gate, first come first served, instead of through SQLite's busy
 * handler: that handler sleeps on the event loop, backing off to 100 ms naps, and a process that
 * keeps writing takes the lock back between a sleeper's naps, so under a class's worth of writes
 * a sleeper waited seconds. The server's supervisor keeps the queue (scripts/write-gate.ts).
 */
export interface WriteGate {
  /** Resolves when this process may write; call the returned function once its write is over. */
  acquire(): Promise<() => void>;
}

const gateHolder = globalThis as unknown as { demarcWriteGate?: WriteGate };

/** Makes this process's writes to the embedded file take turns with the other processes' through `gate`. */
export function installWriteGate(gate: WriteGate | undefined) {
  gateHolder.demarcWriteGate = gate;
}

/** Reads need no turn at the gate (WAL lets them run beside a writer); anything else might write. */
function mayWrite(statement: InStatement | string): boolean {
  return !/^\s*select\b/i.test(typeof statement === "string" ? statement : statement.sql);
}

/**
 * The embedded libSQL driver runs statements synchronously on the main thread, and SQLite's busy
 * handler sleeps there too: two connections of one process racing for the write lock block the
 * event loop the lock holder needs to finish. A second connection buys no parallelism either (the
 * calls are synchronous). So an embedded database gets one connection, and statements and
 * transactions queue for it here, in JavaScript, without blocking. Other server processes sharing
 * the file take turns to write through the write gate when there is one (see WriteGate); any
 * other process still meets SQLite's busy timeout.
 *
 * The queue has one trap: a statement on the root client from inside a transaction would wait for
 * the transaction's own lock. With `guardTransactions` on the drizzle database, it fails at once.
 */
export function serializeStatements(client: Client): Client {
  let tail: Promise<void> = Promise.resolve();
  const connectionTurn = () => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = tail;
    tail = tail.then(() => turn);
    return ready.then(() => release);
  };
  // Always the gate first, then the connection: a writer waiting at the gate does not hold up this
  // process's reads, and no two turns are ever taken in the opposite order.
  const acquire = async (write: boolean) => {
    const gate = write ? gateHolder.demarcWriteGate : undefined;
    const leaveGate = gate ? await gate.acquire() : undefined;
    let leaveConnection: () => void;
    try {
      leaveConnection = await connectionTurn();
    } catch (error) {
      leaveGate?.();
      throw error;
    }
    return () => {
      leaveConnection();
      leaveGate?.();
    };
  };
  const execute = client.execute.bind(client) as (statement: InStatement, args?: unknown) => ReturnType<Client["execute"]>;
  const batch = client.batch.bind(client);
  const transaction = client.transaction.bind(client);

  client.execute = (async (statement: InStatement, args?: unknown) => {
    assertOutsideTransaction();
    const release = await acquire(mayWrite(statement));
    try {
      return await execute(statement, args);
    } finally {
      release();
    }
  }) as Client["execute"];

  client.batch = (async (...params: Parameters<Client["batch"]>) => {
    assertOutsideTransaction();
    const [statements, mode] = params;
    const release = await acquire(
      mode !== "read" && statements.some((statement) => mayWrite(Array.isArray(statement) ? statement[0] : statement)),
    );
    try {
      return await batch(...params);
    } finally {
      release();
    }
  }) as Client["batch"];

  client.transaction = (async (mode?: TransactionMode) => {
    assertOutsideTransaction();
    const release = await acquire(mode !== "read");
    let tx: Transaction;
    try {
      tx = await transaction(mode);
    } catch (error) {
      release();
      throw error;
    }
    let released = false;
    const releaseOnce = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    const close = tx.close.bind(tx);
    tx.commit = async () => {
      try {
        await commit();
      } finally {
        releaseOnce();
      }
    };
    tx.rollback = async () => {
      try {
        await rollback();
      } finally {
        releaseOnce();
      }
    };
    tx.close = () => {
      close();
      releaseOnce();
    };
    return tx;
  }) as Client["transaction"];

  return client;
}
