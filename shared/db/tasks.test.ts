// The task table's claim rules over the embedded database: one holder per lease, a lapsed lease claimed again,
// a task ended only by its holder and only once, a retried task held back until its back-off has passed.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationAvailable, testDatabaseUrl } from "../../test/support/integration.ts";
import { createScratchDatabase } from "../../test/support/postgres.ts";
import { analyzeText } from "../analysis/index.ts";
import { createEmbedded } from "../clients/embedded.node.ts";
import { createPostgres } from "../clients/postgres.node.ts";
import { loadSettings } from "../config/settings.ts";
import { toCvProfile } from "../matching/profile.ts";
import { insertCv } from "./cvs.ts";
import { migrateToLatest } from "./migrations.ts";
import {
  addTasks,
  claimNextTask,
  claimTask,
  completeUncountedBatches,
  createBatch,
  finishTask,
  releaseBatch,
  retryTask,
} from "./tasks.ts";
import { ensureTenant } from "./tenants.ts";
import { insertWebhook, listDeliveries } from "./webhooks.ts";

const embedded = createEmbedded("memory://");
const db = embedded.db;
let tenantId: string;
beforeAll(async () => {
  await migrateToLatest(db);
  tenantId = await ensureTenant(db, "tasks");
});
afterAll(() => embedded.dependency.close());

async function batchOf(count: number) {
  const batchId = crypto.randomUUID();
  await createBatch(db, tenantId, batchId);
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  await addTasks(
    db,
    tenantId,
    batchId,
    0,
    ids.map((id, i) => ({
      id,
      filename: `${i}.txt`,
      contentHash: id,
      asText: true,
      file: new Uint8Array([65 + i]),
    })),
  );
  return { batchId, ids };
}

/** a CV row whose file the database copies from the task's row */
const cvOf = (taskId: string, bytes: Uint8Array) => {
  const { analysis, text } = analyzeText("Jane Doe\njane@example.com\nSkills: Python, SQL", {
    asOf: "2026-11",
  });
  return {
    id: crypto.randomUUID(),
    tenantId,
    contentHash: crypto.randomUUID(),
    filename: "cv.txt",
    contentType: "text/plain",
    file: bytes,
    fileInTask: taskId,
    text,
    analysis,
    profile: toCvProfile(analysis, undefined, text),
    embedding: null,
  };
};

async function batchRow(batchId: string) {
  const row = await db
    .selectFrom("batches")
    .select(["ended", "total", "completed_at"])
    .where("id", "=", batchId)
    .executeTakeFirstOrThrow();
  return { ended: row.ended, total: row.total, completed: row.completed_at !== null };
}

