// The Workers connection cache: no socket crosses requests. Fetch-based clients (Upstash, Qdrant) live per
// isolate; a pg client is made per request, over Hyperdrive when bound, and closed when the request ends.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Settings } from "../config/settings.ts";
import { pingDatabase } from "../db/ping.ts";
import type { Database } from "../db/schema.ts";
import type { WorkersAiBinding } from "../embeddings/workers-ai.ts";
import type { Logger } from "../log/logger.ts";
import { createInlineAnalysisPool } from "./analysis-pool.ts";
import { classifyingPool } from "./postgres-pool.ts";
import { createQdrant } from "./qdrant.ts";
import { createUpstash, type UpstashHandle } from "./redis.upstash.ts";
import {
  type Clients,
  type Dependency,
  type QdrantHandle,
  type TaskQueueProducer,
  withTimeout,
} from "./types.ts";

export interface WorkerBindings {
  HYPERDRIVE?: { connectionString: string };
  AI?: WorkersAiBinding;
  /** Cloudflare Queues producer for asynchronous ingestion; its consumer is the entry's queue() */
  INGEST_QUEUE?: TaskQueueProducer;
  [name: string]: unknown;
}

interface IsolateClients {
  upstash: UpstashHandle | null;
  qdrant: QdrantHandle | null;
}

const perIsolate = new WeakMap<Settings, IsolateClients>();
const inlineAnalysis = createInlineAnalysisPool();

function isolateClients(settings: Settings): IsolateClients {
  let found = perIsolate.get(settings);
  if (!found) {
    found = {
      upstash:
        settings.UPSTASH_REDIS_REST_URL && settings.UPSTASH_REDIS_REST_TOKEN
          ? createUpstash(settings.UPSTASH_REDIS_REST_URL, settings.UPSTASH_REDIS_REST_TOKEN)
          : null,
      qdrant: settings.QDRANT_URL ? createQdrant(settings.QDRANT_URL, settings) : null,
    };
    perIsolate.set(settings, found);
  }
  return found;
}

export function workerDatabaseUrl(settings: Settings, bindings: WorkerBindings): string | undefined {
  return bindings.HYPERDRIVE?.connectionString ?? settings.DATABASE_URL;
}

/** Clients for one request; call close() once the response is built (the entry does it in waitUntil). */
export function createWorkerClients(settings: Settings, bindings: WorkerBindings, log?: Logger): Clients {
  const shared = isolateClients(settings);
  const databaseUrl = workerDatabaseUrl(settings, bindings);
  let db: Kysely<Database> | undefined;
  let errors = 0;
  let pool: pg.Pool | undefined;
  const database = (): Kysely<Database> => {
    if (!databaseUrl)
      throw new Error(
        "no database configured on Workers: bind HYPERDRIVE in wrangler.toml or set DATABASE_URL",
      );
    if (!db) {
      // One connection is enough for one request; Hyperdrive does the pooling.
      pool = new pg.Pool({
        connectionString: databaseUrl,
        max: 1,
        connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
      });
      pool.on("error", () => {
        errors += 1;
      });
      // A checked-out client's own 'error' (its server went away between queries) must not be unhandled.
      pool.on("connect", (client) => {
        client.on("error", () => {
          errors += 1;
        });
      });
      db = new Kysely<Database>({
        dialect: new PostgresDialect({ pool: classifyingPool(pool, "postgres") }),
      });
    }
    return db;
  };
  const postgres: Dependency | null = databaseUrl
    ? {
        name: "postgres",
        async check(timeoutMs) {
          await withTimeout(pingDatabase(database()), timeoutMs, "postgres");
        },
        state: () => ({
          open: pool?.totalCount ?? 0,
          idle: pool?.idleCount ?? 0,
          waiting: pool?.waitingCount ?? 0,
          errors,
        }),
        close: async () => {
          await db?.destroy();
        },
      }
    : null;
  return {
    settings,
    ...(log ? { log } : {}),
    db: database,
    readDb: database,
    keyValue: () => shared.upstash?.store ?? null,
    qdrant: () => shared.qdrant?.client ?? null,
    qdrantHandle: () => shared.qdrant,
    workersAi: () => bindings.AI ?? null,
    taskQueue: () => bindings.INGEST_QUEUE ?? null,
    // No thread can be killed on Workers: the platform's CPU limit per request is the deadline there.
    analysisPool: () => inlineAnalysis,
    dependencies: () =>
      [postgres, shared.upstash?.dependency ?? null, shared.qdrant?.dependency ?? null].filter(
        (d): d is Dependency => d !== null,
      ),
    async close() {
      const open = db;
      db = undefined;
      await open?.destroy();
    },
  };
}

export const upstashFor = (settings: Settings) => isolateClients(settings).upstash?.store ?? null;
