// Rebuilds the vector index from PostgreSQL, the source of truth: every CV, one tenant's, or only those whose
// indexed_at is null (CVs written while the vector store was down, or changed since their vector was made).
import type { Kysely } from "kysely";
import { cvsToIndex, markVectorsWritten } from "../db/cvs-indexing.ts";
import type { Database } from "../db/schema.ts";
import { normalize } from "./similarity.ts";
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
    const rows = await cvsToIndex(db, { afterSeq: after, tenantId, onlyMissing, limit: batchSize });
    if (rows.length === 0) return report;
    after = rows[rows.length - 1].seq;

    const vectors = await embed(rows.map((r) => r.text));
    if (vectors.length !== rows.length)
      throw new Error(`the embedder returned ${vectors.length} vectors for ${rows.length} texts`);
    const records: VectorRecord[] = rows.map((row, i) => ({
      id: row.id,
      vector: vectors[i],
      payload: {
        tenantId: row.tenantId,
        skills: row.skills,
        years: row.years,
        location: row.location,
        language: row.language,
        educationLevel: row.educationLevel,
      },
    }));
    await store.upsert(records);

    // The ranking index reads each CV's embedding from the row: it is refreshed with the vector.
    const updated = await markVectorsWritten(
      db,
      rows.map((row, i) => ({ id: row.id, updatedAt: row.updatedAt, embedding: normalize(vectors[i]) })),
    );
    report.indexed += rows.length;
    report.changedMeanwhile += rows.length - updated;
    report.batches += 1;
    options.onBatch?.({ ...report });
  }
}
