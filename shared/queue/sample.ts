// Reads the queue's depth and age from the database into the metrics, at each scrape and each scaling tick.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { queueBacklog } from "../db/tasks.ts";
import { dueDeliveryCount } from "../db/webhooks.ts";
import { queueDepth, queueOldestAge } from "../metrics/families.ts";

export async function sampleQueue(db: Kysely<Database>) {
  const [backlog, dueDeliveries] = await Promise.all([queueBacklog(db), dueDeliveryCount(db)]);
  queueDepth.set({ state: "queued" }, backlog.queued);
  queueDepth.set({ state: "running" }, backlog.running);
  queueOldestAge.set({}, backlog.oldestSeconds);
  return { ...backlog, dueDeliveries, total: backlog.queued + backlog.running + dueDeliveries };
}
