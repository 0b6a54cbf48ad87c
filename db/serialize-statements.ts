import { AsyncLocalStorage } from "node:async_hooks";
import type { Client, InStatement, Transaction, TransactionMode } from "@libsql/client";

/** Set while a db.transaction() callback runs: the queue's lock is that transaction's. */
const insideTransaction = new AsyncLocalStorage<true>();

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
 * The embedded libSQL driver runs statements synchronously on the main thread, and SQLite's busy
 * handler sleeps there too: two connections of one process racing for the write lock block the
 * event loop the lock holder needs to finish. A second connection buys no parallelism either (the
 * calls are synchronous). So an embedded database gets one connection, and statements and
 * transactions queue for it here, in JavaScript, without blocking. Other processes sharing the
 * file still meet SQLite's busy timeout.
 *
 * The queue has one trap: a statement on the root client from inside a transaction would wait for
 * the transaction's own lock. With `guardTransactions` on the drizzle database, it fails at once.
 */
export function serializeStatements(client: Client): Client {
  let tail: Promise<void> = Promise.resolve();
  const acquire = () => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = tail;
    tail = tail.then(() => turn);
    return ready.then(() => release);
  };
  const execute = client.execute.bind(client) as (statement: InStatement, args?: unknown) => ReturnType<Client["execute"]>;
  const batch = client.batch.bind(client);
  const transaction = client.transaction.bind(client);

  client.execute = (async (statement: InStatement, args?: unknown) => {
    assertOutsideTransaction();
    const release = await acquire();
    try {
      return await execute(statement, args);
    } finally {
      release();
    }
  }) as Client["execute"];

  client.batch = (async (...params: Parameters<Client["batch"]>) => {
    assertOutsideTransaction();
    const release = await acquire();
    try {
      return await batch(...params);
    } finally {
      release();
    }
  }) as Client["batch"];

  client.transaction = (async (mode?: TransactionMode) => {
    assertOutsideTransaction();
    const release = await acquire();
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
