// Index writes after a CV is stored, over the embedded database and its pgvector table: CVs stored together are
// written in one round (one upsert), each caller waits for its own round, and a store that fails leaves the
// rows for the catch-up while the cache is still bumped.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { insertCvRow, resetTenants, unindexedCvIds } from "../../test/support/cv-rows.ts";
import { createLruCache } from "../cache/lru.ts";
import { createEmbedded } from "../clients/embedded.node.ts";
import { migrateToLatest } from "../db/migrations.ts";
import { createPgVectorStore } from "../db/vectors-pgvector.ts";
import type { VectorRecord, VectorStore } from "../vectors/types.ts";
import { createIndexWrites } from "./index-writes.ts";

const embedded = createEmbedded("memory://");
const db = embedded.db;
await migrateToLatest(db);
const store = createPgVectorStore(db);
await store.ensureCollection(3);
afterAll(() => embedded.dependency.close());

const tenants = [
  { id: "acme", name: "Acme" },
  { id: "globex", name: "Globex" },
];
beforeEach(() => resetTenants(db, tenants));

const record = (id: string, tenantId: string, vector = [1, 0, 0]): VectorRecord => ({
  id,
  vector,
  payload: { tenantId, skills: [], years: 1, location: null, language: null, educationLevel: null },
});

/** the real store, with its upsert rounds counted */
function counted(inner: VectorStore) {
  const rounds: number[] = [];
  const wrapped: VectorStore = {
    ...inner,
    upsert: (records) => {
      rounds.push(records.length);
      return inner.upsert(records);
    },
  };
  return { wrapped, rounds };
}

async function seed(ids: [string, string][]) {
  for (const [id, tenant] of ids)
    await insertCvRow(db, { id, tenant, text: id, skills: [], years: 1, location: null });
}

describe("index writes", () => {
  it("writes CVs stored together in one round, marks each indexed, and bumps each tenant's results once", async () => {
    const cvs: [string, string][] = [
      ["a1", "acme"],
      ["a2", "acme"],
      ["a3", "acme"],
      ["g1", "globex"],
    ];
    await seed(cvs);
    const cache = createLruCache({ maxEntries: 100, maxBytes: 1_000_000, ttlSeconds: 60 });
    for (const tenant of ["acme", "globex"]) await cache.set(tenant, "search", "q", { hits: 1 });
    const { wrapped, rounds } = counted(store);
    const writes = createIndexWrites({ db: () => db, vectors: wrapped, vectorsReady: async () => {}, cache });
    await Promise.all(cvs.map(([id, tenant]) => writes.write(tenant, record(id, tenant))));
    expect(rounds).toEqual([4]);
    expect(await unindexedCvIds(db)).toEqual([]);
    expect((await store.search([1, 0, 0], { tenantId: "acme" }, 10)).map((h) => h.id).sort()).toEqual([
      "a1",
      "a2",
      "a3",
    ]);
    for (const tenant of ["acme", "globex"]) expect(await cache.get(tenant, "search", "q")).toBeUndefined();
  });

  it("takes CVs that arrive during a round into the next one, and each caller waits for its own", async () => {
    await seed([
      ["a1", "acme"],
      ["a2", "acme"],
      ["a3", "acme"],
    ]);
    const cache = createLruCache({ maxEntries: 100, maxBytes: 1_000_000, ttlSeconds: 60 });
    const { wrapped, rounds } = counted(store);
    const writes = createIndexWrites({ db: () => db, vectors: wrapped, vectorsReady: async () => {}, cache });
    const first = writes.write("acme", record("a1", "acme"));
    await Promise.resolve();
    await Promise.resolve();
    // the first round has started: these two wait for the next
    const later = [writes.write("acme", record("a2", "acme")), writes.write("acme", record("a3", "acme"))];
    await first;
    await Promise.all(later);
    expect(rounds).toEqual([1, 2]);
    expect(await unindexedCvIds(db)).toEqual([]);
  });

  it("rejects every CV of a round the store refused, leaves them for the catch-up, and still bumps the cache", async () => {
    await seed([
      ["a1", "acme"],
      ["a2", "acme"],
    ]);
    const cache = createLruCache({ maxEntries: 100, maxBytes: 1_000_000, ttlSeconds: 60 });
    await cache.set("acme", "search", "q", { hits: 1 });
    const writes = createIndexWrites({ db: () => db, vectors: store, vectorsReady: async () => {}, cache });
    // a vector of the wrong size: the pgvector store refuses the whole upsert
    const results = await Promise.allSettled([
      writes.write("acme", record("a1", "acme")),
      writes.write("acme", record("a2", "acme", [1, 0])),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await unindexedCvIds(db)).toEqual(["a1", "a2"]);
    expect(await cache.get("acme", "search", "q")).toBeUndefined();
  });
});
