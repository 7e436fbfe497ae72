// Batches and their tasks: the asynchronous ingestion queue's source of truth, always per tenant.
// A task is claimed under a lease (a crashed worker's task is claimed again when it lapses) and ended only
// by the claim that holds it, so a task that is delivered twice still ends once.
import { type Kysely, sql } from "kysely";
import type { Database, TaskState } from "./schema.ts";
import { insertEventDeliveries, type TenantEvent } from "./webhooks.ts";

export interface NewTask {
  id: string;
  filename: string | null;
  contentHash: string;
  asText: boolean;
  file: Uint8Array;
}

export interface ClaimedTask {
  id: string;
  tenantId: string;
  batchId: string;
  filename: string | null;
  asText: boolean;
  file: Uint8Array;
  /** the SHA-256 of the file, taken at upload */
  contentHash: string;
  /** the tenant's CV with these exact bytes, as the claim found it (a second delivery, or a file sent twice) */
  storedCvId: string | null;
  attempts: number;
  owner: string;
}

export interface TaskView {
  id: string;
  position: number;
  filename: string | null;
  state: TaskState;
  attempts: number;
  cvId: string | null;
  error: { code: string; message: string } | null;
  finishSeq: number | null;
}

export interface BatchView {
  id: string;
  createdAt: string;
  completedAt: string | null;
  total: number;
  queued: number;
  running: number;
  done: number;
  failed: number;
}

const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function createBatch(db: Kysely<Database>, tenantId: string, batchId: string) {
  await db.insertInto("batches").values({ id: batchId, tenant_id: tenantId, total: 0 }).execute();
}

/**
 * Adds tasks to a batch in one statement, at the positions after `firstPosition`; the batch's total grows with
 * them. They are held (not_before = infinity) until releaseBatch: a body that fails part-way is dropped unrun.
 */
export async function addTasks(
  db: Kysely<Database>,
  tenantId: string,
  batchId: string,
  firstPosition: number,
  tasks: NewTask[],
) {
  if (tasks.length === 0) return;
  await db
    .insertInto("tasks")
    .values(
      tasks.map((task, i) => ({
        id: task.id,
        tenant_id: tenantId,
        batch_id: batchId,
        position: firstPosition + i,
        filename: task.filename,
        content_hash: task.contentHash,
        as_text: task.asText,
        file: task.file,
        not_before: "infinity",
      })),
    )
    .execute();
  await db
    .updateTable("batches")
    .set((eb) => ({ total: eb("total", "+", tasks.length) }))
    .where("id", "=", batchId)
    .execute();
}

/** Makes the batch's tasks claimable: its upload is complete. */
export async function releaseBatch(db: Kysely<Database>, batchId: string) {
  await sql`update tasks set not_before = now(), enqueued_at = now() where batch_id = ${batchId}`.execute(db);
}

/** Batches whose upload never completed (its process died mid-body): their held tasks would wait forever. */
export async function dropAbandonedUploads(db: Kysely<Database>, olderThanMs: number) {
  const { rows } = await sql<{ id: string }>`
    delete from batches where id in (
      select distinct batch_id from tasks
      where state = 'queued' and not_before = 'infinity' and created_at < now() - ${ms(olderThanMs)})
    returning id`.execute(db);
  return rows.length;
}

/** A batch whose upload failed part-way: it and its tasks go, as if never sent. */
export async function dropBatch(db: Kysely<Database>, batchId: string) {
  await db.deleteFrom("batches").where("id", "=", batchId).execute();
}

/** Queued and running tasks of every tenant, and how long the oldest queued one has waited. */
export async function queueBacklog(db: Kysely<Database>) {
  const { rows } = await sql<{ queued: string; running: string; oldest: string | null }>`
    select count(*) filter (where state = 'queued') as queued,
           count(*) filter (where state = 'running') as running,
           extract(epoch from now() - min(created_at) filter (where state = 'queued'))::text as oldest
    from tasks where state in ('queued', 'running') and not_before < 'infinity'`.execute(db);
  const row = rows[0];
  return {
    queued: Number(row?.queued ?? 0),
    running: Number(row?.running ?? 0),
    oldestSeconds: row?.oldest ? Number(row.oldest) : 0,
  };
}

const claimable = sql`((state = 'queued' and not_before <= now()) or (state = 'running' and lease_until < now()))`;

/** what a claim returns, with the tenant's CV of the same bytes looked up in the same statement */
const claimed = sql`id, tenant_id, batch_id, filename, as_text, file, content_hash, attempts,
  (select c.id from cvs c where c.tenant_id = tasks.tenant_id and c.content_hash = tasks.content_hash) as stored_cv`;

