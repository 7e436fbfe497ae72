// The in-process cache: a least-recently-used map bounded by CACHE_MAX_ENTRIES and CACHE_MAX_BYTES, entries
// living CACHE_TTL_SECONDS. Used in embedded mode and whenever no Redis is configured.
import { recordCacheEviction, recordCacheHit, recordCacheMiss } from "../metrics/cache.ts";
import {
  analysisKey,
  defaultNamespace,
  generationKey,
  isResultKind,
  resultKinds,
  resultPrefix,
  tenantPrefix,
} from "./_keys.ts";
import type { Cache, CacheKind, CacheOptions } from "./types.ts";

interface Entry {
  /** JSON, as Redis would hold it: a caller can never mutate what another caller gets */
  json: string;
  kind: CacheKind;
  expiresAt: number;
}

export function createLruCache(options: Omit<CacheOptions, "store">): Cache {
  const { maxEntries, ttlSeconds, namespace = defaultNamespace, now = Date.now } = options;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new Error(`cache: maxEntries must be >= 1, got ${maxEntries}`);
  // A Map iterates in insertion order: re-inserting on every read keeps the least recently used first.
  const entries = new Map<string, Entry>();
  // what the entries' JSON holds, kept in step with every insertion and removal
  let bytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.json.length;
  };
  // Generations are never evicted: a tenant's counter is a few bytes, and losing it would revive old results.
  const generations = new Map<string, number>();

  // O(1): older results become unreachable; the LRU and their TTL drop them.
  const bump = (tenantId: string) => {
    const generation = generationKey(tenantPrefix(namespace, tenantId));
    generations.set(generation, (generations.get(generation) ?? 0) + 1);
  };

  const keyOf = (tenantId: string, kind: CacheKind, key: string) => {
    const prefix = tenantPrefix(namespace, tenantId);
    if (!isResultKind(kind)) return analysisKey(prefix, key);
    return `${resultPrefix(prefix, kind)}${generations.get(generationKey(prefix)) ?? 0}:${key}`;
  };

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      remove(key);
      return undefined;
    }
    return entry;
  };

  return {
    async get<T>(tenantId: string, kind: CacheKind, key: string) {
      const fullKey = keyOf(tenantId, kind, key);
      const entry = live(fullKey);
      if (!entry) {
        recordCacheMiss(kind);
        return undefined;
      }
      entries.delete(fullKey);
      entries.set(fullKey, entry);
      recordCacheHit(kind);
      return JSON.parse(entry.json) as T;
    },

    async set(tenantId, kind, key, value, ttl = ttlSeconds) {
      const json = JSON.stringify(value);
      if (json === undefined) return;
      const fullKey = keyOf(tenantId, kind, key);
      remove(fullKey);
      // one value larger than the whole budget would only push everything else out
      if (json.length > maxBytes) return;
      entries.set(fullKey, { json, kind, expiresAt: now() + ttl * 1000 });
      bytes += json.length;
      while (entries.size > maxEntries || bytes > maxBytes) {
        const [oldestKey, oldest] = entries.entries().next().value as [string, Entry];
        remove(oldestKey);
        recordCacheEviction(oldest.kind);
      }
    },

    async delete(tenantId, kind, key) {
      remove(keyOf(tenantId, kind, key));
    },

    async invalidateResults(tenantId) {
      bump(tenantId);
    },

    async removeResults(tenantId) {
      bump(tenantId);
      const prefix = tenantPrefix(namespace, tenantId);
      const results = resultKinds.map((kind) => resultPrefix(prefix, kind));
      for (const key of [...entries.keys()]) if (results.some((p) => key.startsWith(p))) remove(key);
    },

    async keysFor(tenantId) {
      const prefix = tenantPrefix(namespace, tenantId);
      return [...entries.keys()].filter((key) => key.startsWith(prefix) && live(key)).sort();
    },
  };
}
