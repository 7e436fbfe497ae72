// The VectorStore over pgvector in the service's own database (PGlite embedded, or PostgreSQL with the extension).
// It lives with the other SQL; shared/vectors/select.ts picks it. The table is made here rather than in the
// migrations because its vector size is only known at run time.
import { type Kysely, sql } from "kysely";
import { filterTerm, locationKeys, skillKeys } from "../matching/cv-filter.ts";
import {
  checkVector,
  UPSERT_BATCH_SIZE,
  VectorDimensionError,
  type VectorFilter,
  type VectorHit,
  type VectorStore,
  VectorStoreError,
} from "../vectors/types.ts";
import { cvFilterSql } from "./cv-filter.ts";
import type { Database } from "./schema.ts";

const table = "cv_vectors";

/** pgvector's text form of a vector, e.g. [0.5,1,-2]. */
const vectorLiteral = (vector: number[]) => `[${vector.join(",")}]`;

/** What a database's table was found to be, shared by every store made over the same Kysely (one per request is fine). */
interface TableState {
  dimensions: number;
  /** pgvector 0.8 can keep walking the HNSW graph until enough rows pass the filter; older ones return too few */
  iterativeScan: boolean;
}
const tables = new WeakMap<Kysely<Database>, TableState>();

export function createPgVectorStore(db: Kysely<Database>): VectorStore {
  const storedDimensions = async (): Promise<number | null> => {
    const { rows } = await sql<{ type: string }>`
      select format_type(a.atttypid, a.atttypmod) as type
      from pg_attribute a
      where a.attrelid = to_regclass(${table}) and a.attname = 'embedding' and not a.attisdropped`.execute(
      db,
    );
    return vectorSize(rows[0]?.type);
  };

  // A store made after start-up finds the table ensureCollection made, once per database handle.
  const ready = async (): Promise<TableState> => {
    const known = tables.get(db);
    if (known) return known;
    const dimensions = await storedDimensions();
    if (dimensions === null)
      throw new VectorStoreError(
        "pgvector",
        "use",
        `no ${table} table yet: ensureCollection(dimensions) creates it`,
      );
    const { rows } = await sql<{
      v: string;
    }>`select extversion as v from pg_extension where extname = 'vector'`.execute(db);
    const state = { dimensions, iterativeScan: atLeast(rows[0]?.v ?? "0", [0, 8]) };
    tables.set(db, state);
    return state;
  };

  return {
    kind: "pgvector",

    async ensureCollection(size) {
      if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`a vector size must be a positive integer, got ${size}`);
      // Every start after the first finds all of it in place: one read then, instead of five statements.
      const found = await foundCollection(db);
      if (
        found.version &&
        found.dimensions === size &&
        found.skillsIndex &&
        (found.embeddingIndex || !atLeast(found.version, [0, 5]))
      ) {
        tables.set(db, { dimensions: size, iterativeScan: atLeast(found.version, [0, 8]) });
        return;
      }
      const version = await ensureExtension(db);
      const existing = await storedDimensions();
      if (existing !== null && existing !== size)
        throw new VectorDimensionError(`pgvector table ${table}`, existing, size);
      await sql`
        create table if not exists cv_vectors (
          tenant_id text not null,
          cv_id text not null,
          embedding vector(${sql.raw(String(size))}) not null,
          skills text[] not null default '{}',
          years real not null default 0,
          location text,
          location_keys text[] not null default '{}',
          language text,
          education_level text,
          primary key (tenant_id, cv_id)
        )`.execute(db);
      // HNSW arrived in pgvector 0.5; before that an exact scan is the only correct choice
      if (atLeast(version, [0, 5]))
        await sql`create index if not exists cv_vectors_embedding on cv_vectors using hnsw (embedding vector_cosine_ops)`.execute(
          db,
        );
      await sql`create index if not exists cv_vectors_skills on cv_vectors using gin (skills)`.execute(db);
      tables.set(db, { dimensions: size, iterativeScan: atLeast(version, [0, 8]) });
    },

    async upsert(records) {
      const { dimensions: size } = await ready();
      for (const record of records) checkVector(record.vector, size, `pgvector table ${table}`);
      for (let start = 0; start < records.length; start += UPSERT_BATCH_SIZE) {
        const rows = records.slice(start, start + UPSERT_BATCH_SIZE).map(
          (r) =>
            sql`(${r.payload.tenantId}, ${r.id}, ${vectorLiteral(r.vector)}::vector, ${skillKeys(r.payload.skills)}::text[],
                 ${r.payload.years}, ${r.payload.location}, ${locationKeys(r.payload.location)}::text[],
                 ${r.payload.language === null ? null : filterTerm(r.payload.language)}, ${r.payload.educationLevel})`,
        );
        await sql`
          insert into cv_vectors (tenant_id, cv_id, embedding, skills, years, location, location_keys, language, education_level)
          values ${sql.join(rows)}
          on conflict (tenant_id, cv_id) do update set
            embedding = excluded.embedding, skills = excluded.skills, years = excluded.years, location = excluded.location,
            location_keys = excluded.location_keys, language = excluded.language, education_level = excluded.education_level`.execute(
          db,
        );
      }
    },

    async search(vector, filter, limit): Promise<VectorHit[]> {
      const { dimensions, iterativeScan } = await ready();
      checkVector(vector, dimensions, `pgvector table ${table}`);
      if (limit <= 0 || filter.ids?.length === 0) return [];
      const query = vectorLiteral(vector);
      const select = sql<{ cv_id: string; score: number }>`
        select cv_id, 1 - (embedding <=> ${query}::vector) as score
        from cv_vectors
        where ${whereClause(filter)}
        order by embedding <=> ${query}::vector
        limit ${limit}`;
      if (!iterativeScan) return (await select.execute(db)).rows.map(toHit);
      return db.transaction().execute(async (trx) => {
        await sql`select set_config('hnsw.iterative_scan', 'strict_order', true), set_config('hnsw.ef_search', ${String(Math.min(1000, Math.max(40, limit)))}, true)`.execute(
          trx,
        );
        return (await select.execute(trx)).rows.map(toHit);
      });
    },

    async delete(tenantId, ids) {
      await ready();
      if (ids.length === 0) return;
      await sql`delete from cv_vectors where tenant_id = ${tenantId} and cv_id = any(${ids}::text[])`.execute(
        db,
      );
    },

    async existing(tenantId, ids) {
      await ready();
      if (ids.length === 0) return [];
      const { rows } = await sql<{ cv_id: string }>`
        select cv_id from cv_vectors where tenant_id = ${tenantId} and cv_id = any(${ids}::text[])`.execute(
        db,
      );
      return rows.map((r) => r.cv_id);
    },

    async count(tenantId) {
      await ready();
      const { rows } = await sql<{
        n: string | number;
      }>`select count(*) as n from cv_vectors where tenant_id = ${tenantId}`.execute(db);
      return Number(rows[0].n);
    },
  };
}

