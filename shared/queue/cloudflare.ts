// The Workers consumer of the ingestion queue: Cloudflare Queues deliver task ids (INGEST_QUEUE); each message
// claims its task in PostgreSQL, runs it inline, and is acknowledged, or retried later when the task is held by
// another invocation or failed for a passing reason. Due webhook deliveries are sent after each message batch.
import type { Clients } from "../clients/types.ts";
import { claimTask, taskState } from "../db/tasks.ts";
import type { Logger } from "../log/logger.ts";
import { servicesFor } from "../services/context.ts";
import type { TaskDelivery } from "./delivery.ts";
import { runTask } from "./run-task.ts";
import { createWebhookDispatcher } from "./webhook-dispatch.ts";

/** The part of a Cloudflare Queues message the consumer uses. */
export interface QueueMessage {
  body: unknown;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

// Cloudflare Queues keep what is retried too often in their own dead-letter queue (wrangler.toml); the task
// row, failed with code dead_letter, is the record here.
const cloudflareDelivery: TaskDelivery = {
  kind: "cloudflare",
  next: async () => null,
  sweep: async () => {},
  deadLetter: async () => {},
  close: async () => {},
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export async function consumeTaskMessages(clients: Clients, messages: readonly QueueMessage[], log: Logger) {
  const settings = clients.settings;
  const services = servicesFor(clients);
  for (const message of messages) {
    const taskId = (message.body as { task?: unknown } | null)?.task;
    if (typeof taskId !== "string") {
      log.warn("queue: a message without a task id was dropped", { body: message.body });
      message.ack();
      continue;
    }
    try {
      const task = await claimTask(clients.db(), taskId, crypto.randomUUID(), settings.QUEUE_LEASE_MS);
      if (!task) {
        // Ended (a repeated message): done with it. Still open: held by an invocation that may yet die.
        const state = await taskState(clients.db(), taskId);
        if (state === "queued" || state === "running")
          message.retry({ delaySeconds: seconds(settings.QUEUE_LEASE_MS) });
        else message.ack();
        continue;
      }
      const retry = await runTask(clients, services, cloudflareDelivery, task, log);
      if (retry) message.retry({ delaySeconds: seconds(retry.retryInMs) });
      else message.ack();
    } catch (error) {
      log.warn("queue: a task message failed; it is retried", { task: taskId, error });
      message.retry({ delaySeconds: seconds(settings.QUEUE_RETRY_BASE_MS) });
    }
  }
  const dispatcher = createWebhookDispatcher(() => clients.db(), settings, log);
  while ((await dispatcher.dispatch()) > 0) {}
}