type ClaimRow = {
  id: string;
  tenant_id: string;
  batch_id: string;
  filename: string | null;
  as_text: boolean;
  file: Uint8Array | null;
  content_hash: string;
  stored_cv: string | null;
  attempts: number;
};

const toClaimed = (row: ClaimRow | undefined, owner: string): ClaimedTask | null =>
  row
    ? {
        id: row.id,
        tenantId: row.tenant_id,
        batchId: row.batch_id,
        filename: row.filename,
        asText: row.as_text,
        file: new Uint8Array(row.file ?? new Uint8Array()),
        contentHash: row.content_hash,
        storedCvId: row.stored_cv,
        attempts: row.attempts,
        owner,
      }
    : null;

/** Claims this task if it is waiting or its lease lapsed; null when it ended or another worker holds it. */
export async function claimTask(db: Kysely<Database>, taskId: string, owner: string, leaseMs: number) {
  const { rows } = await sql<ClaimRow>`
    update tasks set state = 'running', attempts = attempts + 1, lease_owner = ${owner},
      lease_until = now() + ${ms(leaseMs)}, started_at = now()
    where id = ${taskId} and ${claimable}
    returning ${claimed}`.execute(db);
  return toClaimed(rows[0], owner);
}

/** The task's state, or null when there is no such task (its batch was dropped). */
export async function taskState(db: Kysely<Database>, taskId: string): Promise<TaskState | null> {
  const row = await db.selectFrom("tasks").select("state").where("id", "=", taskId).executeTakeFirst();
  return row?.state ?? null;
}

/** Claims the oldest claimable task (the database delivers: embedded mode, or no Redis). */
export async function claimNextTask(db: Kysely<Database>, owner: string, leaseMs: number) {
  const { rows } = await sql<ClaimRow>`
    update tasks set state = 'running', attempts = attempts + 1, lease_owner = ${owner},
      lease_until = now() + ${ms(leaseMs)}, started_at = now()
    where id = (select id from tasks where state in ('queued', 'running') and ${claimable}
                order by seq limit 1 for update skip locked)
    returning ${claimed}`.execute(db);
  return toClaimed(rows[0], owner);
}

export type TaskOutcome =
  | { state: "done"; cvId: string }
  | { state: "failed"; code: string; message: string };

/**
 * Ends the task if this claim still holds it; null when it does not (its lease lapsed and it was taken).
 * The same statement counts the task into its batch's `ended`: the row lock makes each count see the one before,
 * so exactly one task's end sees the last and completes the batch (`batchCompleted`). `announce`, when given,
 * is inserted only when the task ended here: the event can be neither lost between two writes nor sent by a
 * claim that no longer held the task.
 */
export async function finishTask(
  db: Kysely<Database>,
  task: ClaimedTask,
  outcome: TaskOutcome,
  announce?: TenantEvent,
): Promise<{ batchCompleted: boolean } | null> {
  const { rows } = await sql<{ completed: boolean | null }>`
    with finished as (
      update tasks set state = ${outcome.state},
        cv_id = ${outcome.state === "done" ? outcome.cvId : null},
        error_code = ${outcome.state === "failed" ? outcome.code : null},
        error_message = ${outcome.state === "failed" ? outcome.message : null},
        finished_at = now(), finish_seq = nextval('task_finish_seq'), file = null,
        lease_owner = null, lease_until = null
      where id = ${task.id} and state = 'running' and lease_owner = ${task.owner}
      returning batch_id),
    counted as (
      update batches set ended = ended + 1,
        completed_at = case when ended + 1 >= total then coalesce(completed_at, now()) else completed_at end
      where id = (select batch_id from finished)
      returning ended = total as completed)${
        announce
          ? sql`,
    announced as (${insertEventDeliveries(announce, sql`exists (select 1 from finished)`)})`
          : sql``
      }
    select (select completed from counted) as completed from finished`.execute(db);
  const row = rows[0];
  return row ? { batchCompleted: row.completed === true } : null;
}

/**
 * Completes batches none of whose tasks is left but whose count says otherwise, and returns them: a safety net
 * for the sweep. Counting is exact once every process runs this code; a task ended by a process of the version
 * before the count (during a rolling upgrade) was never counted, and its batch would wait forever.
 */
