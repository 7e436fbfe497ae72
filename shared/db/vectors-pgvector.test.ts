// The VectorStore contract against pgvector: on PGlite always, on PostgreSQL when TEST_DATABASE_URL has the extension.
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { requireIntegration, testDatabaseUrl } from "../../test/support/integration.ts";
import { createScratchDatabase } from "../../test/support/postgres.ts";
import { describeVectorStoreContract } from "../../test/support/vector-store-contract.ts";
import { definePGliteDialect } from "../clients/pglite-dialect.ts";
import { VectorDimensionError, VectorStoreError } from "../vectors/types.ts";
import type { Database } from "./schema.ts";
import { createPgVectorStore } from "./vectors-pgvector.ts";

// One PGlite for the file: starting one is the slow part of these tests.
const pglite = await PGlite.create({ extensions: { vector } });
const embedded = new Kysely<Database>({ dialect: definePGliteDialect(pglite) });

describeVectorStoreContract("pgvector on PGlite", async () => ({
  store: createPgVectorStore(embedded),
  close: async () => {},
}));

describe("pgvector table", () => {
  afterAll(() => embedded.destroy());

  it("keeps its dimension across store instances and refuses another one", async () => {
    await createPgVectorStore(embedded).ensureCollection(3);
    const later = createPgVectorStore(embedded);
    await expect(later.ensureCollection(8)).rejects.toThrow(
      new VectorDimensionError("pgvector table cv_vectors", 3, 8).message,
    );
    await later.ensureCollection(3);
    expect(await later.count("tenant-without-vectors")).toBe(0);
  });

  it("serves stores made later (one per request) from the table made at start-up", async () => {
    await createPgVectorStore(embedded).ensureCollection(3);
    const perRequest = createPgVectorStore(embedded);
    await perRequest.upsert([
      {
        id: "later",
        vector: [0, 0, 2],
        payload: {
          tenantId: "t-later",
          skills: [],
          years: 1,
          location: null,
          language: null,
          educationLevel: null,
        },
      },
    ]);
    expect(await createPgVectorStore(embedded).search([0, 0, 1], { tenantId: "t-later" }, 5)).toEqual([
      { id: "later", score: 1 },
    ]);
  });

  it("finds a table made at an earlier start with one read, and makes again an index that went missing", async () => {
    await createPgVectorStore(embedded).ensureCollection(3);
    const statements: string[] = [];
    // a second Kysely over the same PGlite: a later process start, whose stores know nothing yet
    const later = new Kysely<Database>({
      dialect: definePGliteDialect(pglite),
      log: (event) => {
        statements.push(event.query.sql);
      },
    });
    await createPgVectorStore(later).ensureCollection(3);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*select/);

    await sql`drop index cv_vectors_skills`.execute(embedded);
    statements.length = 0;
    const after = new Kysely<Database>({
      dialect: definePGliteDialect(pglite),
      log: (event) => {
        statements.push(event.query.sql);
      },
    });
    await createPgVectorStore(after).ensureCollection(3);
    expect(statements.some((q) => q.includes("create index if not exists cv_vectors_skills"))).toBe(true);
    const { rows } = await sql`select to_regclass('cv_vectors_skills') is not null as found`.execute(
      embedded,
    );
    expect(rows).toEqual([{ found: true }]);
    // and a different size is still refused, by the full check behind the quick one
    await expect(createPgVectorStore(after).ensureCollection(8)).rejects.toThrow(
      new VectorDimensionError("pgvector table cv_vectors", 3, 8).message,
    );
  });

  it("must be ensured once before use", async () => {
    const fresh = await PGlite.create({ extensions: { vector } });
    const db = new Kysely<Database>({ dialect: definePGliteDialect(fresh) });
    try {
      await expect(createPgVectorStore(db).count("t")).rejects.toThrow(
        new VectorStoreError(
          "pgvector",
          "use",
          "no cv_vectors table yet: ensureCollection(dimensions) creates it",
        ),
      );
    } finally {
      await db.destroy();
    }
  }, 120_000); // a second PGlite: slow to start on a busy machine
});

/** A database of its own for this file on the server TEST_DATABASE_URL names, and whether it offers pgvector. */
async function scratchDatabase(baseUrl: string) {
  const scratch = await createScratchDatabase(baseUrl, "vectors");
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: scratch.url, max: 4 }) }),
  });
  const available = await sql`select 1 from pg_available_extensions where name = 'vector'`.execute(db);
  return {
    db,
    hasVector: available.rows.length === 1,
    async drop() {
      await db.destroy();
      await scratch.drop();
    },
  };
}

const postgres = testDatabaseUrl ? await scratchDatabase(testDatabaseUrl) : null;
const skipReason = !postgres
  ? "pgvector on PostgreSQL: skipped, set TEST_DATABASE_URL (or DATABASE_URL) to run it against a real server"
  : !postgres.hasVector
    ? "pgvector on PostgreSQL: skipped, the server at TEST_DATABASE_URL has no vector extension (install pgvector, e.g. apt-get install postgresql-15-pgvector where packaged)"
    : null;

if (skipReason === null && postgres) {
  describeVectorStoreContract("pgvector on PostgreSQL", async () => ({
    store: createPgVectorStore(postgres.db),
    close: postgres.drop,
  }));
} else {
  describe("pgvector on PostgreSQL", () => {
    // CI must reach a PostgreSQL; pgvector itself is optional there (Debian bookworm does not package it), so a
    // server without the extension skips the contract and runs the "say what to install" test below instead.
    if (requireIntegration && !postgres) {
      it("runs (REQUIRE_INTEGRATION=1 forbids skipping)", () => {
        throw new Error(skipReason ?? "");
      });
    } else {
      console.warn(skipReason);
      // skipped on purpose: skipReason says which server or extension is missing
      it.skip(skipReason ?? "", () => {});
    }
    if (postgres && !postgres.hasVector) {
      it("says to install pgvector or set QDRANT_URL when the server lacks the extension", async () => {
        try {
          const failure = await createPgVectorStore(postgres.db)
            .ensureCollection(3)
            .catch((error: unknown) => error);
          expect(failure).toBeInstanceOf(VectorStoreError);
          expect((failure as Error).message).toMatch(
            /no pgvector extension; install it .* or set QDRANT_URL/,
          );
        } finally {
          await postgres.drop();
        }
      });
    }
  });
}
