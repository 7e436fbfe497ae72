// Runs one claimed task: ingest the file as the synchronous upload does (the content hash makes a second
// delivery find the stored CV instead of writing another), end the task, and announce what happened.
import { isAnalysisError } from "../analysis/errors.ts";
import type { Clients } from "../clients/types.ts";
import { type ClaimedTask, finishTask, getBatch, retryTask, type TaskOutcome } from "../db/tasks.ts";
import { enqueueEvent, type TenantEvent } from "../db/webhooks.ts";
import type { Logger } from "../log/logger.ts";
import { queueDeadLetters, queueRetries, queueTasksEnded } from "../metrics/families.ts";
import type { Services } from "../services/context.ts";
import { ingestCv } from "../services/ingest.ts";
import type { TaskDelivery } from "./delivery.ts";

export async function runTask(
  clients: Clients,
  services: Services,
  delivery: TaskDelivery,
  task: ClaimedTask,
  log: Logger,
): Promise<{ retryInMs: number } | null> {
  const settings = clients.settings;
  if (task.attempts > 1) queueRetries.inc({});
  let outcome: TaskOutcome;
  if (task.attempts > settings.QUEUE_MAX_ATTEMPTS) {
    const given = deadLetter(
      task,
      `claimed ${task.attempts - 1} times without ending (its worker died each time)`,
    );
    outcome = given;
    await delivery
      .deadLetter(task, given.message)
      .catch((error) => log.warn("queue: dead-letter failed", { error }));
  } else if (task.storedCvId) {
    // The same bytes are stored already (an earlier delivery of this task, or the same file sent again).
    outcome = { state: "done", cvId: task.storedCvId };
  } else {
    try {
      const stored = await ingestCv(clients, services, log, task.tenantId, {
        bytes: task.file,
        filename: task.filename,
        asText: task.asText,
        inTask: task.id,
        lookedUp: task.contentHash,
      });
      outcome = { state: "done", cvId: stored.id };
    } catch (error) {
      if (isAnalysisError(error)) outcome = { state: "failed", code: error.code, message: error.message };
      else if (task.attempts < settings.QUEUE_MAX_ATTEMPTS) {
        // A passing failure (a dependency away): back to the queue, later, with the reason kept.
        const delay = settings.QUEUE_RETRY_BASE_MS * 2 ** (task.attempts - 1);
        log.warn("queue: task failed; retrying", { task: task.id, attempts: task.attempts, delay, error });
        await retryTask(clients.db(), task, delay, error instanceof Error ? error.message : String(error));
        return { retryInMs: delay };
      } else {
        const given = deadLetter(task, error instanceof Error ? error.message : String(error));
        outcome = given;
        await delivery
          .deadLetter(task, given.message)
          .catch((e) => log.warn("queue: dead-letter failed", { error: e }));
      }
    }
  }
  const ended = await finishTask(clients.db(), task, outcome, taskEvent(task, outcome));
  if (!ended) {
    log.warn("queue: the task's lease lapsed before it ended; another worker has it", { task: task.id });
    return null;
  }
  queueTasksEnded.inc({ outcome: outcome.state });
  if (ended.batchCompleted) await announceBatchCompleted(clients, task.tenantId, task.batchId);
  return null;
}

function deadLetter(task: ClaimedTask, reason: string): TaskOutcome & { state: "failed" } {
  queueDeadLetters.inc({});
  return {
    state: "failed",
    code: "dead_letter",
    message: `given up after ${task.attempts} attempts: ${reason}`,
  };
}

/** cv.analyzed or cv.failed, written with the task's end (finishTask) */
function taskEvent(task: ClaimedTask, outcome: TaskOutcome): TenantEvent {
  const about = { taskId: task.id, batchId: task.batchId, filename: task.filename };
  return outcome.state === "done"
    ? { tenantId: task.tenantId, event: "cv.analyzed", data: { ...about, cvId: outcome.cvId } }
    : {
        tenantId: task.tenantId,
        event: "cv.failed",
        data: { ...about, error: { code: outcome.code, message: outcome.message } },
      };
}

/** batch.completed, sent by whoever completed the batch: the end of its last task, or the sweep */
export async function announceBatchCompleted(clients: Clients, tenantId: string, batchId: string) {
  const db = clients.db();
  const batch = await getBatch(db, tenantId, batchId);
  if (batch)
    await enqueueEvent(db, tenantId, "batch.completed", {
      batchId: batch.id,
      total: batch.total,
      done: batch.done,
      failed: batch.failed,
      completedAt: batch.completedAt,
    });
}
