// Asynchronous ingestion on Workers, inside workerd through Miniflare: the Worker queues a batch's tasks in
// PostgreSQL (over Hyperdrive), announces them on its Cloudflare Queue (INGEST_QUEUE), and its queue() consumer
// analyses them; a repeated file ends with the same CV, and batch.completed reaches a local receiver signed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesForm, startTestApi, type TestApi } from "../../test/support/api.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../../test/support/integration.ts";
import { distinctPdfs, startHookReceiver, waitFor } from "../../test/support/queue.ts";
import { startWorker } from "../../test/support/workerd.ts";

const ready = integrationAvailable("batches inside workerd", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});

describe.runIf(ready)("batches inside workerd (Cloudflare Queues)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("stack", { database: testDatabaseUrl, redis: testRedisUrl });
  }, 120_000);
  afterAll(() => api?.close());

  it("queues a batch on INGEST_QUEUE and the queue() consumer analyses it", async () => {
    let secret = "";
    const receiver = await startHookReceiver(() => secret);
    const mf = await startWorker({
      hyperdrive: api.clients.settings.DATABASE_URL!,
      ingestQueue: `cv-ingest-${process.pid}`,
      bindings: { WEBHOOK_ALLOW_PRIVATE: "true", QUEUE_RETRY_BASE_MS: "100" },
    });
    try {
      const call = async (
        path: string,
        init: { method?: string; body?: Uint8Array; type?: string; json?: unknown } = {},
      ) => {
        const headers: Record<string, string> = { authorization: `Bearer ${api.keyA}` };
        let body: Uint8Array | string | undefined = init.body;
        if (init.type) headers["content-type"] = init.type;
        if (init.json !== undefined) {
          headers["content-type"] = "application/json";
          body = JSON.stringify(init.json);
        }
        return mf.dispatchFetch(`http://worker${path}`, { method: init.method ?? "GET", headers, body });
      };
      const hook = await call("/api/webhooks", {
        method: "POST",
        json: { url: receiver.url, events: ["batch.completed"] },
      });
      expect(hook.status).toBe(201);
      secret = ((await hook.json()) as { secret: string }).secret;

      const [a, b] = distinctPdfs(2);
      const form = new Response(filesForm([a!, b!, a!]));
      const res = await call("/api/batches", {
        method: "POST",
        body: new Uint8Array(await form.arrayBuffer()),
        type: form.headers.get("content-type")!,
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      const final = await waitFor(
        async () => {
          const batch = (await (await call(`/api/batches/${id}`)).json()) as {
            completedAt: string | null;
            done: number;
            failed: number;
            tasks: { state: string; cvId: string }[];
          };
          return batch.completedAt ? batch : null;
        },
        90_000,
        "the batch to complete in workerd",
        300,
      );
      expect([final.done, final.failed]).toEqual([3, 0]);
      expect(final.tasks[2]!.cvId).toBe(final.tasks[0]!.cvId);
      expect(final.tasks[1]!.cvId).not.toBe(final.tasks[0]!.cvId);
      const cv = await call(`/api/cvs/${final.tasks[1]!.cvId}`);
      expect(cv.status).toBe(200);
      expect(await call(`/api/batches/${id}`, {}).then((r) => r.status)).toBe(200);
      const other = await mf.dispatchFetch(`http://worker/api/batches/${id}`, {
        headers: { authorization: `Bearer ${api.keyB}` },
      });
      expect(other.status).toBe(404);

      const completed = await waitFor(
        async () => receiver.received.find((r) => r.event === "batch.completed"),
        30_000,
        "batch.completed from workerd",
      );
      expect(completed.valid).toBe(true);
      expect(JSON.parse(completed.body).data).toMatchObject({ batchId: id, total: 3, done: 3, failed: 0 });
      // workerd records the delivery once the receiver has answered: let it finish before workerd is stopped, so
      // that no connection through Miniflare's Hyperdrive proxy is cut mid-answer (the proxy's sockets have no
      // error listener: one reset there is an uncaught exception in this process, whatever the test saw)
      const hooks = (await (await call("/api/webhooks")).json()) as { items: { id: string }[] };
      await waitFor(
        async () => {
          const log = (await (await call(`/api/webhooks/${hooks.items[0]!.id}/deliveries`)).json()) as {
            items: { state: string }[];
          };
          return log.items.length > 0 && log.items.every((d) => d.state === "delivered");
        },
        30_000,
        "the delivery recorded in workerd",
      );
    } finally {
      await mf.dispose();
      await receiver.close();
    }
  }, 240_000);
});
