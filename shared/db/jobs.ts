// The jobs table: a job's text, the requirements read from it and the caller's overrides; always per tenant.
import type { Kysely } from "kysely";
import type { JobRequirements } from "../matching/job.ts";
import type { Database } from "./schema.ts";

export interface JobRecord {
  id: string;
  title: string;
  description: string;
  requirements: JobRequirements;
  requirementsOverride: Partial<JobRequirements>;
  createdAt: string;
  updatedAt: string;
}

const jobColumns = [
  "id",
  "title",
  "description",
  "requirements",
  "requirements_override",
  "created_at",
  "updated_at",
] as const;

const parse = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

type JobRow = Awaited<ReturnType<typeof selectJobs>>[number];
const selectJobs = (db: Kysely<Database>, tenantId: string) =>
  db
    .selectFrom("jobs")
    .select(["seq", ...jobColumns])
    .where("tenant_id", "=", tenantId)
    .execute();

function toJob(row: Omit<JobRow, "seq">): JobRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    requirements: parse<JobRequirements>(row.requirements),
    requirementsOverride: parse<Partial<JobRequirements>>(row.requirements_override),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function insertJob(
  db: Kysely<Database>,
  tenantId: string,
  job: Omit<JobRecord, "id" | "createdAt" | "updatedAt">,
): Promise<JobRecord> {
  const id = crypto.randomUUID();
  const row = await db
    .insertInto("jobs")
    .values({
      id,
      tenant_id: tenantId,
      title: job.title,
      description: job.description,
      requirements: JSON.stringify(job.requirements),
      requirements_override: JSON.stringify(job.requirementsOverride),
    })
    .returning(jobColumns)
    .executeTakeFirstOrThrow();
  return toJob(row);
}

export async function updateJob(
  db: Kysely<Database>,
  tenantId: string,
  id: string,
  job: Omit<JobRecord, "id" | "createdAt" | "updatedAt">,
): Promise<JobRecord | null> {
  const row = await db
    .updateTable("jobs")
    .set({
      title: job.title,
      description: job.description,
      requirements: JSON.stringify(job.requirements),
      requirements_override: JSON.stringify(job.requirementsOverride),
      updated_at: new Date(),
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .returning(jobColumns)
    .executeTakeFirst();
  return row ? toJob(row) : null;
}

export async function getJob(db: Kysely<Database>, tenantId: string, id: string): Promise<JobRecord | null> {
  const row = await db
    .selectFrom("jobs")
    .select(jobColumns)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toJob(row) : null;
}

export async function listJobs(
  db: Kysely<Database>,
  tenantId: string,
  page: { limit: number; before?: string },
): Promise<{ items: (JobRecord & { seq: string })[]; more: boolean }> {
  let query = db
    .selectFrom("jobs")
    .select(["seq", ...jobColumns])
    .where("tenant_id", "=", tenantId);
  if (page.before) query = query.where("seq", "<", page.before);
  const rows = await query
    .orderBy("seq", "desc")
    .limit(page.limit + 1)
    .execute();
  return {
    more: rows.length > page.limit,
    items: rows.slice(0, page.limit).map((r) => ({ ...toJob(r), seq: String(r.seq) })),
  };
}

export async function allJobs(db: Kysely<Database>, tenantId: string): Promise<JobRecord[]> {
  return (await selectJobs(db, tenantId)).map(toJob);
}

export async function deleteJob(db: Kysely<Database>, tenantId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("jobs")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
