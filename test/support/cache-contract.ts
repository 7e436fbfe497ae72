// The behaviour every cache home must show, as one table of cases run against the in-process LRU,
// a real Redis over ioredis and Redis behind the Upstash REST bridge (imported by their tests).
import { describe, expect, it } from "vitest";
import type { Cache, CacheKind } from "../../shared/cache/types.ts";
import type { KeyValueStore } from "../../shared/clients/types.ts";
import { cacheHits, cacheMisses } from "../../shared/metrics/families.ts";

/** a cache over its own fresh namespace, so cases never see each other's keys */
export type OpenCache = (namespace: string) => Cache;

const analysis = {
  name: "Zoë Müller",
  city: "東京",
  skills: ["Python", "Django"],
  experience: [{ title: "Backend developer", years: 6.5 }],
};
const matches = { matches: [{ cvId: "cv-1", score: 87 }], weights: { semantic: 0.25 } };

const counted = (family: typeof cacheHits, kind: CacheKind) =>
  family.samples().find((sample) => sample.labels.kind === kind)?.value ?? 0;

interface Case {
  name: string;
  run(cache: Cache, ns: string): Promise<void>;
}

const cases: Case[] = [
  {
    name: "misses, then returns what was stored as equal JSON, under the documented key",
    async run(cache, ns) {
      expect(await cache.get("acme", "analysis", "sha256:aa")).toBeUndefined();
      await cache.set("acme", "analysis", "sha256:aa", analysis);
      expect(await cache.get("acme", "analysis", "sha256:aa")).toEqual(analysis);
      expect(await cache.keysFor("acme")).toEqual([`${ns}:{acme}:analysis:sha256:aa`]);
    },
  },
  {
    name: "keeps tenants apart",
    async run(cache) {
      await cache.set("acme", "analysis", "h1", analysis);
      await cache.set("acme", "match", "job-1", matches);
      expect(await cache.get("globex", "analysis", "h1")).toBeUndefined();
      expect(await cache.get("globex", "match", "job-1")).toBeUndefined();
      expect(await cache.keysFor("globex")).toEqual([]);
    },
  },
  {
    name: "keeps kinds apart under one key",
    async run(cache) {
      await cache.set("acme", "search", "q", [1, 2, 3]);
      expect(await cache.get("acme", "match", "q")).toBeUndefined();
      expect(await cache.get("acme", "analysis", "q")).toBeUndefined();
      expect(await cache.get("acme", "search", "q")).toEqual([1, 2, 3]);
    },
  },
  {
    name: "stores results under the tenant's generation and lists them",
    async run(cache, ns) {
      await cache.set("acme", "match", "job-1", matches);
      await cache.set("acme", "search", "python", { results: [] });
      const keys = await cache.keysFor("acme");
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(new RegExp(`^${ns}:\\{acme\\}:match:g\\d+:job-1$`));
      expect(keys[1]).toMatch(new RegExp(`^${ns}:\\{acme\\}:search:g\\d+:python$`));
    },
  },
  {
    name: "deletes one entry of each kind and leaves the others",
    async run(cache, ns) {
      await cache.set("acme", "analysis", "h1", analysis);
      await cache.set("acme", "analysis", "h2", analysis);
      await cache.set("acme", "match", "job-1", matches);
      await cache.delete("acme", "analysis", "h1");
      await cache.delete("acme", "match", "job-1");
      await cache.delete("acme", "search", "never-stored");
      expect(await cache.get("acme", "analysis", "h1")).toBeUndefined();
      expect(await cache.get("acme", "match", "job-1")).toBeUndefined();
      expect(await cache.keysFor("acme")).toEqual([`${ns}:{acme}:analysis:h2`]);
    },
  },
  {
    name: "invalidates every match and search result of one tenant, not its analyses nor other tenants",
    async run(cache, ns) {
      await cache.set("acme", "analysis", "h1", analysis);
      await cache.set("acme", "match", "job-1", matches);
      await cache.set("acme", "search", "python", { results: ["cv-1"] });
      await cache.set("globex", "match", "job-1", matches);
      await cache.invalidateResults("acme");
      expect(await cache.get("acme", "match", "job-1")).toBeUndefined();
      expect(await cache.get("acme", "search", "python")).toBeUndefined();
      expect(await cache.get("acme", "analysis", "h1")).toEqual(analysis);
      expect(await cache.get("globex", "match", "job-1")).toEqual(matches);
      // O(1): the old results are unreachable and left to expire, not looked for
      const keys = await cache.keysFor("acme");
      expect(keys).toContain(`${ns}:{acme}:analysis:h1`);
      expect(keys.filter((k) => k.includes(":match:g") || k.includes(":search:g"))).toHaveLength(2);
      // and new results are cached again, under the new generation
      await cache.set("acme", "match", "job-1", { matches: [] });
      expect(await cache.get("acme", "match", "job-1")).toEqual({ matches: [] });
    },
  },
  {
    name: "removes every match and search result of one tenant, of every generation, and nothing else",
    async run(cache, ns) {
      await cache.set("acme", "analysis", "h1", analysis);
      await cache.set("acme", "match", "job-1", matches);
      await cache.invalidateResults("acme");
      await cache.set("acme", "search", "python", { results: ["cv-1"] });
      await cache.set("globex", "match", "job-1", matches);
      await cache.removeResults("acme");
      expect(await cache.get("acme", "search", "python")).toBeUndefined();
      // the old results are gone, not only unreachable
      expect(await cache.keysFor("acme")).toEqual([`${ns}:{acme}:analysis:h1`]);
      expect(await cache.get("globex", "match", "job-1")).toEqual(matches);
      await cache.set("acme", "match", "job-1", { matches: [] });
      expect(await cache.get("acme", "match", "job-1")).toEqual({ matches: [] });
      await cache.removeResults("initech");
      expect(await cache.keysFor("initech")).toEqual([]);
    },
  },
  {
    name: "invalidates a tenant that has nothing cached",
    async run(cache) {
      await cache.invalidateResults("initech");
      await cache.invalidateResults("initech");
      expect(await cache.keysFor("initech")).toEqual([]);
    },
  },
  {
    name: "encodes tenant ids so that none reaches another tenant's keys",
    async run(cache, ns) {
      await cache.set("a", "analysis", "h", 1);
      await cache.set("ab", "analysis", "h", 2);
      await cache.set("a*", "analysis", "h", 3);
      await cache.set("a}:analysis:h{", "analysis", "h", 4);
      expect(await cache.keysFor("a*")).toEqual([`${ns}:{a*}:analysis:h`]);
      expect(await cache.keysFor("a")).toEqual([`${ns}:{a}:analysis:h`]);
      expect(await cache.get("a}:analysis:h{", "analysis", "h")).toBe(4);
      expect(await cache.keysFor("a}:analysis:h{")).toEqual([`${ns}:{a%7D%3Aanalysis%3Ah%7B}:analysis:h`]);
      await cache.invalidateResults("a*");
      expect(await cache.get("a", "analysis", "h")).toBe(1);
    },
  },
  {
    name: "does not store undefined",
    async run(cache) {
      await cache.set("acme", "analysis", "nothing", undefined);
      expect(await cache.keysFor("acme")).toEqual([]);
    },
  },
  {
    name: "counts hits and misses by kind",
    async run(cache) {
      const before = [counted(cacheHits, "search"), counted(cacheMisses, "search")];
      await cache.get("acme", "search", "q");
      await cache.set("acme", "search", "q", { results: [] });
      await cache.get("acme", "search", "q");
      await cache.get("acme", "search", "q");
      expect([
        counted(cacheHits, "search") - before[0]!,
        counted(cacheMisses, "search") - before[1]!,
      ]).toEqual([2, 1]);
    },
  },
];

let opened = 0;

/**
 * Runs every case against caches made by `open`, each over a namespace starting with `runId`. `open` is
 * called inside the test, after the caller's beforeAll has started its servers.
 */
export function describeCacheContract(
  home: string,
  available: boolean,
  runId: string,
  open: () => OpenCache,
): void {
  describe.skipIf(!available)(`cache contract: ${home}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      opened += 1;
      const ns = `${runId}-${opened}`;
      await c.run(open()(ns), ns);
    });
  });
}

/** a namespace no earlier run used, for tests against a shared Redis */
export const uniqueRunId = () =>
  `cv_analyzer_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

/** removes every key whose name starts with `prefix` (the test run's namespaces) */
export async function removeKeysStartingWith(store: KeyValueStore, prefix: string): Promise<number> {
  const script = `
local page = redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', 500)
local deleted = 0
for _, key in ipairs(page[2]) do deleted = deleted + redis.call('DEL', key) end
return { page[1], deleted }`;
  let cursor = "0";
  let deleted = 0;
  do {
    const [next, count] = (await store.eval(
      script,
      [],
      [cursor, `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`],
    )) as [unknown, number];
    cursor = String(next);
    deleted += Number(count);
  } while (cursor !== "0");
  return deleted;
}
