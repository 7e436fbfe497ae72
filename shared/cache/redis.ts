// The cache over Redis (a KeyValueStore: ioredis on Node, Upstash REST on the edge). Match and search
// results live under the tenant's generation; bumping it (one INCR) makes them unreachable at once everywhere,
// and they expire with their TTL. Deleting a CV also removes them, through the tenant's result index.
import type { KeyValueStore } from "../clients/types.ts";
import { recordCacheHit, recordCacheMiss } from "../metrics/cache.ts";
import {
  analysisKey,
  defaultNamespace,
  escapeGlob,
  generationKey,
  isResultKind,
  resultIndexKey,
  resultPrefix,
  tenantPrefix,
} from "./_keys.ts";
import { bumpGeneration, deleteResult, getResult, removeResults, scanStep, setResult } from "./_scripts.ts";
import type { Cache, CacheKind, CacheOptions } from "./types.ts";

export function createRedisCache(store: KeyValueStore, options: Omit<CacheOptions, "store" | "now">): Cache {
  const { ttlSeconds, namespace = defaultNamespace, onError = () => {} } = options;

  /** walks SCAN with `step` until the cursor comes back to 0, handing each page's payload to `page` */
  async function scan(pattern: string, script: string, extra: string[], page: (payload: unknown) => void) {
    let cursor = "0";
    do {
      const [next, payload] = (await store.eval(script, [], [cursor, pattern, ...extra])) as [
        unknown,
        unknown,
      ];
      cursor = String(next);
      page(payload);
    } while (cursor !== "0");
  }

  return {
    async get<T>(tenantId: string, kind: CacheKind, key: string) {
      const prefix = tenantPrefix(namespace, tenantId);
      let json: unknown;
      try {
        json = isResultKind(kind)
          ? await store.eval(getResult, [generationKey(prefix)], [resultPrefix(prefix, kind), key])
          : await store.get(analysisKey(prefix, key));
        if (typeof json === "string") {
          const value = JSON.parse(json) as T;
          recordCacheHit(kind);
          return value;
        }
      } catch (error) {
        onError(error, "get");
      }
      recordCacheMiss(kind);
      return undefined;
    },

    async set(tenantId, kind, key, value, ttl = ttlSeconds) {
      const json = JSON.stringify(value);
      if (json === undefined) return;
      const prefix = tenantPrefix(namespace, tenantId);
      // Redis expiry is in whole seconds; a fraction rounds up rather than to "no expiry".
      const seconds = Math.max(1, Math.ceil(ttl));
      try {
        if (isResultKind(kind))
          await store.eval(
            setResult,
            [generationKey(prefix), resultIndexKey(prefix)],
            [resultPrefix(prefix, kind), key, json, seconds],
          );
        else await store.set(analysisKey(prefix, key), json, seconds);
      } catch (error) {
        onError(error, "set");
      }
    },

    async delete(tenantId, kind, key) {
      const prefix = tenantPrefix(namespace, tenantId);
      try {
        if (isResultKind(kind))
          await store.eval(deleteResult, [generationKey(prefix)], [resultPrefix(prefix, kind), key]);
        else await store.del(analysisKey(prefix, key));
      } catch (error) {
        onError(error, "delete");
      }
    },

    async invalidateResults(tenantId) {
      const prefix = tenantPrefix(namespace, tenantId);
      try {
        await store.eval(bumpGeneration, [generationKey(prefix)], []);
      } catch (error) {
        throw staleResults(tenantId, error);
      }
    },

    async removeResults(tenantId) {
      const prefix = tenantPrefix(namespace, tenantId);
      try {
        await store.eval(removeResults, [generationKey(prefix), resultIndexKey(prefix)], []);
      } catch (error) {
        throw staleResults(tenantId, error);
      }
    },

    async keysFor(tenantId) {
      const prefix = tenantPrefix(namespace, tenantId);
      const keys = new Set<string>();
      // SCAN may return a key twice; the set keeps one.
      await scan(`${escapeGlob(prefix)}*`, scanStep, [], (payload) => {
        for (const key of payload as string[]) keys.add(key);
      });
      keys.delete(generationKey(prefix));
      keys.delete(resultIndexKey(prefix));
      return [...keys].sort();
    },
  };
}

const staleResults = (tenantId: string, error: unknown) =>
  new Error(
    `cache: could not invalidate the cached results of tenant ${JSON.stringify(tenantId)}; ` +
      `match and search results may be stale until they expire: ${(error as Error).message}`,
    { cause: error },
  );
