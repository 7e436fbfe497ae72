// Rebuilds the vector index from PostgreSQL, the source of truth: every CV, one tenant's, or only those whose
// indexed_at is null (CVs written while the vector store was down, or changed since their vector was made).
import { type Kysely, sql } from "kysely";
import { embeddingToBytes } from "../db/cvs.ts";
import type { Database } from "../db/schema.ts";
import { normalize } from "../services/vectors.ts";
import type { VectorRecord, VectorStore } from "./types.ts";

export interface ReindexOptions {
  db: Kysely<Database>;
  store: VectorStore;
  embed: (texts: string[]) => Promise<number[][]>;
  /** only this tenant's CVs; all tenants when absent */
  tenantId?: string;
  /** only CVs with indexed_at null */
  onlyMissing?: boolean;
  /** CVs read, embedded and written per round */
  batchSize: number;
  /** called after each batch, for progress output */
  onBatch?: (progress: ReindexReport) => void;
}

export interface ReindexReport {
  /** CVs whose vector was written */
  indexed: number;
  /** of those, CVs changed while their batch was in flight: their indexed_at stays null for the next run */
  changedMeanwhile: number;
  batches: number;
}

interface CvRow {
  seq: string;
  id: string;
  tenant_id: string;
  text: string;
  skills: string[];
  years: number;
  location: string | null;
  language: string | null;
  education_level: string | null;
  /** as text: a JavaScript Date would drop the microseconds the comparison below needs */
  updated_at: string;
}

/**
 * Walks the cvs table in seq order. A batch is marked indexed only after the store has accepted it, and only
 * rows whose updated_at is still the one that was read, so a failure or a concurrent edit never loses a CV:
 * its indexed_at stays null and the next `onlyMissing` run picks it up.
 */
export async function reindexVectors(options: ReindexOptions): Promise<ReindexReport> {
  const { db, store, embed, tenantId, onlyMissing = false, batchSize } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const report: ReindexReport = { indexed: 0, changedMeanwhile: 0, batches: 0 };
  let after = "0";
  for (;;) {
    const { rows } = await sql<CvRow>`
      select seq::text as seq, id, tenant_id, text, skills, years, location, language, education_level,
             updated_at::text as updated_at
      from cvs
      where seq > ${after}::bigint
        ${tenantId === undefined ? sql`` : sql`and tenant_id = ${tenantId}`}
        ${onlyMissing ? sql`and indexed_at is null` : sql``}
      order by cvs.seq -- the column, not the text alias: "10" sorts before "9"
      limit ${batchSize}`.execute(db);
    if (rows.length === 0) return report;
    after = rows[rows.length - 1].seq;

    const vectors = await embed(rows.map((r) => r.text));
    if (vectors.length !== rows.length)
      throw new Error(`the embedder returned ${vectors.length} vectors for ${rows.length} texts`);
    const records: VectorRecord[] = rows.map((row, i) => ({
      id: row.id,
      vector: vectors[i],
      payload: {
        tenantId: row.tenant_id,
        skills: row.skills,
        years: Number(row.years),
        location: row.location,
        language: row.language,
        educationLevel: row.education_level,
      },
    }));
    await store.upsert(records);

    // The ranking index reads each CV's embedding from the row: it is refreshed with the vector.
    const marked = await sql`
      update cvs set indexed_at = now(), embedding = done.embedding
      from (values ${sql.join(
        rows.map(
          (r, i) =>
            sql`(${r.id}, ${r.updated_at}::timestamptz, ${embeddingToBytes(normalize(vectors[i]))}::bytea)`,
        ),
      )}) as done(id, updated_at, embedding)
      where cvs.id = done.id and cvs.updated_at = done.updated_at`.execute(db);
    const updated = Number(marked.numAffectedRows ?? 0);
    report.indexed += rows.length;
    report.changedMeanwhile += rows.length - updated;
    report.batches += 1;
    options.onBatch?.({ ...report });
  }
}
