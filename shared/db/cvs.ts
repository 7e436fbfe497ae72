// The cvs table: stored CVs with their analysis, profile and the columns filters need; always per tenant.
import { type Kysely, sql } from "kysely";
import type { Analysis } from "../analysis/types.ts";
import { type CvFilter, locationKeys, skillKeys } from "../matching/cv-filter.ts";
import type { CvProfile } from "../matching/profile.ts";
import type { Database } from "./schema.ts";

export interface NewCv {
  id: string;
  tenantId: string;
  contentHash: string;
  filename: string | null;
  contentType: string;
  file: Uint8Array;
  /**
   * the queue task whose row holds the same bytes: the database copies them from there rather than receiving
   * them again (about 3 ms of a queue process's socket writes per 35 KB PDF, bench/README.md)
   */
  fileInTask?: string;
  text: string;
  analysis: Analysis;
  profile: CvProfile;
  embedding: Float32Array | null;
}

export interface CvSummary {
  id: string;
  filename: string | null;
  createdAt: string;
  name: string | null;
  headline: string | null;
  skills: string[];
  years: number;
  location: string | null;
  language: string | null;
  possibleDuplicateOf: string | null;
}

/** The CV filter, and words the CV's text must contain (web search syntax). */
export interface CvFilters extends CvFilter {
  q?: string;
}

export const embeddingToBytes = (vector: Float32Array) =>
  new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength);
export function embeddingFromBytes(bytes: Uint8Array | null): Float32Array | null {
  if (!bytes || bytes.byteLength % 4 !== 0) return null;
  // Copy: pg hands out Buffers that are views into a shared pool, at any offset.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/**
 * Inserts the CV and flags it as a possible duplicate of the tenant's earliest CV that shares an email or a
 * phone with it, in the same statement; null when the tenant already has these exact bytes (nothing is
 * written).
 */
export async function insertCv(
  db: Kysely<Database>,
  cv: NewCv,
): Promise<{ possibleDuplicateOf: string | null } | null> {
  const { analysis, profile } = cv;
  const file =
    cv.fileInTask === undefined
      ? cv.file
      : sql<Uint8Array>`(select file from tasks where id = ${cv.fileInTask})`;
  const emails = analysis.contact.emails.map((e) => e.value.toLowerCase());
  const phones = analysis.contact.phones.map((p) => p.value);
  const row = await db
    .insertInto("cvs")
    .values({
      id: cv.id,
      tenant_id: cv.tenantId,
      content_hash: cv.contentHash,
      filename: cv.filename,
      content_type: cv.contentType,
      size_bytes: cv.file.byteLength,
      file,
      text: cv.text,
      analysis: JSON.stringify(analysis),
      profile: JSON.stringify(profile),
      name: analysis.contact.name?.value ?? null,
      emails,
      phones,
      skills: profile.skills,
      skill_keys: skillKeys(profile.skills),
      years: profile.years,
      location: profile.location,
      location_keys: locationKeys(profile.location),
      language: analysis.document.language,
      education_level: profile.educationLevel,
      possible_duplicate_of: samePerson(cv.tenantId, emails, phones),
      embedding: cv.embedding ? embeddingToBytes(cv.embedding) : null,
    })
    .onConflict((oc) => oc.columns(["tenant_id", "content_hash"]).doNothing())
    .returning([sql<boolean>`file is null`.as("missing"), "possible_duplicate_of"])
    .executeTakeFirst();
  if (row === undefined) return null;
  // The task's bytes were gone (its row ended meanwhile): this process still holds them.
  if (row.missing) await db.updateTable("cvs").set({ file: cv.file }).where("id", "=", cv.id).execute();
  return { possibleDuplicateOf: row.possible_duplicate_of };
}

/**
 * The tenant's earliest CV sharing an email or a phone with these, as a subquery of the insert (the row being
 * inserted is not visible to it); null when there is neither.
 */
function samePerson(tenantId: string, emails: string[], phones: string[]) {
  if (emails.length === 0 && phones.length === 0) return null;
  const shares = [
    ...(emails.length ? [sql`emails && ${emails}::text[]`] : []),
    ...(phones.length ? [sql`phones && ${phones}::text[]`] : []),
  ];
  return sql<
    string | null
  >`(select id from cvs where tenant_id = ${tenantId} and (${sql.join(shares, sql` or `)}) order by seq limit 1)`;
}

/** A CV as it was stored: what an upload of the same bytes answers. */
export interface StoredCvRecord {
  id: string;
  filename: string | null;
  createdAt: string;
  analysis: Analysis;
  possibleDuplicateOf: string | null;
}

/** The tenant's CV with exactly these bytes (by their SHA-256), or null. */
export async function findCvByHash(
  db: Kysely<Database>,
  tenantId: string,
  contentHash: string,
): Promise<StoredCvRecord | null> {
  const row = await db
    .selectFrom("cvs")
    .select(["id", "filename", "created_at", "analysis", "possible_duplicate_of"])
    .where("tenant_id", "=", tenantId)
    .where("content_hash", "=", contentHash)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    filename: row.filename,
    createdAt: new Date(row.created_at).toISOString(),
    analysis: (typeof row.analysis === "string" ? JSON.parse(row.analysis) : row.analysis) as Analysis,
    possibleDuplicateOf: row.possible_duplicate_of,
  };
}

export async function getCv(db: Kysely<Database>, tenantId: string, id: string) {
  return (
    (await db
      .selectFrom("cvs")
      .select([
        "id",
        "filename",
        "content_type",
        "content_hash",
        "created_at",
        "text",
        "analysis",
        "profile",
        "possible_duplicate_of",
        "embedding",
        "indexed_at",
      ])
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst()) ?? null
  );
}

export async function getCvFile(db: Kysely<Database>, tenantId: string, id: string) {
  return (
    (await db
      .selectFrom("cvs")
      .select(["file", "content_type", "filename"])
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst()) ?? null
  );
}

export async function cvExists(db: Kysely<Database>, tenantId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("cvs")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes the row; returns its content hash (for the analysis cache) or null when there was none. */
export async function deleteCv(db: Kysely<Database>, tenantId: string, id: string): Promise<string | null> {
  const row = await db
    .deleteFrom("cvs")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .returning("content_hash")
    .executeTakeFirst();
  return row?.content_hash ?? null;
}

export async function markIndexed(db: Kysely<Database>, tenantId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .updateTable("cvs")
    .set({ indexed_at: new Date() })
    .where("tenant_id", "=", tenantId)
    .where("id", "in", ids)
    .execute();
}
