// The behaviour every VectorStore must show, as one vitest suite run against each implementation
// (pgvector on PGlite and PostgreSQL, the Qdrant emulator, a real Qdrant).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  UPSERT_BATCH_SIZE,
  VectorDimensionError,
  type VectorFilter,
  type VectorPayload,
  type VectorRecord,
  type VectorStore,
} from "../../shared/vectors/types.ts";

export interface ContractSubject {
  /** a store over an empty or throw-away collection; the suite calls ensureCollection itself */
  store: VectorStore;
  close(): Promise<void>;
}

const DIMENSIONS = 3;

// A fresh tenant per test keeps the tests independent while they share one collection.
const run = Math.random().toString(36).slice(2, 8);
let tenants = 0;
const newTenant = (label: string) => `tenant-${run}-${label}-${++tenants}`;

const payload = (tenantId: string, fields: Partial<VectorPayload> = {}): VectorPayload => ({
  tenantId,
  skills: [],
  years: 0,
  location: null,
  language: null,
  educationLevel: null,
  ...fields,
});

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

export function describeVectorStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`VectorStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: VectorStore;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
      await store.ensureCollection(DIMENSIONS);
    });
    afterAll(async () => {
      await subject?.close();
    });

    it("ensureCollection is idempotent", async () => {
      await store.ensureCollection(DIMENSIONS);
      await store.ensureCollection(DIMENSIONS);
      const tenantId = newTenant("idempotent");
      await store.upsert([{ id: "cv-1", vector: [1, 0, 0], payload: payload(tenantId) }]);
      await store.ensureCollection(DIMENSIONS);
      expect(await store.count(tenantId)).toBe(1);
    });

    it("refuses another dimension, for the collection and for single vectors", async () => {
      const mismatch = await store.ensureCollection(DIMENSIONS + 1).catch((error: unknown) => error);
      expect(mismatch).toBeInstanceOf(VectorDimensionError);
      expect(mismatch).toMatchObject({ expected: 3, actual: 4 });
      const tenantId = newTenant("dimension");
      await expect(
        store.upsert([{ id: "cv-1", vector: [1, 0, 0, 0], payload: payload(tenantId) }]),
      ).rejects.toBeInstanceOf(VectorDimensionError);
      await expect(store.search([1, 0], { tenantId }, 5)).rejects.toBeInstanceOf(VectorDimensionError);
      expect(await store.count(tenantId)).toBe(0);
    });

    it("ranks the closest first with cosine similarity", async () => {
      const tenantId = newTenant("ranking");
      const records: VectorRecord[] = [
        { id: "a", vector: [2, 0, 0], payload: payload(tenantId) },
        { id: "b", vector: [3, 4, 0], payload: payload(tenantId) },
        { id: "c", vector: [0, 5, 0], payload: payload(tenantId) },
        { id: "d", vector: [-4, -3, 0], payload: payload(tenantId) },
      ];
      await store.upsert(records);
      const cases: { query: number[]; limit: number; expected: [string, number][] }[] = [
        {
          query: [1, 0, 0],
          limit: 10,
          expected: [
            ["a", 1],
            ["b", 0.6],
            ["c", 0],
            ["d", -0.8],
          ],
        },
        {
          query: [7, 0, 0],
          limit: 2,
          expected: [
            ["a", 1],
            ["b", 0.6],
          ],
        },
        {
          query: [0, 1, 0],
          limit: 10,
          expected: [
            ["c", 1],
            ["b", 0.8],
            ["a", 0],
            ["d", -0.6],
          ],
        },
      ];
      for (const { query, limit, expected } of cases) {
        const hits = await store.search(query, { tenantId }, limit);
        expect(ids(hits), `query ${query}`).toEqual(expected.map(([id]) => id));
        for (const [i, hit] of hits.entries())
          expect(hit.score, `${hit.id} for ${query}`).toBeCloseTo(expected[i][1], 5);
      }
      // orthogonal to every stored vector: all score 0, and the limit still holds
      const orthogonal = await store.search([0, 0, 1], { tenantId }, 2);
      expect(orthogonal).toHaveLength(2);
      for (const hit of orthogonal) expect(hit.score).toBeCloseTo(0, 5);
      expect(await store.search([1, 0, 0], { tenantId }, 0)).toEqual([]);
    });

    it("applies every filter: skills (all of), minYears, location, language, ids", async () => {
      const tenantId = newTenant("filters");
      await store.upsert([
        {
          id: "p1",
          vector: [1, 0, 0],
          payload: payload(tenantId, {
            skills: ["TypeScript", "React"],
            years: 6,
            location: "Berlin, Germany",
            language: "en",
          }),
        },
        {
          id: "p2",
          vector: [4, 3, 0],
          payload: payload(tenantId, {
            skills: ["typescript"],
            years: 2,
            location: "Berlin",
            language: "de",
          }),
        },
        {
          id: "p3",
          vector: [3, 4, 0],
          payload: payload(tenantId, {
            skills: ["Python", "React"],
            years: 10,
            location: "New York, NY",
            language: "EN",
          }),
        },
        { id: "p4", vector: [0, 1, 0], payload: payload(tenantId) },
      ]);
      const cases: [Omit<VectorFilter, "tenantId">, string[]][] = [
        [{}, ["p1", "p2", "p3", "p4"]],
        [{ skills: [] }, ["p1", "p2", "p3", "p4"]],
        [{ skills: ["typescript"] }, ["p1", "p2"]],
        [{ skills: ["TypeScript", "react"] }, ["p1"]],
        [{ skills: ["React"] }, ["p1", "p3"]],
        [{ skills: ["Go"] }, []],
        [{ minYears: 0 }, ["p1", "p2", "p3", "p4"]],
        [{ minYears: 6 }, ["p1", "p3"]],
        [{ minYears: 6.5 }, ["p3"]],
        [{ minYears: 11 }, []],
        [{ location: "berlin" }, ["p1", "p2"]],
        [{ location: "Berlin, Germany" }, ["p1"]],
        [{ location: "berlin,germany" }, ["p1"]],
        [{ location: "  NEW   York " }, ["p3"]],
        [{ location: "ber" }, []],
        [{ location: "germany" }, ["p1"]],
        [{ location: "GERMANY" }, ["p1"]],
        [{ location: "germany berlin" }, []],
        [{ location: "york" }, ["p3"]],
        [{ language: "en" }, ["p1", "p3"]],
        [{ language: "EN" }, ["p1", "p3"]],
        [{ language: "fr" }, []],
        [{ ids: ["p2", "p4"] }, ["p2", "p4"]],
        [{ ids: ["p4", "unknown"] }, ["p4"]],
        [{ ids: [] }, []],
        [{ skills: ["react"], minYears: 5, location: "Berlin", language: "en" }, ["p1"]],
        [{ skills: ["react"], minYears: 5, location: "Berlin", language: "de" }, []],
      ];
      for (const [filter, expected] of cases) {
        const hits = await store.search([1, 0, 0], { tenantId, ...filter }, 10);
        expect(ids(hits), JSON.stringify(filter)).toEqual(expected);
      }
    });

    it("isolates tenants in search, count, existing and delete", async () => {
      const a = newTenant("a");
      const b = newTenant("b");
      await store.upsert([
        { id: "x1", vector: [1, 0, 0], payload: payload(a, { skills: ["SQL"] }) },
        { id: "x2", vector: [0, 1, 0], payload: payload(a) },
        { id: "y1", vector: [0, 0, 1], payload: payload(b) },
      ]);
      expect(ids(await store.search([1, 0, 0], { tenantId: b }, 10))).toEqual(["y1"]);
      expect(ids(await store.search([1, 0, 0], { tenantId: b, ids: ["x1", "x2"] }, 10))).toEqual([]);
      expect(ids(await store.search([1, 0, 0], { tenantId: b, skills: ["SQL"] }, 10))).toEqual([]);
      expect(await store.count(a)).toBe(2);
      expect(await store.count(b)).toBe(1);
      expect(await store.existing(b, ["x1", "x2", "y1"])).toEqual(["y1"]);
      await store.delete(b, ["x1", "x2"]);
      expect((await store.existing(a, ["x1", "x2"])).sort()).toEqual(["x1", "x2"]);
      // the same CV id under two tenants is two points: neither overwrites nor deletes the other
      await store.upsert([{ id: "x1", vector: [0, 0, 1], payload: payload(b) }]);
      expect(ids(await store.search([1, 0, 0], { tenantId: a }, 1))).toEqual(["x1"]);
      expect((await store.search([1, 0, 0], { tenantId: a }, 1))[0].score).toBeCloseTo(1, 5);
      await store.delete(b, ["x1"]);
      expect(await store.existing(a, ["x1"])).toEqual(["x1"]);
      expect(await store.count(a)).toBe(2);
      expect(await store.count(b)).toBe(1);
    });

    it("replaces a record on upsert with the same id", async () => {
      const tenantId = newTenant("replace");
      await store.upsert([
        { id: "r1", vector: [1, 0, 0], payload: payload(tenantId, { skills: ["Java"], years: 3 }) },
      ]);
      await store.upsert([
        { id: "r1", vector: [0, 1, 0], payload: payload(tenantId, { skills: ["Kotlin"], years: 8 }) },
      ]);
      expect(await store.count(tenantId)).toBe(1);
      const [hit] = await store.search([1, 0, 0], { tenantId }, 5);
      expect(hit.id).toBe("r1");
      expect(hit.score).toBeCloseTo(0, 5);
      expect(ids(await store.search([1, 0, 0], { tenantId, skills: ["Java"] }, 5))).toEqual([]);
      expect(ids(await store.search([1, 0, 0], { tenantId, skills: ["Kotlin"], minYears: 8 }, 5))).toEqual([
        "r1",
      ]);
    });

    it("deletes so that existing() finds nothing afterwards", async () => {
      const tenantId = newTenant("delete");
      await store.upsert(
        ["d1", "d2", "d3"].map((id, i) => ({ id, vector: [1, i, 0], payload: payload(tenantId) })),
      );
      await store.delete(tenantId, ["d1", "d3", "never-stored"]);
      await store.delete(tenantId, []);
      expect(await store.existing(tenantId, ["d1", "d3"])).toEqual([]);
      expect(await store.existing(tenantId, ["d1", "d2", "d3"])).toEqual(["d2"]);
      expect(await store.existing(tenantId, [])).toEqual([]);
      expect(await store.count(tenantId)).toBe(1);
      expect(ids(await store.search([1, 0, 0], { tenantId }, 10))).toEqual(["d2"]);
    });

    it("writes batches larger than one upsert call, and filtered search still finds a small tenant", async () => {
      const big = newTenant("big");
      const small = newTenant("small");
      const size = UPSERT_BATCH_SIZE * 2 + 88;
      // spread over a quarter circle so each record has its own direction
      const records: VectorRecord[] = Array.from({ length: size }, (_, i) => {
        const angle = (i / size) * (Math.PI / 2);
        return {
          id: `big-${i}`,
          vector: [Math.cos(angle), Math.sin(angle), 0],
          payload: payload(big, { years: i % 7 }),
        };
      });
      await store.upsert(records);
      await store.upsert([
        { id: "s1", vector: [0, 0, 1], payload: payload(small) },
        { id: "s2", vector: [0, 1, 1], payload: payload(small) },
      ]);
      expect(await store.count(big)).toBe(size);
      const present = await store.existing(
        big,
        records.map((r) => r.id),
      );
      expect(present.length).toBe(size);
      expect(new Set(present)).toEqual(new Set(records.map((r) => r.id)));
      expect(ids(await store.search([1, 0, 0], { tenantId: big }, 3))).toEqual(["big-0", "big-1", "big-2"]);
      expect(ids(await store.search([1, 0, 0], { tenantId: big, minYears: 6 }, 2))).toEqual([
        "big-6",
        "big-13",
      ]);
      expect(ids(await store.search([0, 1, 0], { tenantId: small }, 10))).toEqual(["s2", "s1"]);
    });
  });
}
