// The cache contract shared by its two homes, Redis (ioredis or Upstash) and an in-process LRU.
import type { KeyValueStore } from "../clients/types.ts";
import type { CacheKind } from "../metrics/cache.ts";

export type { CacheKind } from "../metrics/cache.ts";

/**
 * Cached analyses (by content hash) and match and search results, always under a tenant. A cache that
 * is down never fails a request: `get` answers undefined (a miss) and `set`/`delete` do nothing, each
 * reporting the error through `onError`. Only `invalidateResults` throws, because a caller that changed
 * a CV or job must know when old results may still be served.
 */
export interface Cache {
  get<T>(tenantId: string, kind: CacheKind, key: string): Promise<T | undefined>;
  /** stores `value` as JSON; `undefined` is not stored (there is nothing to cache) */
  set(tenantId: string, kind: CacheKind, key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(tenantId: string, kind: CacheKind, key: string): Promise<void>;
  /**
   * makes every cached match and search result of the tenant unreachable (a CV or job changed), in O(1): the
   * tenant's generation is bumped and the old results expire with their TTL. Throws when that may not have
   * happened, so results may be stale. Call it after the change is committed. One race remains: a result
   * computed from data read before the change but stored after this call is kept under the new generation
   * until its TTL ends.
   */
  invalidateResults(tenantId: string): Promise<void>;
  /**
   * invalidates like `invalidateResults` and also removes the tenant's cached results now, so that nothing of a
   * deleted CV stays cached (the tenant's results only; never a scan of the whole cache). Throws like it.
   */
  removeResults(tenantId: string): Promise<void>;
  /** the entry keys stored for a tenant, sorted, for tests that prove a deletion left no trace */
  keysFor(tenantId: string): Promise<string[]>;
}

export type CacheOperation = "get" | "set" | "delete";

export interface CacheOptions {
  /** Redis when configured; null keeps the cache in this process */
  store: KeyValueStore | null;
  /** in-process only: entries kept before the least recently used goes */
  maxEntries: number;
  /**
   * in-process only: the JSON text kept, in bytes (one per character: cached JSON is mostly ASCII, which V8
   * stores one byte a character), before the least recently used goes; unbounded when absent
   */
  maxBytes?: number;
  /** lifetime of an entry unless `set` says otherwise */
  ttlSeconds: number;
  /** the first part of every key; "cv_analyzer" unless given */
  namespace?: string;
  /** hears every error the cache swallowed, for logs */
  onError?: (error: unknown, operation: CacheOperation) => void;
  /** in-process only: the clock for expiry, in milliseconds */
  now?: () => number;
}
