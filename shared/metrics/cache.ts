// What the cache reports: hits, misses and evictions per kind of cached result.
import { cacheEvictions, cacheHits, cacheMisses } from "./families.ts";

/** the kinds of cached result; a fixed set so that the kind label stays small */
export type CacheKind = "analysis" | "match" | "search";

export function recordCacheHit(kind: CacheKind): void {
  cacheHits.inc({ kind });
}

export function recordCacheMiss(kind: CacheKind): void {
  cacheMisses.inc({ kind });
}

export function recordCacheEviction(kind: CacheKind, count = 1): void {
  cacheEvictions.inc({ kind }, count);
}
