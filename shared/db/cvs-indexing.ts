// What rebuilding the vector index reads from and writes to the cvs table: CVs in seq order with their vector
// payload, and the mark that a CV's current vector was written.
import { type Kysely, sql } from "kysely";
import { embeddingToBytes } from "./cvs.ts";
import type { Database } from "./schema.ts";

export interface CvToIndex {
  seq: string;
  id: string;
  tenantId: string;
  text: string;
  skills: string[];
  years: number;
  location: string | null;
  language: string | null;
  educationLevel: string | null;
  /** as PostgreSQL's text: a JavaScript Date would drop the microseconds markVectorsWritten compares */
  updatedAt: string;
}

/** Up to `limit` CVs after `afterSeq` in seq order: all tenants or one, all CVs or those not indexed. */
export async function cvsToIndex(
  db: Kysely<Database>,
  options: { afterSeq: string; tenantId?: string; onlyMissing: boolean; limit: number },
): Promise<CvToIndex[]> {
  const { afterSeq, tenantId, onlyMissing, limit } = options;
  const { rows } = await sql<{
    seq: string;
    id: string;
    tenant_id: string;
    text: string;
    skills: string[];
    years: number;
    location: string | null;
    language: string | null;
    education_level: string | null;
    updated_at: string;
  }>`
    select seq::text as seq, id, tenant_id, text, skills, years, location, language, education_level,
           updated_at::text as updated_at
    from cvs
    where seq > ${afterSeq}::bigint
      ${tenantId === undefined ? sql`` : sql`and tenant_id = ${tenantId}`}
      ${onlyMissing ? sql`and indexed_at is null` : sql``}
    order by cvs.seq -- the column, not the text alias: "10" sorts before "9"
    limit ${limit}`.execute(db);
  return rows.map((r) => ({
    seq: r.seq,
    id: r.id,
    tenantId: r.tenant_id,
    text: r.text,
    skills: r.skills,
    years: Number(r.years),
    location: r.location,
    language: r.language,
    educationLevel: r.education_level,
    updatedAt: r.updated_at,
  }));
}

/**
 * Marks CVs indexed and stores the embedding the ranking reads, only where the row is still the version that
 * was read (same updated_at). Returns how many rows were marked.
 */
export async function markVectorsWritten(
  db: Kysely<Database>,
  written: { id: string; updatedAt: string; embedding: Float32Array }[],
): Promise<number> {
  if (written.length === 0) return 0;
  const marked = await sql`
    update cvs set indexed_at = now(), embedding = done.embedding
    from (values ${sql.join(
      written.map(
        (w) => sql`(${w.id}, ${w.updatedAt}::timestamptz, ${embeddingToBytes(w.embedding)}::bytea)`,
      ),
    )}) as done(id, updated_at, embedding)
    where cvs.id = done.id and cvs.updated_at = done.updated_at`.execute(db);
  return Number(marked.numAffectedRows ?? 0);
}