describe("task claims", () => {
  it("holds a task until its upload is released", async () => {
    const { batchId, ids } = await batchOf(1);
    expect(await claimTask(db, ids[0]!, "w1", 60_000)).toBeNull();
    await releaseBatch(db, batchId);
    const claimed = await claimTask(db, ids[0]!, "w1", 60_000);
    expect([claimed?.id, claimed?.attempts, Array.from(claimed?.file ?? [])]).toEqual([ids[0], 1, [65]]);
  });

  it("gives a live lease to one worker; a lapsed one to the next; ends the task once, by its holder", async () => {
    const { batchId, ids } = await batchOf(1);
    await releaseBatch(db, batchId);
    const first = (await claimTask(db, ids[0]!, "w1", 60_000))!;
    expect(await claimTask(db, ids[0]!, "w2", 60_000)).toBeNull();
    // w1 dies: its lease lapses
    await sql`update tasks set lease_until = now() - interval '1 second' where id = ${ids[0]}`.execute(db);
    const second = (await claimTask(db, ids[0]!, "w2", 60_000))!;
    expect(second.attempts).toBe(2);
    expect(await finishTask(db, first, { state: "done", cvId: "cv-1" })).toBeNull();
    // the batch's one task ended: its end completes the batch, and a repeat counts nothing
    expect(await finishTask(db, second, { state: "done", cvId: "cv-1" })).toEqual({ batchCompleted: true });
    expect(await finishTask(db, second, { state: "done", cvId: "cv-1" })).toBeNull();
    expect(await batchRow(batchId)).toEqual({ ended: 1, total: 1, completed: true });
  });

  it("completes a batch with the end of its last task, retried and failed ones counted once", async () => {
    const { batchId, ids } = await batchOf(3);
    await releaseBatch(db, batchId);
    const [a, b, c] = await Promise.all(ids.map((id, i) => claimTask(db, id, `w${i}`, 60_000)));
    expect(await finishTask(db, a!, { state: "done", cvId: "cv-a" })).toEqual({ batchCompleted: false });
    expect(await retryTask(db, b!, 0, "database away")).toBe(true);
    expect(await finishTask(db, c!, { state: "failed", code: "x", message: "y" })).toEqual({
      batchCompleted: false,
    });
    expect(await batchRow(batchId)).toEqual({ ended: 2, total: 3, completed: false });
    const again = (await claimTask(db, ids[1]!, "w1", 60_000))!;
    expect(await finishTask(db, again, { state: "done", cvId: "cv-b" })).toEqual({ batchCompleted: true });
    expect(await batchRow(batchId)).toEqual({ ended: 3, total: 3, completed: true });
  });

  it("completes, in the sweep, a batch whose tasks ended uncounted (a process of the version before)", async () => {
    const ended = await batchOf(1);
    const open = await batchOf(2);
    await releaseBatch(db, ended.batchId);
    await releaseBatch(db, open.batchId);
    const task = (await claimTask(db, ended.ids[0]!, "w1", 60_000))!;
    await finishTask(db, task, { state: "done", cvId: "cv-old" });
    // as the version before the count ended it: the task is done, the batch neither counted nor completed
    await sql`update batches set ended = 0, completed_at = null where id = ${ended.batchId}`.execute(db);
    const half = (await claimTask(db, open.ids[0]!, "w1", 60_000))!;
    await finishTask(db, half, { state: "done", cvId: "cv-half" });
    const swept = await completeUncountedBatches(db);
    expect(swept.map((b) => b.id)).toContain(ended.batchId);
    expect(swept.map((b) => b.id)).not.toContain(open.batchId);
    expect(await batchRow(ended.batchId)).toEqual({ ended: 1, total: 1, completed: true });
    expect((await completeUncountedBatches(db)).map((b) => b.id)).not.toContain(ended.batchId);
    expect(await batchRow(open.batchId)).toEqual({ ended: 1, total: 2, completed: false });
    // the later tests expect no claimable task left behind
    const rest = (await claimTask(db, open.ids[1]!, "w1", 60_000))!;
    expect(await finishTask(db, rest, { state: "done", cvId: "cv-rest" })).toEqual({ batchCompleted: true });
  });

  it("finds the tenant's CV of the same bytes with the claim", async () => {
    const { batchId, ids } = await batchOf(1);
    await releaseBatch(db, batchId);
    expect((await claimTask(db, ids[0]!, "w1", 60_000))?.storedCvId).toBeNull();
    // batchOf gives each task its id as its hash; a CV with that hash is stored meanwhile
    const cv = { ...cvOf(crypto.randomUUID(), new Uint8Array([9])), contentHash: ids[0]! };
    await insertCv(db, cv);
    await sql`update tasks set lease_until = now() - interval '1 second' where id = ${ids[0]}`.execute(db);
    const again = (await claimTask(db, ids[0]!, "w2", 60_000))!;
    expect([again.storedCvId, again.contentHash]).toEqual([cv.id, ids[0]]);
  });

  it("holds a retried task back for its delay, then hands it out again", async () => {
    const { batchId, ids } = await batchOf(1);
    await releaseBatch(db, batchId);
    const claimed = (await claimTask(db, ids[0]!, "w1", 60_000))!;
    expect(await retryTask(db, claimed, 300, "database away")).toBe(true);
    expect(await claimTask(db, ids[0]!, "w1", 60_000)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await claimTask(db, ids[0]!, "w1", 60_000))?.attempts).toBe(2);
  });

  it("claims the oldest claimable task first, never a held or ended one", async () => {
    const { batchId, ids } = await batchOf(3);
    // the earlier tests' tasks ended or are held by live leases; this batch is the only claimable work
    await releaseBatch(db, batchId);
    const order = [];
    for (let i = 0; i < 3; i++) order.push((await claimNextTask(db, `w${i}`, 60_000))?.id);
    expect(order).toEqual(ids);
    expect(await claimNextTask(db, "w9", 60_000)).toBeNull();
  });
});

describe("a task's end and its event", () => {
  it("writes the event with the end, and not at all for a claim that no longer holds the task", async () => {
    const webhookId = crypto.randomUUID();
    await insertWebhook(db, {
      id: webhookId,
      tenantId,
      url: "http://127.0.0.1:9/hook",
      events: ["cv.analyzed"],
      secret: "s",
    });
    const { batchId, ids } = await batchOf(1);
    await releaseBatch(db, batchId);
    const first = (await claimTask(db, ids[0]!, "w1", 60_000))!;
    await sql`update tasks set lease_until = now() - interval '1 second' where id = ${ids[0]}`.execute(db);
    const second = (await claimTask(db, ids[0]!, "w2", 60_000))!;
    const event = { tenantId, event: "cv.analyzed", data: { taskId: ids[0], cvId: "cv-2" } };
    expect(await finishTask(db, first, { state: "done", cvId: "cv-2" }, event)).toBeNull();
    expect(await listDeliveries(db, webhookId, 10)).toHaveLength(0);
    expect(await finishTask(db, second, { state: "done", cvId: "cv-2" }, event)).toEqual({
      batchCompleted: true,
    });
    const deliveries = await listDeliveries(db, webhookId, 10);
    expect(deliveries.map((d) => [d.event, d.state])).toEqual([["cv.analyzed", "pending"]]);
  });
});

