// The queue as deployed: the Node entry with its cluster primary, HTTP and queue worker processes over
// PostgreSQL and a Redis of the test's own. A batch of 200 distinct PDFs completes while queue workers are
// SIGKILLed twice and Redis restarts empty; every file ends analysed exactly once; the workers scale from
// MIN to MAX and back, as the metrics show; batch.completed arrives signed. With the CPU check on (the
// default), no more queue processes start than the machine has cores.
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { filesForm } from "./support/api.ts";
import { integrationAvailable, testDatabaseUrl } from "./support/integration.ts";
import { createScratchDatabase } from "./support/postgres.ts";
import { freePort, startService } from "./support/process.ts";
import { startQdrantEmulator } from "./support/qdrant-emulator/qdrant-emulator.ts";
import { distinctPdfs, readEvents, startHookReceiver, waitFor } from "./support/queue.ts";
import { startOwnRedis } from "./support/redis-server.ts";

const ready = integrationAvailable("queue worker processes", { DATABASE_URL: testDatabaseUrl });
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
});

/** one gauge's value summed over its series, from the Prometheus text */
const gauge = (text: string, name: string, labels = "") =>
  text
    .split("\n")
    .filter(
      (l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `) || (!labels && l.startsWith(`${name}{`)),
    )
    .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0);

/**
 * The Node entry over a scratch database, a Qdrant emulator and a Redis of its own, one HTTP process and
 * queue processes of one task each (cv_analyzer_queue_workers then counts processes), ready to serve.
 */
async function startQueueService(label: string, env: Record<string, string>) {
  const database = await createScratchDatabase(testDatabaseUrl!, label);
  closers.push(database.drop);
  const qdrant = await startQdrantEmulator();
  closers.push(qdrant.close);
  const redis = await startOwnRedis();
  closers.push(redis.kill);
  const service = startService(
    {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: `${label}_${process.pid}`,
      LOG_LEVEL: "info",
      UVICORN_WORKERS: "1",
      QUEUE_WORKER_CONCURRENCY: "1",
      // generous: a PDF must not time out on a loaded machine (the tests count every file done)
      ANALYSIS_TIMEOUT_MS: "20000",
      QUEUE_LEASE_MS: "22000",
      ...env,
    },
    await freePort(),
  );
  closers.push(() => service.stop());
  await service.waitForLog((l) => l.msg === "worker listening", 90_000);
  const api = (path: string, init?: RequestInit) => fetch(`${service.url}${path}`, init);
  return { database, redis, service, api };
}

describe.runIf(ready)("queue worker processes (stack mode)", () => {
  it("completes 200 PDFs exactly once through two SIGKILLs and a Redis restart, scaling MIN→MAX→MIN", async () => {
    let secret = "";
    const receiver = await startHookReceiver(() => secret);
    closers.push(receiver.close);
    const { database, redis, service, api } = await startQueueService("queue", {
      MIN_QUEUE_WORKERS: "1",
      MAX_QUEUE_WORKERS: "3",
      QUEUE_SCALE_TASKS_PER_WORKER: "20",
      QUEUE_SCALE_INTERVAL_MS: "300",
      // the whole span MIN→MAX is what this test watches; the CPU check that holds workers back on busy
      // cores is shared/queue/scale.test.ts's and the next test's
      QUEUE_SCALE_MAX_CPU: "1",
      QUEUE_IDLE_MS: "2000",
      QUEUE_MAX_ATTEMPTS: "5",
      QUEUE_REDELIVER_MS: "2000",
      QUEUE_SWEEP_INTERVAL_MS: "500",
      QUEUE_POLL_MS: "200",
      WEBHOOK_ALLOW_PRIVATE: "true",
      WEBHOOK_BACKOFF_BASE_MS: "200",
    });
    const metrics = async () => (await api("/api/metrics")).text();

    const hook = await api("/api/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: receiver.url, events: ["batch.completed"] }),
    });
    expect(hook.status).toBe(201);
    secret = (await hook.json()).secret;

    await waitFor(
      async () => gauge(await metrics(), "cv_analyzer_queue_workers") === 1,
      60_000,
      "MIN workers",
    );
    const files = distinctPdfs(200);
    const res = await api("/api/batches", { method: "POST", body: filesForm(files) });
    expect(res.status).toBe(202);
    const batch = await res.json();
    expect(batch.total).toBe(200);
    const state = async () => (await api(`/api/batches/${batch.id}`)).json();

    // Backlog of 200 at 20 per worker: MAX (3) workers, seen in the metrics.
    await waitFor(
      async () => gauge(await metrics(), "cv_analyzer_queue_workers") === 3,
      60_000,
      "MAX workers",
    );

    const queuePids = () => {
      const started = service.logs
        .filter((l) => l.msg === "queue worker started")
        .map((l) => Number(l.workerPid));
      const gone = service.logs
        .filter(
          (l) => l.msg === "queue worker exited; starting a replacement" || l.msg === "queue worker stopping",
        )
        .map((l) => Number(l.workerPid));
      return started.filter((pid) => !gone.includes(pid));
    };
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    closers.push(() => db.end());
    /** tasks whose lease a queue worker process holds (the lease owner names host and pid) */
    const heldBy = async (pid: number) =>
      (
        await db.query<{ id: string }>(
          "select id from tasks where state = 'running' and lease_owner like $1",
          [`%-${pid}/%`],
        )
      ).rows.map((r) => r.id);
    // Tasks a killed worker held: each must be claimed again after its lease and end done.
    const orphaned: string[] = [];
    const killOneAfter = async (ended: number) => {
      await waitFor(
        async () => {
          const s = await state();
          return s.done + s.failed >= ended;
        },
        120_000,
        `${ended} tasks ended`,
        100,
      );
      // Freeze a worker, and kill it only while it holds a task (a frozen process cannot finish one).
      const pid = await waitFor(
        async () => {
          for (const candidate of queuePids()) {
            process.kill(candidate, "SIGSTOP");
            const held = await heldBy(candidate);
            if (held.length > 0) {
              orphaned.push(...held);
              return candidate;
            }
            process.kill(candidate, "SIGCONT");
          }
          return undefined;
        },
        60_000,
        "a queue worker holding a task",
        20,
      );
      process.kill(pid, "SIGKILL");
      await service.waitForLog(
        (l) => l.msg === "queue worker exited; starting a replacement" && l.workerPid === pid,
        30_000,
      );
    };
    // Each queue process is forked with its main thread's small semi-space (QUEUE_MAIN_SEMI_SPACE_MB, 1 by
    // default) and gc for the collection after its start-up; the HTTP process keeps the primary's flags.
    const argsOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const httpPid = Number(service.logs.find((l) => l.msg === "worker started")?.workerPid);
    if (existsSync("/proc/self/cmdline")) {
      for (const pid of queuePids())
        expect(argsOf(pid)).toEqual(expect.arrayContaining(["--max-semi-space-size=1", "--expose-gc"]));
      expect(argsOf(httpPid).some((arg) => arg.startsWith("--max-semi-space-size"))).toBe(false);
    }
    await killOneAfter(30);
    await killOneAfter(80);
    await waitFor(
      async () => {
        const s = await state();
        return s.done + s.failed >= 110;
      },
      120_000,
      "110 tasks ended",
      100,
    );
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await redis.start();

    const final = await waitFor(
      async () => {
        const s = await state();
        return s.completedAt && s;
      },
      240_000,
      "the batch to complete",
      500,
    );
    expect([final.total, final.done, final.failed]).toEqual([200, 200, 0]);
    // Redis came back empty: the sweeper published again the queued tasks whose message it lost.
    expect(service.logs.some((l) => l.msg === "queue: published tasks whose message was missing")).toBe(true);

    // Exactly once: one CV row per file, every task pointing at its own.
    const { rows } = await db.query<{ n: string; distinct_hashes: string }>(
      "select count(*) as n, count(distinct content_hash) as distinct_hashes from cvs",
    );
    expect(rows[0]).toEqual({ n: "200", distinct_hashes: "200" });
    expect(new Set(final.tasks.map((t: { cvId: string }) => t.cvId)).size).toBe(200);
    // The two killed workers' tasks were claimed again after their lease, and each ended done.
    expect(orphaned.length).toBeGreaterThanOrEqual(2);
    const retried = await db.query<{ state: string; again: boolean }>(
      "select state, attempts > 1 as again from tasks where id = any($1)",
      [orphaned],
    );
    expect(retried.rows).toEqual(orphaned.map(() => ({ state: "done", again: true })));

    const events = await readEvents(await api(`/api/batches/${batch.id}/events`));
    const progress = events.filter((e) => e.event === "task").map((e) => JSON.parse(e.data));
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const ids = events.filter((e) => e.event === "task").map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(events.at(-1)?.event).toBe("completed");

    const completed = await waitFor(
      async () => receiver.received.find((r) => r.event === "batch.completed"),
      30_000,
      "batch.completed",
    );
    expect(completed.valid).toBe(true);
    expect(JSON.parse(completed.body).data).toMatchObject({
      batchId: batch.id,
      total: 200,
      done: 200,
      failed: 0,
    });

    // Idle: back to MIN; the retries show in the metrics.
    await waitFor(
      async () => gauge(await metrics(), "cv_analyzer_queue_workers") === 1,
      60_000,
      "back to MIN",
    );
    const text = await metrics();
    expect(gauge(text, "cv_analyzer_queue_tasks", 'state="queued"')).toBe(0);
    expect(gauge(text, "cv_analyzer_queue_retries_total")).toBeGreaterThanOrEqual(1);
    expect(gauge(text, "cv_analyzer_webhook_deliveries_total", 'outcome="delivered"')).toBeGreaterThanOrEqual(
      1,
    );
  }, 600_000);
  it("adds no queue process beyond the machine's cores while the CPU check is on (the default)", async () => {
    const { service, api } = await startQueueService("queuecap", {
      MIN_QUEUE_WORKERS: "1",
      MAX_QUEUE_WORKERS: "8",
      // a backlog of 60 asks for 12 workers at 5 each
      QUEUE_SCALE_TASKS_PER_WORKER: "5",
      QUEUE_SCALE_INTERVAL_MS: "200",
    });
    const res = await api("/api/batches", { method: "POST", body: filesForm(distinctPdfs(60)) });
    expect(res.status).toBe(202);
    const batch = await res.json();
    let most = 0;
    await waitFor(
      async () => {
        most = Math.max(most, gauge(await (await api("/api/metrics")).text(), "cv_analyzer_queue_workers"));
        const state = await (await api(`/api/batches/${batch.id}`)).json();
        return state.completedAt !== null && state.done === 60;
      },
      240_000,
      "the batch done",
      100,
    );
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(Math.max(1, Math.min(8, availableParallelism())));
    // every scaling step says how busy the machine was
    const steps = service.logs.filter((l) => l.msg === "queue workers scaled");
    for (const step of steps) expect(typeof step.cpuBusy).toBe("number");
  }, 300_000);
});
