// How a queue worker is handed its next task: Redis Streams in stack mode, the database itself otherwise.
// Either way the task row is claimed in the database, which decides who runs it.
import type { ClaimedTask } from "../db/tasks.ts";

export interface TaskClaim {
  task: ClaimedTask;
  /** acknowledges the message that delivered the task (nothing to do when the database delivers) */
  settle(): Promise<void>;
}

export interface TaskDelivery {
  kind: "streams" | "database" | "cloudflare";
  /** the next claimed task, or null after waiting up to QUEUE_POLL_MS for one */
  next(owner: string): Promise<TaskClaim | null>;
  /** publishes again what may have been lost (a restarted Redis), and claims what dead consumers held */
  sweep(): Promise<void>;
  /** records a task given up after too many attempts where operators look for them */
  deadLetter(task: ClaimedTask, reason: string): Promise<void>;
  close(): Promise<void>;
}

/** The queue's Redis keys under QUEUE_STREAM. */
export const streamKeysOf = (prefix: string) => ({
  tasks: `${prefix}:tasks`,
  group: "cv_analyzer_queue_workers",
  dead: `${prefix}:dead`,
});
