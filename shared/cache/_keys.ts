// The key layout shared by both cache homes, so that keysFor answers the same strings everywhere:
//   <namespace>:{<tenant>}:analysis:<key>
//   <namespace>:{<tenant>}:<match|search>:g<generation>:<key>
//   <namespace>:{<tenant>}:generation
//   <namespace>:{<tenant>}:results      (Redis: a sorted set of the result keys, scored by expiry time)
// The braces make the tenant a Redis Cluster hash tag: one tenant's keys share a slot, so a script may
// touch several of them. The tenant is URI-encoded so that no id can reach into another tenant's keys.
import type { CacheKind } from "./types.ts";

export const defaultNamespace = "cv_analyzer";

export function tenantPrefix(namespace: string, tenantId: string): string {
  if (!tenantId) throw new Error("a cache key needs a tenant");
  return `${namespace}:{${encodeURIComponent(tenantId)}}:`;
}

export const generationKey = (prefix: string) => `${prefix}generation`;

/** where Redis lists a tenant's result keys, so that deleting a CV can remove them without a SCAN */
export const resultIndexKey = (prefix: string) => `${prefix}results`;

/** results of these kinds die with the tenant's generation; analyses depend only on the file's bytes */
export const isResultKind = (kind: CacheKind): kind is "match" | "search" => kind !== "analysis";

export const resultKinds = ["match", "search"] as const;

/** the part of a result key before its generation number */
export const resultPrefix = (prefix: string, kind: "match" | "search") => `${prefix}${kind}:g`;

export const analysisKey = (prefix: string, key: string) => `${prefix}analysis:${key}`;

/** escapes glob characters for a SCAN MATCH pattern */
export const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
