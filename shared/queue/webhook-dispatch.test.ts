// The dispatcher over the embedded database and a real local receiver: retries with back-off, the delivery
// log, disabling after repeated failures, refusal of hosts that resolve inward.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHookReceiver } from "../../test/support/queue.ts";
import { createEmbedded } from "../clients/embedded.node.ts";
import { loadSettings } from "../config/settings.ts";
import { migrateToLatest } from "../db/migrations.ts";
import { ensureTenant } from "../db/tenants.ts";
import { enqueueEvent, insertWebhook, listDeliveries, listWebhooks } from "../db/webhooks.ts";
import { createLogger } from "../log/logger.ts";
import { createWebhookDispatcher } from "./webhook-dispatch.ts";

const embedded = createEmbedded("memory://");
const db = embedded.db;
let tenantId: string;
beforeAll(async () => {
  await migrateToLatest(db);
  tenantId = await ensureTenant(db, "hooks");
});
afterAll(() => embedded.dependency.close());

const settingsWith = (env: Record<string, string>) =>
  loadSettings({ WEBHOOK_BACKOFF_BASE_MS: "10", WEBHOOK_BACKOFF_MAX_MS: "10", ...env });
const sendAll = async (dispatch: () => Promise<number>, rounds: number) => {
  for (let i = 0; i < rounds; i++) {
    await dispatch();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("webhook dispatch", () => {
  it("retries a failing receiver, logs each attempt, and disables the webhook after WEBHOOK_DISABLE_AFTER", async () => {
    let answer = 500;
    const receiver = await startHookReceiver(
      () => "s",
      () => answer,
    );
    try {
      const hook = await insertWebhook(db, {
        id: crypto.randomUUID(),
        tenantId,
        url: receiver.url,
        events: ["cv.analyzed"],
        secret: "s",
      });
      const dispatcher = createWebhookDispatcher(
        () => db,
        settingsWith({ WEBHOOK_ALLOW_PRIVATE: "true", WEBHOOK_DISABLE_AFTER: "3" }),
        createLogger("silent"),
      );
      expect(await enqueueEvent(db, tenantId, "cv.analyzed", { cvId: "a" })).toBe(1);
      await sendAll(dispatcher.dispatch, 2);
      let [delivery] = await listDeliveries(db, hook.id, 10);
      expect([delivery!.state, delivery!.attempts, delivery!.lastStatus]).toEqual(["pending", 2, 500]);
      answer = 204;
      await sendAll(dispatcher.dispatch, 2);
      [delivery] = await listDeliveries(db, hook.id, 10);
      expect([delivery!.state, delivery!.attempts, delivery!.lastStatus]).toEqual(["delivered", 3, 204]);
      expect(receiver.received.every((r) => r.valid)).toBe(true);
      expect(receiver.received).toHaveLength(3);

      // Three failures in a row from here: disabled, and what was pending is given up.
      answer = 503;
      await enqueueEvent(db, tenantId, "cv.analyzed", { cvId: "b" });
      await sendAll(dispatcher.dispatch, 5);
      const disabled = (await listWebhooks(db, tenantId)).find((h) => h.id === hook.id)!;
      expect(disabled.disabledAt).not.toBeNull();
      expect(disabled.failures).toBe(3);
      const latest = (await listDeliveries(db, hook.id, 10))[0]!;
      expect([latest.state, latest.attempts]).toEqual(["failed", 3]);
      // a disabled webhook gets no new deliveries
      expect(await enqueueEvent(db, tenantId, "cv.analyzed", { cvId: "c" })).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it("gives a delivery up once WEBHOOK_RETRY_PERIOD_MS has passed", async () => {
    const receiver = await startHookReceiver(
      () => "s",
      () => 500,
    );
    try {
      const hook = await insertWebhook(db, {
        id: crypto.randomUUID(),
        tenantId,
        url: receiver.url,
        events: ["batch.completed"],
        secret: "s",
      });
      const dispatcher = createWebhookDispatcher(
        () => db,
        settingsWith({
          WEBHOOK_ALLOW_PRIVATE: "true",
          WEBHOOK_RETRY_PERIOD_MS: "1000",
          WEBHOOK_BACKOFF_BASE_MS: "400",
          WEBHOOK_BACKOFF_MAX_MS: "400",
        }),
        createLogger("silent"),
      );
      await enqueueEvent(db, tenantId, "batch.completed", { batchId: "x" });
      for (let i = 0; i < 8; i++) {
        await dispatcher.dispatch();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const [delivery] = await listDeliveries(db, hook.id, 10);
      expect(delivery!.state).toBe("failed");
      expect(delivery!.attempts).toBeGreaterThanOrEqual(2);
      expect(delivery!.attempts).toBeLessThanOrEqual(3);
    } finally {
      await receiver.close();
    }
  });

  it("refuses a host name that resolves to a private address unless WEBHOOK_ALLOW_PRIVATE", async () => {
    const hook = await insertWebhook(db, {
      id: crypto.randomUUID(),
      tenantId,
      url: "http://inward.example.test/hook",
      events: ["cv.failed"],
      secret: "s",
    });
    const dispatcher = createWebhookDispatcher(
      () => db,
      settingsWith({}),
      createLogger("silent"),
      async () => ["10.0.0.7"],
    );
    await enqueueEvent(db, tenantId, "cv.failed", { taskId: "t" });
    await dispatcher.dispatch();
    const [delivery] = await listDeliveries(db, hook.id, 10);
    expect([delivery!.state, delivery!.lastError]).toEqual([
      "failed",
      "inward.example.test resolves to a non-public address",
    ]);
  });
});
