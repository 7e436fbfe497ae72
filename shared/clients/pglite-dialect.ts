// A Kysely dialect over PGlite (in-process, or in its own thread: pglite-client.node.ts): one connection, so
// queries and transactions take turns.
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from "kysely";

/** What the dialect needs of a PGlite, in-process or in its thread */
export interface SqlSession {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  readonly closed: boolean;
  close(): Promise<void>;
}

/**
 * In-process, PGlite runs each statement synchronously on this thread, and statements queued behind one another follow each
 * other as microtasks: a bulk load held the event loop for the sum of them (health p99 224-251 ms during a
 * batch), and no request could be read meanwhile. Before a statement, when the loop has not had a turn for
 * HOLD_MS, one is given; a turn before every statement instead starved a flood of short reads (each request
 * waited a turn per statement behind the new requests read in each turn: 30 times fewer answered).
 */
const HOLD_MS = 10;
let turnAt = performance.now();
let marked = false;
const markTurn = () => {
  marked = false;
  turnAt = performance.now();
};

async function fairTurn() {
  if (performance.now() - turnAt > HOLD_MS) await new Promise<void>((resolve) => setImmediate(resolve));
  // a marker for the next turn of the loop, whoever gives it
  if (!marked) {
    marked = true;
    setImmediate(markTurn);
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: SqlSession) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    await fairTurn();
    const result = await this.pglite.query<R>(query.sql, query.parameters as unknown[]);
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors worth streaming from; Kysely requires the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not supported on the embedded database");
  }
}

class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: PGliteConnection;

  constructor(pglite: SqlSession) {
    this.connection = new PGliteConnection(pglite);
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // One connection: the next caller waits until the previous one releases it (a transaction stays whole).
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.releases.push(release);
    return this.connection;
  }

  private readonly releases: (() => void)[] = [];

  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery({ sql: "begin", parameters: [] } as unknown as CompiledQuery);
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery({ sql: "commit", parameters: [] } as unknown as CompiledQuery);
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery({ sql: "rollback", parameters: [] } as unknown as CompiledQuery);
  }
  async releaseConnection() {
    this.releases.shift()?.();
  }
  async destroy() {}
}

export function definePGliteDialect(pglite: SqlSession): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PGliteDriver(pglite),
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
