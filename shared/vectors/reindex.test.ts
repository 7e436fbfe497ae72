// Reindexing from the cvs table: every CV, one tenant's, and the catch-up of CVs written while the store was down.
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { Kysely } from "kysely";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CvRowSeed,
  editCvText,
  emptyPgVectorTable,
  insertCvRow,
  resetTenants,
  unindexedCvIds,
} from "../../test/support/cv-rows.ts";
import { startQdrantEmulator } from "../../test/support/qdrant-emulator/qdrant-emulator.ts";
import { definePGliteDialect } from "../clients/pglite-dialect.ts";
import { createQdrant } from "../clients/qdrant.ts";
import { loadSettings } from "../config/settings.ts";
import { migrateToLatest } from "../db/migrations.ts";
import type { Database } from "../db/schema.ts";
import { createPgVectorStore } from "../db/vectors-pgvector.ts";
import { createBuiltinEmbedder } from "../embeddings/builtin.ts";
import { createQdrantVectorStore } from "./qdrant.ts";
import { reindexVectors } from "./reindex.ts";
import { VectorStoreError } from "./types.ts";

const pglite = await PGlite.create({ extensions: { vector } });
const db = new Kysely<Database>({ dialect: definePGliteDialect(pglite) });
await migrateToLatest(db);
const embedder = createBuiltinEmbedder(64);

const cvs = [
  {
    id: "cv-ada",
    tenant: "acme",
    text: "Senior TypeScript engineer, React and Node.js, Berlin",
    skills: ["TypeScript", "React"],
    years: 8,
    location: "Berlin, Germany",
  },
  {
    id: "cv-bob",
    tenant: "acme",
    text: "Python data scientist, pandas, machine learning",
    skills: ["Python"],
    years: 4,
    location: "Munich",
  },
  {
    id: "cv-cy",
    tenant: "acme",
    text: "Java backend developer, Spring Boot, Kafka",
    skills: ["Java"],
    years: 12,
    location: null,
  },
  {
    id: "cv-dee",
    tenant: "globex",
    text: "Registered nurse, intensive care, patient care",
    skills: [],
    years: 6,
    location: "Berlin",
  },
  {
    id: "cv-eve",
    tenant: "globex",
    text: "Accountant, IFRS, financial statements",
    skills: ["Accounting"],
    years: 3,
    location: "Paris",
  },
];

const insertCv = (cv: CvRowSeed) => insertCvRow(db, cv);
const unindexed = () => unindexedCvIds(db);

beforeEach(() =>
  resetTenants(db, [
    { id: "acme", name: "Acme" },
    { id: "globex", name: "Globex" },
  ]),
);
afterAll(() => db.destroy());

describe("reindexVectors", () => {
  it("indexes every CV in batches, marks them indexed, and makes them findable by their text", async () => {
    const store = createPgVectorStore(db);
    await store.ensureCollection(embedder.dimensions);
    await emptyPgVectorTable(db);
    for (const cv of cvs) await insertCv(cv);
    const progress: number[] = [];
    const report = await reindexVectors({
      db,
      store,
      embed: (t) => embedder.embed(t),
      batchSize: 2,
      onBatch: (p) => progress.push(p.indexed),
    });
    expect(report).toEqual({ indexed: 5, changedMeanwhile: 0, batches: 3 });
    expect(progress).toEqual([2, 4, 5]);
    expect(await unindexed()).toEqual([]);
    expect(await store.count("acme")).toBe(3);
    expect(await store.count("globex")).toBe(2);
    const [query] = await embedder.embed(["Python machine learning"]);
    expect((await store.search(query, { tenantId: "acme" }, 1))[0].id).toBe("cv-bob");
    expect(
      (
        await store.search(query, { tenantId: "acme", location: "berlin", skills: ["react"], minYears: 5 }, 3)
      ).map((h) => h.id),
    ).toEqual(["cv-ada"]);
  });

  it("limits itself to one tenant, and to CVs not yet indexed", async () => {
    const store = createPgVectorStore(db);
    await store.ensureCollection(embedder.dimensions);
    await emptyPgVectorTable(db);
    for (const cv of cvs) await insertCv(cv);
    const embed = (t: string[]) => embedder.embed(t);
    expect(await reindexVectors({ db, store, embed, tenantId: "globex", batchSize: 10 })).toEqual({
      indexed: 2,
      changedMeanwhile: 0,
      batches: 1,
    });
    expect(await unindexed()).toEqual(["cv-ada", "cv-bob", "cv-cy"]);
    expect(await store.count("acme")).toBe(0);
    expect(await reindexVectors({ db, store, embed, onlyMissing: true, batchSize: 10 })).toEqual({
      indexed: 3,
      changedMeanwhile: 0,
      batches: 1,
    });
    expect(await reindexVectors({ db, store, embed, onlyMissing: true, batchSize: 10 })).toEqual({
      indexed: 0,
      changedMeanwhile: 0,
      batches: 0,
    });
    // a full rebuild writes everything again
    expect((await reindexVectors({ db, store, embed, batchSize: 10 })).indexed).toBe(5);
  });

  it("catches up after the vector store was down, without losing a CV", async () => {
    const emulator = await startQdrantEmulator();
    try {
      const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
      const store = createQdrantVectorStore(handle, {
        collection: "reindex",
        shards: 1,
        replicationFactor: 1,
      });
      await store.ensureCollection(embedder.dimensions);
      const embed = (t: string[]) => embedder.embed(t);
      for (const cv of cvs.slice(0, 2)) await insertCv(cv);

      emulator.unavailable = true;
      const failure = await reindexVectors({ db, store, embed, onlyMissing: true, batchSize: 10 }).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(VectorStoreError);
      expect((failure as Error).message).toBe("qdrant upsert failed: HTTP 503: Service Unavailable");
      expect(await unindexed()).toEqual(["cv-ada", "cv-bob"]);

      emulator.unavailable = false;
      for (const cv of cvs.slice(2)) await insertCv(cv);
      expect(await reindexVectors({ db, store, embed, onlyMissing: true, batchSize: 2 })).toEqual({
        indexed: 5,
        changedMeanwhile: 0,
        batches: 3,
      });
      expect(await unindexed()).toEqual([]);
      expect((await store.existing("acme", ["cv-ada", "cv-bob", "cv-cy", "cv-dee"])).sort()).toEqual([
        "cv-ada",
        "cv-bob",
        "cv-cy",
      ]);
      expect((await store.existing("globex", ["cv-dee", "cv-eve"])).sort()).toEqual(["cv-dee", "cv-eve"]);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it("leaves a CV edited while its batch was in flight unindexed, for the next run", async () => {
    const store = createPgVectorStore(db);
    await store.ensureCollection(embedder.dimensions);
    for (const cv of cvs.slice(0, 2)) await insertCv(cv);
    const report = await reindexVectors({
      db,
      store,
      batchSize: 10,
      // the edit lands between the read and the marking, as a concurrent upload would
      embed: async (texts) => {
        await editCvText(db, "cv-bob", "Python and Rust");
        return embedder.embed(texts);
      },
    });
    expect(report).toEqual({ indexed: 2, changedMeanwhile: 1, batches: 1 });
    expect(await unindexed()).toEqual(["cv-bob"]);
  });
});
