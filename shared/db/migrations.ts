// Schema migrations, run at start-up on PostgreSQL and PGlite alike; re-running them changes nothing.
import { type Kysely, type Migration, Migrator, sql } from "kysely";
import { locationKeys, skillKeys } from "../matching/cv-filter.ts";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever schema exists at their time
type AnyDb = Kysely<any>;

const migrations: Record<string, Migration> = {
  "0001_tenants_keys_cvs_jobs": {
    async up(db: AnyDb) {
      await db.schema
        .createTable("tenants")
        .ifNotExists()
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable("api_keys")
        .ifNotExists()
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id").onDelete("cascade"))
        .addColumn("prefix", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("revoked_at", "timestamptz")
        .execute();
      await db.schema
        .createTable("cvs")
        .ifNotExists()
        .addColumn("seq", "bigserial", (c) => c.notNull().unique())
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id").onDelete("cascade"))
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("filename", "text")
        .addColumn("content_type", "text", (c) => c.notNull())
        .addColumn("size_bytes", "integer", (c) => c.notNull())
        .addColumn("file", "bytea")
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("analysis", "jsonb", (c) => c.notNull())
        .addColumn("profile", "jsonb", (c) => c.notNull())
        .addColumn("name", "text")
        .addColumn("emails", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn("phones", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn("skills", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
        .addColumn("years", "real", (c) => c.notNull().defaultTo(0))
        .addColumn("location", "text")
        .addColumn("language", "text")
        .addColumn("education_level", "text")
        .addColumn("possible_duplicate_of", "text")
        .addColumn("indexed_at", "timestamptz")
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint("cvs_tenant_hash", ["tenant_id", "content_hash"])
        .execute();
      await sql`create index if not exists cvs_tenant_seq on cvs (tenant_id, seq)`.execute(db);
      await sql`create index if not exists cvs_skills on cvs using gin (skills)`.execute(db);
      await sql`create index if not exists cvs_emails on cvs using gin (emails)`.execute(db);
      await sql`create index if not exists cvs_phones on cvs using gin (phones)`.execute(db);
      await sql`create index if not exists cvs_unindexed on cvs (tenant_id) where indexed_at is null`.execute(
        db,
      );
      await db.schema
        .createTable("jobs")
        .ifNotExists()
        .addColumn("seq", "bigserial", (c) => c.notNull().unique())
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id").onDelete("cascade"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("requirements", "jsonb", (c) => c.notNull())
        .addColumn("requirements_override", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await sql`create index if not exists jobs_tenant_seq on jobs (tenant_id, seq)`.execute(db);
    },
  },
  "0002_cv_embedding_and_text_search": {
    async up(db: AnyDb) {
      // The CV's embedding, as little-endian float32 bytes: ranking scores every candidate in memory, so it
      // loads them from here. The vector store (Qdrant or pgvector) is the search index built from the same.
      await sql`alter table cvs add column if not exists embedding bytea`.execute(db);
      await sql`create index if not exists cvs_text_search on cvs using gin (to_tsvector('simple', text))`.execute(
        db,
      );
    },
  },
  "0003_cv_stored_search_vector": {
    async up(db: AnyDb) {
      // Computed once per write instead of once per row per query: search ranks with it.
      await sql`alter table cvs add column if not exists search_vector tsvector
        generated always as (to_tsvector('simple', text)) stored`.execute(db);
      await sql`create index if not exists cvs_search_vector on cvs using gin (search_vector)`.execute(db);
      await sql`drop index if exists cvs_text_search`.execute(db);
    },
  },
  "0004_cv_search_vector_without_angle_brackets": {
    async up(db: AnyDb) {
      // PostgreSQL's text-search parser reads "<" as the start of a tag or comment and rescans when none
      // closes: 250 KB of "<!--" took minutes per insert. Angle brackets carry no words, so they become spaces.
      await sql`alter table cvs drop column if exists search_vector`.execute(db);
      await sql`alter table cvs add column search_vector tsvector
        generated always as (to_tsvector('simple', translate(text, '<>', '  '))) stored`.execute(db);
      await sql`create index if not exists cvs_search_vector on cvs using gin (search_vector)`.execute(db);
    },
  },
  "0005_cv_filter_keys": {
    async up(db: AnyDb) {
      // The CV filter's keys (shared/matching/cv-filter.ts), made in JavaScript so the database, the vector
      // stores and the in-memory ranking compare exactly the same strings.
      await sql`alter table cvs add column if not exists skill_keys text[] not null default '{}'`.execute(db);
      await sql`alter table cvs add column if not exists location_keys text[] not null default '{}'`.execute(
        db,
      );
      let after = "0";
      for (;;) {
        const { rows } = await sql<{ seq: string; id: string; skills: string[]; location: string | null }>`
          select seq::text as seq, id, skills, location from cvs where seq > ${after}::bigint
          order by cvs.seq limit 500`.execute(db);
        if (rows.length === 0) break;
        after = rows[rows.length - 1].seq;
        const values = rows.map(
          (r) => sql`(${r.id}, ${skillKeys(r.skills)}::text[], ${locationKeys(r.location)}::text[])`,
        );
        await sql`update cvs set skill_keys = v.skill_keys, location_keys = v.location_keys
          from (values ${sql.join(values)}) as v(id, skill_keys, location_keys) where cvs.id = v.id`.execute(
          db,
        );
      }
      await sql`create index if not exists cvs_skill_keys on cvs using gin (skill_keys)`.execute(db);
      await sql`create index if not exists cvs_location_keys on cvs using gin (location_keys)`.execute(db);
      // Vectors written before held only the leading words of a location as keys: a location of more than one
      // word is indexed again by the catch-up, which writes the new keys.
      await sql`update cvs set indexed_at = null where cardinality(location_keys) > 1`.execute(db);
    },
  },
  "0006_batches_tasks_webhooks": {
    async up(db: AnyDb) {
      // Asynchronous ingestion: the tasks table is the queue's source of truth; Redis Streams only deliver.
      await sql`create table if not exists batches (
        id text primary key,
        tenant_id text not null references tenants(id) on delete cascade,
        total integer not null,
        created_at timestamptz not null default now(),
        completed_at timestamptz
      )`.execute(db);
      await sql`create sequence if not exists task_finish_seq`.execute(db);
      await sql`create table if not exists tasks (
        seq bigserial not null unique,
        id text primary key,
        tenant_id text not null references tenants(id) on delete cascade,
        batch_id text not null references batches(id) on delete cascade,
        position integer not null,
        filename text,
        content_hash text not null,
        as_text boolean not null default false,
        file bytea,
        state text not null default 'queued',
        attempts integer not null default 0,
        error_code text,
        error_message text,
        cv_id text,
        lease_owner text,
        lease_until timestamptz,
        not_before timestamptz not null default now(),
        enqueued_at timestamptz,
        message_id text,
        finish_seq bigint,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz
      )`.execute(db);
      await sql`create index if not exists tasks_batch on tasks (batch_id, position)`.execute(db);
      await sql`create index if not exists tasks_batch_finished on tasks (batch_id, finish_seq)
        where finish_seq is not null`.execute(db);
      await sql`create index if not exists tasks_open on tasks (seq) where state in ('queued', 'running')`.execute(
        db,
      );
      // "is anything of this batch left?" (the sweep asks it of incomplete batches, shared/db/tasks.ts)
      await sql`create index if not exists tasks_batch_open on tasks (batch_id)
        where state in ('queued', 'running')`.execute(db);
      await sql`create table if not exists webhooks (
        id text primary key,
        tenant_id text not null references tenants(id) on delete cascade,
        url text not null,
        events text[] not null,
        secret text not null,
        failures integer not null default 0,
        disabled_at timestamptz,
        created_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index if not exists webhooks_tenant on webhooks (tenant_id)`.execute(db);
      await sql`create table if not exists webhook_deliveries (
        seq bigserial not null unique,
        id text primary key,
        webhook_id text not null references webhooks(id) on delete cascade,
        event text not null,
        payload text not null,
        state text not null default 'pending',
        attempts integer not null default 0,
        next_at timestamptz not null default now(),
        lease_until timestamptz,
        last_status integer,
        last_error text,
        created_at timestamptz not null default now(),
        delivered_at timestamptz
      )`.execute(db);
      await sql`create index if not exists webhook_deliveries_due on webhook_deliveries (next_at)
        where state = 'pending'`.execute(db);
      await sql`create index if not exists webhook_deliveries_log on webhook_deliveries (webhook_id, seq)`.execute(
        db,
      );
    },
  },
  "0007_cv_list_sort_columns": {
    async up(db: AnyDb) {
      // The list shows the headline and sorts by the quality score: read from the analysis document, they cost
      // detoasting it for every row a sort looks at (seconds over 10k CVs); as columns, a few bytes a row.
      await sql`alter table cvs add column if not exists headline text
        generated always as (analysis->'headline'->>'value') stored`.execute(db);
      await sql`alter table cvs add column if not exists quality real
        generated always as (coalesce((analysis->'quality'->>'score')::real, 0)) stored`.execute(db);
      // One index per sort key of shared/db/cvs-list.ts (names have one per direction: unnamed last in both), so
      // a page is read in order rather than sorted out of the tenant's every CV.
      await sql`create index if not exists cvs_tenant_years on cvs (tenant_id, years, seq)`.execute(db);
      await sql`create index if not exists cvs_tenant_quality on cvs (tenant_id, quality, seq)`.execute(db);
      await sql`create index if not exists cvs_tenant_name_asc on cvs
        (tenant_id, ((name is null)::int), (coalesce(lower(name), '')), seq)`.execute(db);
      await sql`create index if not exists cvs_tenant_name_desc on cvs
        (tenant_id, ((name is not null)::int), (coalesce(lower(name), '')), seq)`.execute(db);
    },
  },
  "0008_batch_ended_count": {
    async up(db: AnyDb) {
      // How many of a batch's tasks have ended, counted by the statement that ends each one: the one that ends
      // the last also completes the batch, with no statement of its own asking what is left.
      await sql`alter table batches add column if not exists ended integer not null default 0`.execute(db);
      await sql`update batches b set ended = (select count(*) from tasks t
        where t.batch_id = b.id and t.state in ('done', 'failed'))
        where b.completed_at is null`.execute(db);
    },
  },
  "0009_file_bytes_uncompressed": {
    async up(db: AnyDb) {
      // Uploaded files are compressed formats already: on 423 real PDFs and 48 DOCX files of the corpus the
      // database's own compression saved no byte, yet trying was 13 % of PostgreSQL's CPU during a bulk load
      // (bench/README.md). Out of line, as they are.
      await sql`alter table tasks alter column file set storage external`.execute(db);
      await sql`alter table cvs alter column file set storage external`.execute(db);
    },
  },
};

/**
 * The names of the migrations the database has applied, in name order; null when it has none yet. Only
 * committed rows are seen, and an applied migration is never undone, so finding every name means the schema is
 * current whatever another process is doing.
 */
async function appliedMigrations(db: AnyDb): Promise<string[] | null> {
  const { rows } = await sql<{ found: boolean }>`
    select to_regclass('kysely_migration') is not null as found`.execute(db);
  if (!rows[0]?.found) return null;
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return applied.rows.map((r) => r.name).sort(byName);
}

// kysely's default comparator is localeCompare, whose first call builds an ICU collator: about 250 ms of start-up
// CPU. The names are ASCII, so code-unit order is the same order.
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Applies every pending migration; throws with the failing migration's name and error. */
export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  // A database that is already current is the usual start: two reads answer it. kysely's Migrator first looks
  // its two tables up with a catalog query over every table's columns, then takes a lock in a transaction, to
  // find nothing to do: about 250 ms on a PGlite that has just opened (bench/README.md, cold start).
  const known = Object.keys(migrations).sort(byName);
  const applied = await appliedMigrations(db);
  if (applied?.length === known.length && applied.every((name, i) => name === known[i])) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    nameComparator: byName,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed?.migrationName ?? ""} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
