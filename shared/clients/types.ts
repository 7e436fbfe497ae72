// What the connection cache hands to functions: shared handles per configuration, and each one's state.
import type { QdrantClient } from "@qdrant/js-client-rest";
import type { Kysely } from "kysely";
import type { Settings } from "../config/settings.ts";
import type { Database } from "../db/schema.ts";
import type { WorkersAiBinding } from "../embeddings/workers-ai.ts";
import type { Logger } from "../log/logger.ts";
import type { AnalysisPool } from "./analysis-pool.ts";

export type DependencyName = "postgres" | "postgres_read" | "embedded" | "redis" | "qdrant";

/** A pool's state for the metrics function: connections open and idle, callers waiting, errors seen. */
export interface PoolState {
  open: number;
  idle: number;
  waiting: number;
  errors: number;
}

/** A backing service the process talks to. `check` throws when it is down. */
export interface Dependency {
  name: DependencyName;
  check(timeoutMs: number): Promise<void>;
  state(): PoolState;
  close(): Promise<void>;
}

/** The Qdrant client with the tracking that feeds its pool state. */
export interface QdrantHandle {
  client: QdrantClient;
  dependency: Dependency;
  /** wraps a call so that in-flight and failed calls show in the pool state */
  track<T>(call: Promise<T>): Promise<T>;
}

/** The small part of Redis the service uses, the same over ioredis (Node) and Upstash REST (edge). */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  del(...keys: string[]): Promise<number>;
  /** runs a Lua script; returns what Redis returns */
  eval(script: string, keys: string[], args: (string | number)[]): Promise<unknown>;
  ping(): Promise<void>;
  /** Redis pub/sub, where the client can hold a subscription (ioredis; not Upstash's REST) */
  publish?(channel: string, message: string): Promise<void>;
  /** calls onMessage for each message on the channel, across reconnections, until the returned stop() */
  subscribe?(channel: string, onMessage: (message: string) => void): () => void;
}

/** A Cloudflare Queues producer binding: where Workers announce queued tasks. */
export interface TaskQueueProducer {
  sendBatch(messages: { body: unknown }[]): Promise<unknown>;
}

export interface Clients {
  settings: Settings;
  /** the writer; PGlite in embedded mode */
  db(): Kysely<Database>;
  /** the read replica when DATABASE_READ_URL is set, else the writer */
  readDb(): Kysely<Database>;
  /** Redis when configured, else null (callers use their in-process variant) */
  keyValue(): KeyValueStore | null;
  /** Qdrant when QDRANT_URL is set, else null */
  qdrant(): QdrantClient | null;
  /** the Qdrant client with its call tracking, for the vector store */
  qdrantHandle(): QdrantHandle | null;
  /** the Workers AI binding on the edge, when bound; embeddings then come from it */
  workersAi?(): WorkersAiBinding | null;
  /** the Cloudflare Queues producer (INGEST_QUEUE) on Workers, when bound; tasks are announced through it */
  taskQueue?(): TaskQueueProducer | null;
  /** where documents are analysed: worker threads on Node, the request's isolate on Workers */
  analysisPool(): AnalysisPool;
  /** the process's logger, for what long-lived services report outside any request (cache errors) */
  log?: Logger;
  /** every configured dependency, for readiness and metrics */
  dependencies(): Dependency[];
  close(): Promise<void>;
}

/** Races a check against a timeout so that a hung dependency is reported down, never waited on. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
