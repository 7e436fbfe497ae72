// Makes the service's cache: Redis when a store is configured, else the in-process LRU.
import { createLruCache } from "./lru.ts";
import { createRedisCache } from "./redis.ts";
import type { Cache, CacheOptions } from "./types.ts";

export type { Cache, CacheKind, CacheOptions } from "./types.ts";

export function createCache(options: CacheOptions): Cache {
  const { store, ...rest } = options;
  return store ? createRedisCache(store, rest) : createLruCache(rest);
}
