import { Redis } from "ioredis";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addTasks,
  createBatch,
  dropAbandonedUploads,
  getBatch,
  queueBacklog,
} from "../../shared/db/tasks.ts";
import { createLogger } from "../../shared/log/logger.ts";
import { type QueueRunner, startQueueRunner } from "../../shared/queue/runner.ts";
import { submitBatch } from "../../shared/services/batches.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { filesForm, startTestApi, type TestApi } from "../../test/support/api.ts";
import { cvIds } from "../../test/support/cv-rows.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../../test/support/integration.ts";
import { distinctPdfs, readEvents, startHookReceiver, waitFor } from "../../test/support/queue.ts";
import { deliveryFor } from "../_entries/node-queue.ts";

const stackReady = integrationAvailable("batch routes in stack mode", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);

const queueEnv = {
  WEBHOOK_ALLOW_PRIVATE: "true",
  QUEUE_POLL_MS: "100",
  QUEUE_EVENTS_POLL_MS: "50",
  QUEUE_SWEEP_INTERVAL_MS: "500",
  QUEUE_RETRY_BASE_MS: "50",
};

describe.each(modes)("batches (%s)", (mode) => {
  let api: TestApi;
  let runner: QueueRunner;
  beforeAll(async () => {
    api = await startTestApi(
      mode,
      { database: testDatabaseUrl, redis: testRedisUrl },
      {
        ...queueEnv,
        QUEUE_STREAM: `cv_test_queue:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
      },
    );
    const log = createLogger("silent");
    runner = startQueueRunner({
      clients: api.clients,
      services: servicesFor(api.clients),
      delivery: deliveryFor(api.clients, log),
      log,
      loops: 2,
    });
  }, 120_000);
  afterAll(async () => {
    await runner?.stop();
    await api?.close();
  });

  const batchOf = async (id: string, key?: string) => {
    const res = await api.request(`/api/batches/${id}`, key ? { key } : {});
    return { status: res.status, body: await res.json() };
  };

  it("queues a batch (202), analyses each file once, reports progress in order and signs batch.completed", async () => {
    let secret = "";
    const receiver = await startHookReceiver(() => secret);
    try {
      const hook = await api.request("/api/webhooks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: receiver.url, events: ["batch.completed", "cv.failed"] }),
      });
      expect(hook.status).toBe(201);
      secret = (await hook.json()).secret;
      expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);

      const [a, b] = distinctPdfs(2);
      const broken = { name: "broken.pdf", bytes: new TextEncoder().encode("%PDF-1.4\nnot really a pdf") };
      // a and its exact copy: one CV, both tasks done with its id
      const res = await api.request("/api/batches", {
        method: "POST",
        body: filesForm([a!, b!, a!, broken]),
      });
      expect(res.status).toBe(202);
      const accepted = await res.json();
      expect(accepted.total).toBe(4);
      expect(accepted.tasks.map((t: { filename: string }) => t.filename)).toEqual([
        a!.name,
        b!.name,
        a!.name,
        "broken.pdf",
      ]);
      expect(res.headers.get("location")).toBe(`/api/batches/${accepted.id}`);

      const events = await readEvents(await api.request(`/api/batches/${accepted.id}/events`));
      const tasks = events.filter((e) => e.event === "task");
      expect(tasks.map((e) => Number(e.id))).toEqual(
        [...tasks.map((e) => Number(e.id))].sort((x, y) => x - y),
      );
      expect(tasks.map((e) => JSON.parse(e.data).done + JSON.parse(e.data).failed)).toEqual([1, 2, 3, 4]);
      expect(events.at(-1)?.event).toBe("completed");

      const { status, body } = await batchOf(accepted.id);
      expect(status).toBe(200);
      expect([body.total, body.done, body.failed, body.queued, body.running]).toEqual([4, 3, 1, 0, 0]);
      expect(body.completedAt).not.toBeNull();
      const [first, second, copy, bad] = body.tasks;
      expect(copy.cvId).toBe(first.cvId);
      expect(second.cvId).not.toBe(first.cvId);
      expect(bad.state).toBe("failed");
      expect(bad.error.code).toBe("corrupt");
      expect((await cvIds(api.clients.db(), api.tenantA)).sort()).toEqual([first.cvId, second.cvId].sort());

      const completed = await waitFor(
        async () => receiver.received.find((r) => r.event === "batch.completed"),
        20_000,
        "batch.completed",
      );
      expect(completed.valid).toBe(true);
      expect(JSON.parse(completed.body)).toMatchObject({
        event: "batch.completed",
        data: { batchId: accepted.id, total: 4, done: 3, failed: 1 },
      });
      const failedHook = await waitFor(
        async () => receiver.received.find((r) => r.event === "cv.failed"),
        20_000,
        "cv.failed",
      );
      expect(failedHook.valid).toBe(true);
      // cv.analyzed was not subscribed to
      expect(receiver.received.filter((r) => r.event === "cv.analyzed")).toEqual([]);

      const { id: hookId } = (await (await api.request("/api/webhooks")).json()).items[0];
      const log = await waitFor(
        async () => {
          const items = (await (await api.request(`/api/webhooks/${hookId}/deliveries`)).json()).items;
          return (
            items.length === 2 && items.every((d: { state: string }) => d.state === "delivered") && items
          );
        },
        20_000,
        "the delivery log",
      );
      expect(log.map((d: { event: string }) => d.event).sort()).toEqual(["batch.completed", "cv.failed"]);
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it("answers another tenant's batch and events with 404", async () => {
    const res = await api.request("/api/batches", {
      method: "POST",
      body: filesForm(distinctPdfs(3).slice(2)),
    });
    const { id } = await res.json();
    expect((await batchOf(id, api.keyB)).status).toBe(404);
    expect((await api.request(`/api/batches/${id}/events`, { key: api.keyB })).status).toBe(404);
    expect((await batchOf("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("queues one CV with POST /api/cvs?async=true", async () => {
    const res = await api.request("/api/cvs?async=true", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: "Grace Hopper\nSoftware engineer\nSkills\nCOBOL, compilers\n",
        filename: "g.txt",
      }),
    });
    expect(res.status).toBe(202);
    const { id, total } = await res.json();
    expect(total).toBe(1);
    const done = await waitFor(
      async () => {
        const { body } = await batchOf(id);
        return body.completedAt && body;
      },
      30_000,
      "the single task",
    );
    expect(done.tasks[0].state).toBe("done");
    const cv = await api.request(`/api/cvs/${done.tasks[0].cvId}`);
    expect((await cv.json()).analysis.contact.name.value).toBe("Grace Hopper");
  });

  it("refuses a non-multipart body, an empty batch and a webhook to a refused URL", async () => {
    const json = await api.request("/api/batches", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(415);
    const empty = new FormData();
    empty.append("note", "no files");
    expect((await api.request("/api/batches", { method: "POST", body: empty })).status).toBe(422);
    const ftp = await api.request("/api/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: "ftp://example.com/x", events: ["cv.analyzed"] }),
    });
    expect(ftp.status).toBe(422);
    expect((await ftp.json()).error.code).toBe("invalid_url");
    const unknownEvent = await api.request("/api/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: "https://example.com/x", events: ["cv.deleted"] }),
    });
    expect(unknownEvent.status).toBe(422);
  });

  it("lists webhooks without their secret and deletes only the tenant's own", async () => {
    const created = await (
      await api.request("/api/webhooks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: "https://example.com/hook", events: ["cv.analyzed"] }),
      })
    ).json();
    const listed = (await (await api.request("/api/webhooks")).json()).items;
    expect(listed.find((h: { id: string }) => h.id === created.id)).toEqual({
      id: created.id,
      url: "https://example.com/hook",
      events: ["cv.analyzed"],
      createdAt: created.createdAt,
      disabledAt: null,
      failures: 0,
    });
    expect(
      (await api.request(`/api/webhooks/${created.id}`, { method: "DELETE", key: api.keyB })).status,
    ).toBe(404);
    expect((await api.request(`/api/webhooks/${created.id}/deliveries`, { key: api.keyB })).status).toBe(404);
    expect((await api.request(`/api/webhooks/${created.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await api.request(`/api/webhooks/${created.id}`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("batch backpressure and private webhook URLs (embedded)", () => {
  let api: TestApi;
  beforeAll(async () => {
    // No runner: what is queued stays queued.
    api = await startTestApi("embedded", {}, { QUEUE_MAX_BACKLOG: "3", RETRY_AFTER_SECONDS: "7" });
  });
  afterAll(() => api?.close());

  it("answers 503 with Retry-After once the backlog reaches QUEUE_MAX_BACKLOG", async () => {
    const files = distinctPdfs(3);
    expect((await api.request("/api/batches", { method: "POST", body: filesForm(files) })).status).toBe(202);
    const refused = await api.request("/api/batches", { method: "POST", body: filesForm(files.slice(0, 1)) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("7");
    expect((await refused.json()).error.code).toBe("queue_full");
  });

  it("neither counts nor keeps a batch whose upload never completed", async () => {
    const db = api.clients.db();
    const before = await queueBacklog(db);
    const batchId = crypto.randomUUID();
    await createBatch(db, api.tenantA, batchId);
    const [pdf] = distinctPdfs(1);
    await addTasks(db, api.tenantA, batchId, 0, [
      { id: crypto.randomUUID(), filename: "held.pdf", contentHash: "x", asText: false, file: pdf!.bytes },
    ]);
    const after = await queueBacklog(db);
    expect([after.queued, after.running]).toEqual([before.queued, before.running]);
    expect(await dropAbandonedUploads(db, 60_000)).toBe(0);
    await sql`update tasks set created_at = now() - interval '2 minutes' where batch_id = ${batchId}`.execute(
      db,
    );
    expect(await dropAbandonedUploads(db, 60_000)).toBe(1);
    expect(await getBatch(db, api.tenantA, batchId)).toBeNull();
  });

  it("stores nothing of a batch refused part-way through its files, with a write of its files under way", async () => {
    const db = api.clients.db();
    const counts = async () =>
      (
        await sql<{ tasks: string; batches: string }>`select (select count(*) from tasks) as tasks,
          (select count(*) from batches) as batches`.execute(db)
      ).rows[0];
    const before = await counts();
    // 20 KB files: a group is written every 13 files, and the 71st is refused while one may be writing
    const settings = { ...api.clients.settings, QUEUE_MAX_BATCH_FILES: 70, QUEUE_MAX_BACKLOG: 1_000_000 };
    const clients = { ...api.clients, settings };
    const uploads = Array.from({ length: 100 }, (_, i) => ({
      bytes: new TextEncoder().encode(`Kestrel Harbor CV ${i} ${"x".repeat(20_000)}`),
      filename: `cv-${i}.txt`,
      asText: true,
    }));
    await expect(submitBatch(clients, api.tenantA, uploads, createLogger("silent"))).rejects.toMatchObject({
      status: 413,
      code: "too_many_files",
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    "http://127.0.0.1:9000/x",
    "http://localhost/x",
    "http://10.1.2.3/x",
    "http://[::1]/x",
    "http://169.254.169.254/latest/meta-data",
    "http://[::ffff:192.168.0.1]/x",
  ])("refuses %s without WEBHOOK_ALLOW_PRIVATE", async (url) => {
    const res = await api.request("/api/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url, events: ["batch.completed"] }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("invalid_url");
  });
});

describe.each(modes)("dead letters (%s)", (mode) => {
  let api: TestApi;
  const stream = `cv_test_queue:${process.pid}:dead-${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    api = await startTestApi(
      mode,
      { database: testDatabaseUrl, redis: testRedisUrl },
      {
        ...queueEnv,
        QUEUE_STREAM: stream,
        QUEUE_MAX_ATTEMPTS: "3",
      },
    );
  }, 120_000);
  afterAll(() => api?.close());

  it("fails a task claimed QUEUE_MAX_ATTEMPTS times without ending as dead_letter, on the dead-letter stream", async () => {
    const res = await api.request("/api/batches", { method: "POST", body: filesForm(distinctPdfs(1)) });
    const { id, tasks } = await res.json();
    // As if three workers had died holding it: three claims, the last lease lapsed.
    await sql`update tasks set attempts = 3, state = 'running', lease_owner = 'dead', lease_until = now() - interval '1 second'
      where id = ${tasks[0].id}`.execute(api.clients.db());
    const log = createLogger("silent");
    const runner = startQueueRunner({
      clients: api.clients,
      services: servicesFor(api.clients),
      delivery: deliveryFor(api.clients, log),
      log,
      loops: 1,
    });
    try {
      const batch = await waitFor(
        async () => {
          const body = await (await api.request(`/api/batches/${id}`)).json();
          return body.completedAt && body;
        },
        30_000,
        "the dead letter",
      );
      expect([batch.done, batch.failed]).toEqual([0, 1]);
      expect(batch.tasks[0].error.code).toBe("dead_letter");
      expect(batch.tasks[0].attempts).toBe(4);
      expect(await cvIds(api.clients.db(), api.tenantA)).toEqual([]);
      if (mode === "stack") {
        const redis = new Redis(testRedisUrl!);
        try {
          const entries = await redis.xrange(`${stream}:dead`, "-", "+");
          expect(entries.map(([, fields]) => fields[fields.indexOf("task") + 1])).toEqual([tasks[0].id]);
        } finally {
          redis.disconnect();
        }
      }
    } finally {
      await runner.stop();
    }
  }, 60_000);
});
