// Delivery by the database alone (embedded mode, or PostgreSQL without Redis): a worker claims the oldest
// claimable task with FOR UPDATE SKIP LOCKED; lapsed leases make a dead worker's task claimable again.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { claimNextTask } from "../db/tasks.ts";
import type { TaskDelivery } from "./delivery.ts";
import { onTasksAdded } from "./wake.ts";

export function createDatabaseDelivery(
  db: () => Kysely<Database>,
  options: { leaseMs: number; pollMs: number },
): TaskDelivery {
  const sleepers = new Set<() => void>();
  const stopListening = onTasksAdded(() => {
    for (const wake of [...sleepers]) wake();
  });
  const nap = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, options.pollMs);
      sleepers.add(done);
    });
  return {
    kind: "database",
    async next(owner) {
      const task = await claimNextTask(db(), owner, options.leaseMs);
      if (task) return { task, settle: async () => {} };
      await nap();
      return null;
    },
    sweep: async () => {},
    // The task row itself, failed with code dead_letter, is the record.
    deadLetter: async () => {},
    async close() {
      stopListening();
      for (const wake of [...sleepers]) wake();
    },
  };
}
