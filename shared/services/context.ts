// The derived services a request needs beside its clients: the vector store, the embedder, the cache and
// the in-memory ranking index. Made once per settings object (one per process, one per isolate on Workers),
// so per-request clients on Workers still share the isolate's cache and ranking index.
import { type Cache, createCache } from "../cache/index.ts";
import type { Clients } from "../clients/types.ts";
import type { Settings } from "../config/settings.ts";
import { createEmbedder } from "../embeddings/select.ts";
import type { Embedder } from "../embeddings/types.ts";
import { createLogger } from "../log/logger.ts";
import { selectVectorStore } from "../vectors/select.ts";
import { VectorDimensionError, type VectorStore } from "../vectors/types.ts";
import { createIndexWrites, type IndexWrites } from "./index-writes.ts";
import { createRankingIndex, type RankingIndex } from "./ranking-index.ts";

export interface Services {
  vectors: VectorStore;
  embedder: Embedder;
  cache: Cache;
  ranking: RankingIndex;
  /** job embeddings by job version (rank.ts jobVectorOf) */
  jobVectors: Map<string, Float32Array>;
  /** the vector store's collection exists with the embedder's dimension (checked once) */
  vectorsReady(): Promise<void>;
  /** a stored CV's vector, indexed mark and cache bump, written in rounds with the CVs stored beside it */
  indexWrites: IndexWrites;
}

interface PerSettings {
  embedder: Embedder;
  cache: Cache;
  ranking: RankingIndex;
  jobVectors: Map<string, Float32Array>;
  ready?: Promise<void>;
}

const perSettings = new WeakMap<Settings, PerSettings>();
const perClients = new WeakMap<Clients, Services>();

// On Workers with an AI binding, embeddings come from Workers AI; elsewhere from settings alone.
const workersAiOf = (clients: Clients) => {
  const ai = clients.workersAi?.();
  return ai ? { ai } : {};
};

export function servicesFor(clients: Clients): Services {
  let services = perClients.get(clients);
  if (services) return services;
  const settings = clients.settings;
  let shared = perSettings.get(settings);
  if (!shared) {
    const log = (clients.log ?? createLogger(settings.LOG_LEVEL)).child({ component: "cache" });
    shared = {
      embedder: createEmbedder(settings, workersAiOf(clients)),
      cache: createCache({
        store: clients.keyValue(),
        maxEntries: settings.CACHE_MAX_ENTRIES,
        maxBytes: settings.CACHE_MAX_BYTES,
        ttlSeconds: settings.CACHE_TTL_SECONDS,
        // A cache that is down answers misses and drops writes; each failure is said here, never swallowed.
        onError: (error, operation) =>
          log.warn("cache unavailable; going on without it", { operation, error }),
      }),
      ranking: createRankingIndex({
        maxBytes: settings.RANKING_INDEX_MAX_BYTES,
        idleMs: settings.RANKING_INDEX_IDLE_MS,
      }),
      jobVectors: new Map(),
    };
    perSettings.set(settings, shared);
  }
  const vectors = selectVectorStore(clients, settings);
  const owner = shared;
  function vectorsReady() {
    // A dimension mismatch is a configuration error: remembered and reported on every call, not retried.
    owner.ready ??= vectors.ensureCollection(owner.embedder.dimensions).catch((error) => {
      if (!(error instanceof VectorDimensionError)) owner.ready = undefined;
      throw error;
    });
    return owner.ready;
  }
  services = {
    vectors,
    embedder: owner.embedder,
    cache: owner.cache,
    ranking: owner.ranking,
    jobVectors: owner.jobVectors,
    vectorsReady,
    indexWrites: createIndexWrites({
      db: () => clients.db(),
      vectors,
      vectorsReady,
      cache: owner.cache,
      ...(clients.log ? { log: clients.log } : {}),
    }),
  };
  perClients.set(clients, services);
  return services;
}