describe("file bytes in the embedded database", () => {
  it("stores and reads back every byte value, at any offset of a larger buffer", async () => {
    const all = new Uint8Array(4 + 256 * 40);
    for (let i = 0; i < all.length; i++) all[i] = (i * 7) & 255;
    const file = all.subarray(4);
    const { batchId } = await batchOf(0);
    const id = crypto.randomUUID();
    await addTasks(db, tenantId, batchId, 0, [
      { id, filename: "b.bin", contentHash: id, asText: false, file },
    ]);
    await releaseBatch(db, batchId);
    const claimed = (await claimTask(db, id, "w1", 60_000))!;
    expect(claimed.file).toBeInstanceOf(Uint8Array);
    expect(Buffer.compare(Buffer.from(claimed.file), Buffer.from(file))).toBe(0);
  });
});

describe("a queued CV's file", () => {
  const storedFile = async (id: string) => {
    const row = await db
      .selectFrom("cvs")
      .select(["file", "size_bytes"])
      .where("id", "=", id)
      .executeTakeFirst();
    return [Array.from(row?.file ?? []), Number(row?.size_bytes)];
  };

  it("is copied from its task's row by the database", async () => {
    const { batchId, ids } = await batchOf(1);
    await releaseBatch(db, batchId);
    const task = await claimTask(db, ids[0]!, "w1", 60_000);
    // the process's copy differs on purpose: the stored bytes must be the task row's
    const cv = cvOf(task!.id, new Uint8Array([1, 2, 3]));
    expect(await insertCv(db, cv)).not.toBeNull();
    expect(await storedFile(cv.id)).toEqual([[65], 3]);
  });

  it("comes from the process when the task's row no longer holds it", async () => {
    const cv = cvOf(crypto.randomUUID(), new Uint8Array([7, 8]));
    expect(await insertCv(db, cv)).not.toBeNull();
    expect(await storedFile(cv.id)).toEqual([[7, 8], 2]);
  });
});

describe("a CV's insert", () => {
  it("flags the tenant's earliest CV of the same person (a shared email), nothing for another tenant's", async () => {
    const other = await ensureTenant(db, "tasks-other");
    const cvs = Array.from({ length: 3 }, () => cvOf(crypto.randomUUID(), new Uint8Array([1])));
    const [first, second, elsewhere] = cvs as [
      ReturnType<typeof cvOf>,
      ReturnType<typeof cvOf>,
      ReturnType<typeof cvOf>,
    ];
    const a = await insertCv(db, { ...first, tenantId: other });
    const b = await insertCv(db, { ...second, tenantId: other });
    const c = await insertCv(db, elsewhere);
    expect(a).toEqual({ possibleDuplicateOf: null });
    expect(b).toEqual({ possibleDuplicateOf: first.id });
    // the first tenant's earlier Jane Doe CVs, never the other tenant's
    expect(c?.possibleDuplicateOf).not.toBe(first.id);
    expect(c?.possibleDuplicateOf).not.toBeNull();
    // the same bytes again: nothing written
    expect(await insertCv(db, { ...second, id: crypto.randomUUID(), tenantId: other })).toBeNull();
  });
});

const postgresReady = integrationAvailable("task ends on PostgreSQL", { DATABASE_URL: testDatabaseUrl });

describe.runIf(postgresReady)("a batch's last tasks ending at once, on PostgreSQL", () => {
  it("completes the batch exactly once, whichever end commits last", async () => {
    const scratch = await createScratchDatabase(testDatabaseUrl!, "task_ends");
    const pg = createPostgres(scratch.url, loadSettings({ DATABASE_URL: scratch.url }));
    try {
      await migrateToLatest(pg.db);
      const tenant = await ensureTenant(pg.db, "ends");
      for (let round = 0; round < 5; round++) {
        const batchId = crypto.randomUUID();
        const ids = Array.from({ length: 12 }, () => crypto.randomUUID());
        await createBatch(pg.db, tenant, batchId);
        await addTasks(
          pg.db,
          tenant,
          batchId,
          0,
          ids.map((id) => ({ id, filename: null, contentHash: id, asText: true, file: new Uint8Array([1]) })),
        );
        await releaseBatch(pg.db, batchId);
        const claims = await Promise.all(ids.map((id, i) => claimTask(pg.db, id, `w${i}`, 60_000)));
        // every end in flight together, over the pool's connections
        const ends = await Promise.all(
          claims.map((claim, i) => finishTask(pg.db, claim!, { state: "done", cvId: `cv-${i}` })),
        );
        expect(ends.filter((end) => end?.batchCompleted)).toHaveLength(1);
        const row = await pg.db
          .selectFrom("batches")
          .select(["ended", "completed_at"])
          .where("id", "=", batchId)
          .executeTakeFirstOrThrow();
        expect([row.ended, row.completed_at !== null]).toEqual([12, true]);
      }
    } finally {
      await pg.dependency.close();
      await scratch.drop();
    }
  });
});
