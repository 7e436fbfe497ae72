// What the in-memory ranking reads from the cvs table: each CV's profile, embedding, text and document language,
// loaded in seq order, and the count and newest seq that tell whether its copy is still current.
import { type Kysely, sql } from "kysely";
import type { CvProfile } from "../matching/profile.ts";
import { embeddingFromBytes } from "./cvs.ts";
import type { Database } from "./schema.ts";

export interface RankedCv {
  id: string;
  profile: CvProfile;
  /** L2-normalized; null when the CV has no embedding yet */
  embedding: Float32Array | null;
  /** the document's language, for the CV filter */
  language: string | null;
  /** the CV's extracted text, for lexical (BM25) matching */
  text: string;
  /** the contact name and headline the analysis read, shown beside a ranking or search result */
  name: string | null;
  headline: string | null;
}

/** Up to `limit` CVs of the tenant after the given seq, in seq order, each with its seq. */
export async function rankedCvsAfter(
  db: Kysely<Database>,
  tenantId: string,
  afterSeq: string,
  limit: number,
): Promise<{ seq: string; cv: RankedCv }[]> {
  const rows = await db
    .selectFrom("cvs")
    .select(["id", "seq", "profile", "embedding", "language", "text", "name", "headline"])
    .where("tenant_id", "=", tenantId)
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: String(row.seq),
    cv: {
      id: row.id,
      profile: (typeof row.profile === "string" ? JSON.parse(row.profile) : row.profile) as CvProfile,
      embedding: embeddingFromBytes(row.embedding),
      language: row.language,
      text: row.text,
      name: row.name,
      headline: row.headline,
    },
  }));
}

/** How many CVs the tenant has and the newest seq ("0" when none). */
export async function rankedCvsVersion(
  db: Kysely<Database>,
  tenantId: string,
): Promise<{ count: number; newest: string }> {
  const { rows } = await sql<{ count: string | number; newest: string | null }>`
    select count(*) as count, max(seq) as newest from cvs where tenant_id = ${tenantId}`.execute(db);
  const newest = rows[0]?.newest;
  return {
    count: Number(rows[0]?.count ?? 0),
    newest: newest === null || newest === undefined ? "0" : String(newest),
  };
}