// pgvector's cosine distance involving a zero vector is NaN; Qdrant scores it 0, and so does this store
const toHit = (row: { cv_id: string; score: number }): VectorHit => ({
  id: row.cv_id,
  score: Number(row.score) || 0,
});

function whereClause(filter: VectorFilter) {
  const conditions = [
    sql`tenant_id = ${filter.tenantId}`,
    cvFilterSql(filter, {
      skillKeys: "skills",
      years: "years",
      locationKeys: "location_keys",
      language: "language",
    }),
  ];
  if (filter.ids !== undefined) conditions.push(sql`cv_id = any(${filter.ids}::text[])`);
  return sql.join(conditions, sql` and `);
}

/** The size of a column type as format_type gives it ("vector(384)"); null for anything else or nothing. */
function vectorSize(type: string | null | undefined): number | null {
  const match = type ? /^vector\((\d+)\)$/.exec(type) : null;
  return match ? Number(match[1]) : null;
}

/** What ensureCollection makes, as the database has it now, in one read. */
async function foundCollection(db: Kysely<Database>) {
  const { rows } = await sql<{
    version: string | null;
    type: string | null;
    embedding_index: boolean;
    skills_index: boolean;
  }>`
    select
      (select extversion from pg_extension where extname = 'vector') as version,
      (select format_type(a.atttypid, a.atttypmod) from pg_attribute a
        where a.attrelid = to_regclass(${table}) and a.attname = 'embedding' and not a.attisdropped) as type,
      to_regclass('cv_vectors_embedding') is not null as embedding_index,
      to_regclass('cv_vectors_skills') is not null as skills_index`.execute(db);
  const row = rows[0];
  return {
    version: row?.version ?? null,
    dimensions: vectorSize(row?.type),
    embeddingIndex: row?.embedding_index === true,
    skillsIndex: row?.skills_index === true,
  };
}

/** Makes sure the vector extension is there; returns its version, e.g. "0.8.0". */
async function ensureExtension(db: Kysely<Database>): Promise<string> {
  const installed = async () =>
    (await sql<{ v: string }>`select extversion as v from pg_extension where extname = 'vector'`.execute(db))
      .rows[0]?.v;
  const version = await installed();
  if (version) return version;
  const available = await sql`select 1 from pg_available_extensions where name = 'vector'`.execute(db);
  if (available.rows.length === 0)
    throw new VectorStoreError(
      "pgvector",
      "ensureCollection",
      "the PostgreSQL server has no pgvector extension; install it (e.g. apt-get install postgresql-15-pgvector, " +
        "or the pgvector/pgvector image) or set QDRANT_URL to keep vectors in Qdrant",
    );
  try {
    await sql`create extension if not exists vector`.execute(db);
  } catch (error) {
    throw new VectorStoreError(
      "pgvector",
      "ensureCollection",
      `could not create the vector extension (${error instanceof Error ? error.message : String(error)}); ` +
        "run `create extension vector` as a superuser once, or set QDRANT_URL to keep vectors in Qdrant",
      { cause: error },
    );
  }
  return (await installed()) ?? "0";
}

function atLeast(version: string, [major, minor]: [number, number]): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  return a > major || (a === major && b >= minor);
}