export async function completeUncountedBatches(db: Kysely<Database>) {
  const { rows } = await sql<{ id: string; tenant_id: string }>`
    update batches b set completed_at = now(), ended = b.total
    where b.completed_at is null and b.ended < b.total
      and not exists (select 1 from tasks t where t.batch_id = b.id and t.state in ('queued', 'running'))
    returning b.id, b.tenant_id`.execute(db);
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id }));
}

/** Gives the task back to the queue after a passing failure, to run again once `delayMs` has passed. */
export async function retryTask(db: Kysely<Database>, task: ClaimedTask, delayMs: number, message: string) {
  const { rows } = await sql<{ id: string }>`
    update tasks set state = 'queued', not_before = now() + ${ms(delayMs)}, error_message = ${message},
      lease_owner = null, lease_until = null, enqueued_at = null, message_id = null
    where id = ${task.id} and state = 'running' and lease_owner = ${task.owner}
    returning id`.execute(db);
  return rows.length > 0;
}

export async function getBatch(db: Kysely<Database>, tenantId: string, batchId: string) {
  const { rows } = await sql<{
    id: string;
    created_at: Date | string;
    completed_at: Date | string | null;
    total: number;
    queued: string;
    running: string;
    done: string;
    failed: string;
  }>`
    select b.id, b.created_at, b.completed_at, b.total,
      count(t.id) filter (where t.state = 'queued') as queued,
      count(t.id) filter (where t.state = 'running') as running,
      count(t.id) filter (where t.state = 'done') as done,
      count(t.id) filter (where t.state = 'failed') as failed
    from batches b left join tasks t on t.batch_id = b.id
    where b.id = ${batchId} and b.tenant_id = ${tenantId}
    group by b.id`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    createdAt: iso(row.created_at)!,
    completedAt: iso(row.completed_at),
    total: row.total,
    queued: Number(row.queued),
    running: Number(row.running),
    done: Number(row.done),
    failed: Number(row.failed),
  } satisfies BatchView;
}

type TaskRow = {
  id: string;
  position: number;
  filename: string | null;
  state: TaskState;
  attempts: number;
  cv_id: string | null;
  error_code: string | null;
  error_message: string | null;
  finish_seq: string | null;
};

const toView = (r: TaskRow): TaskView => ({
  id: r.id,
  position: r.position,
  filename: r.filename,
  state: r.state,
  attempts: r.attempts,
  cvId: r.cv_id,
  error: r.state === "failed" ? { code: r.error_code ?? "failed", message: r.error_message ?? "" } : null,
  finishSeq: r.finish_seq === null ? null : Number(r.finish_seq),
});

const taskColumns = [
  "id",
  "position",
  "filename",
  "state",
  "attempts",
  "cv_id",
  "error_code",
  "error_message",
  "finish_seq",
] as const;

/** The batch's files in upload order (the caller checked the batch is the tenant's). */
export async function listBatchTasks(db: Kysely<Database>, batchId: string): Promise<TaskView[]> {
  const rows = await db
    .selectFrom("tasks")
    .select(taskColumns)
    .where("batch_id", "=", batchId)
    .orderBy("position")
    .execute();
  return rows.map(toView);
}

/** The batch's tasks that ended after `afterSeq`, in the order they ended: its progress events. */
export async function finishedSince(db: Kysely<Database>, batchId: string, afterSeq: number, limit = 500) {
  const rows = await db
    .selectFrom("tasks")
    .select(taskColumns)
    .where("batch_id", "=", batchId)
    .where("finish_seq", "is not", null)
    .where("finish_seq", ">", String(afterSeq))
    .orderBy("finish_seq")
    .limit(limit)
    .execute();
  return rows.map(toView);
}

/** Queued tasks whose message may be lost: published long ago (or never), not yet running. */
export async function tasksToRepublish(db: Kysely<Database>, olderThanMs: number, limit: number) {
  const { rows } = await sql<{ id: string; message_id: string | null }>`
    select id, message_id from tasks
    where state in ('queued', 'running') and ${claimable}
      and (enqueued_at is null or enqueued_at < now() - ${ms(olderThanMs)})
    order by seq limit ${limit}`.execute(db);
  return rows.map((r) => ({ id: r.id, messageId: r.message_id }));
}

export async function markPublished(db: Kysely<Database>, published: { id: string; messageId: string }[]) {
  if (published.length === 0) return;
  const values = published.map((p) => sql`(${p.id}, ${p.messageId})`);
  await sql`update tasks set enqueued_at = now(), message_id = v.message_id
    from (values ${sql.join(values)}) as v(id, message_id) where tasks.id = v.id`.execute(db);
}
