// The Node connection cache: long-lived handles for one configuration, each created on first use and owned by
// this instance, so close() ends only what it opened. A process makes one and hands it to everything it runs.
import type { Kysely } from "kysely";
import type { Settings } from "../config/settings.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../log/logger.ts";
import { createThreadAnalysisPool } from "./analysis-pool.node.ts";
import type { AnalysisPool } from "./analysis-pool.ts";
import { loadQdrant } from "./driver-packages.node.ts";
import { createEmbedded } from "./embedded.node.ts";
import { createPostgres } from "./postgres.node.ts";
import { createQdrantWith } from "./qdrant-handle.ts";
import { createRedis } from "./redis.node.ts";
import { createUpstash } from "./redis.upstash.ts";
import type { Clients, Dependency, KeyValueStore, QdrantHandle } from "./types.ts";

interface Handle<T> {
  value: T;
  dependency: Dependency;
}

export function createNodeClients(settings: Settings, options: { log?: Logger } = {}): Clients {
  const handles = new Map<string, Handle<unknown>>();
  let analysisPool: AnalysisPool | undefined;

  function cached<T>(key: string, create: () => Handle<T>): Handle<T> {
    let handle = handles.get(key) as Handle<T> | undefined;
    if (!handle) {
      handle = create();
      handles.set(key, handle);
    }
    return handle;
  }

  const writer = (): Handle<Kysely<Database>> =>
    settings.DATABASE_URL
      ? cached(`postgres:${settings.DATABASE_URL}`, () => {
          const h = createPostgres(settings.DATABASE_URL!, settings);
          return { value: h.db, dependency: h.dependency };
        })
      : cached(`embedded:${settings.DATA_DIR}`, () => {
          const h = createEmbedded(settings.DATA_DIR);
          return { value: h.db, dependency: h.dependency };
        });
  const reader = (): Handle<Kysely<Database>> | null =>
    settings.DATABASE_READ_URL && settings.DATABASE_URL
      ? cached(`postgres_read:${settings.DATABASE_READ_URL}`, () => {
          const h = createPostgres(settings.DATABASE_READ_URL!, settings, "postgres_read");
          return { value: h.db, dependency: h.dependency };
        })
      : null;
  const keyValue = (): Handle<KeyValueStore> | null => {
    if (settings.REDIS_URL)
      return cached(`redis:${settings.REDIS_URL}`, () => {
        const h = createRedis(settings.REDIS_URL!, settings);
        return { value: h.store, dependency: h.dependency };
      });
    if (settings.UPSTASH_REDIS_REST_URL && settings.UPSTASH_REDIS_REST_TOKEN)
      return cached(`upstash:${settings.UPSTASH_REDIS_REST_URL}`, () => {
        const h = createUpstash(settings.UPSTASH_REDIS_REST_URL!, settings.UPSTASH_REDIS_REST_TOKEN!);
        return { value: h.store, dependency: h.dependency };
      });
    return null;
  };
  const qdrant = (): Handle<QdrantHandle> | null =>
    settings.QDRANT_URL
      ? cached(`qdrant:${settings.QDRANT_URL}`, () => {
          const h = createQdrantWith(loadQdrant().QdrantClient, settings.QDRANT_URL!, settings);
          return { value: h, dependency: h.dependency };
        })
      : null;

  return {
    settings,
    db: () => writer().value,
    readDb: () => (reader() ?? writer()).value,
    keyValue: () => keyValue()?.value ?? null,
    qdrant: () => qdrant()?.value.client ?? null,
    qdrantHandle: () => qdrant()?.value ?? null,
    ...(options.log ? { log: options.log } : {}),
    analysisPool: () =>
      (analysisPool ??= createThreadAnalysisPool({
        size: settings.ANALYSIS_WORKERS,
        memoryMb: settings.ANALYSIS_MEMORY_MB,
        deadlineMs: settings.ANALYSIS_TIMEOUT_MS,
        nice: settings.ANALYSIS_NICE,
      })),
    dependencies: () =>
      [writer(), reader(), keyValue(), qdrant()].filter((h) => h !== null).map((h) => h.dependency),
    async close() {
      const open = [...handles.values()];
      const pool = analysisPool;
      handles.clear();
      analysisPool = undefined;
      await Promise.allSettled([...open.map((h) => h.dependency.close()), ...(pool ? [pool.close()] : [])]);
    },
  };
}
