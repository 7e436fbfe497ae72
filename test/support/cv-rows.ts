// Direct reads and writes of the cvs table for tests that set up or inspect rows beneath the services.
import { type Kysely, sql } from "kysely";
import type { Database } from "../../shared/db/schema.ts";
import { locationKeys, skillKeys } from "../../shared/matching/cv-filter.ts";

export interface CvRowSeed {
  id: string;
  tenant: string;
  text: string;
  skills: string[];
  years: number;
  location: string | null;
}

/** A bare row (no file, empty analysis), not yet indexed. */
export async function insertCvRow(db: Kysely<Database>, cv: CvRowSeed): Promise<void> {
  await db
    .insertInto("cvs")
    .values({
      id: cv.id,
      tenant_id: cv.tenant,
      content_hash: `hash-${cv.id}`,
      filename: `${cv.id}.txt`,
      content_type: "text/plain",
      size_bytes: cv.text.length,
      file: null,
      text: cv.text,
      analysis: "{}",
      profile: "{}",
      name: null,
      emails: [],
      phones: [],
      skills: cv.skills,
      skill_keys: skillKeys(cv.skills),
      years: cv.years,
      location: cv.location,
      location_keys: locationKeys(cv.location),
      language: "en",
      education_level: null,
      possible_duplicate_of: null,
      indexed_at: null,
    })
    .execute();
}

/** Ids of the tenant's CVs (every tenant's when none is given), sorted. */
export async function cvIds(db: Kysely<Database>, tenantId?: string): Promise<string[]> {
  let query = db.selectFrom("cvs").select("id");
  if (tenantId !== undefined) query = query.where("tenant_id", "=", tenantId);
  return (await query.orderBy("id").execute()).map((r) => r.id);
}

export async function unindexedCvIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("cvs")
    .select("id")
    .where("indexed_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Empties the tables and makes the given tenants. */
export async function resetTenants(db: Kysely<Database>, tenants: { id: string; name: string }[]) {
  await sql`delete from cvs`.execute(db);
  await sql`delete from tenants`.execute(db);
  await db.insertInto("tenants").values(tenants).execute();
}

export async function emptyPgVectorTable(db: Kysely<Database>) {
  await sql`delete from cv_vectors`.execute(db);
}

/** Changes a CV's text as a concurrent edit would: a later updated_at. */
export async function editCvText(db: Kysely<Database>, id: string, text: string) {
  await sql`update cvs set text = ${text}, updated_at = now() + interval '1 second' where id = ${id}`.execute(
    db,
  );
}
