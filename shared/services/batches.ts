// Submitting files for asynchronous ingestion: a batch row, then one task per file written as the file arrives
// (a multipart body is read part by part, so only the file being read is in memory, never the whole batch),
// then the tasks are announced to the queue. Refused with 503 + Retry-After while the backlog is over its limit.
import type { Clients } from "../clients/types.ts";
import { addTasks, createBatch, dropBatch, type NewTask, queueBacklog, releaseBatch } from "../db/tasks.ts";
import { HttpError } from "../http/errors.ts";
import type { Logger } from "../log/logger.ts";
import { publishTasks } from "../queue/publish.ts";
import { storedFilename } from "./filename.ts";
import { hex, type Upload } from "./ingest.ts";

/**
 * bytes of files held before they are written, whatever the batch's size: a statement of 1 MB of files held the
 * embedded database, and with it the event loop, for 220 ms on a loaded machine; a quarter of that is one
 * request's worth
 */
const FLUSH_BYTES = 256 * 1024;

export interface AcceptedBatch {
  id: string;
  total: number;
  tasks: { id: string; filename: string | null }[];
}

/** 503 unless the queue runs here and its backlog leaves room. */
async function checkQueueOpen(clients: Clients) {
  const settings = clients.settings;
  const edgeWithoutQueue = settings.mode === "edge" && !clients.taskQueue?.();
  if (!settings.QUEUE_ENABLED || edgeWithoutQueue)
    throw new HttpError(503, "queue_unavailable", "asynchronous ingestion is not enabled on this deployment");
  const backlog = await queueBacklog(clients.db());
  if (backlog.queued + backlog.running >= settings.QUEUE_MAX_BACKLOG)
    throw new HttpError(
      503,
      "queue_full",
      `the ingestion queue holds ${backlog.queued + backlog.running} tasks (limit QUEUE_MAX_BACKLOG=${settings.QUEUE_MAX_BACKLOG}); try again later`,
      undefined,
      { "Retry-After": String(Math.max(settings.RETRY_AFTER_SECONDS, 5)) },
    );
}

/** Stores every upload as a queued task of a new batch and announces them; nothing is stored on a refusal. */
export async function submitBatch(
  clients: Clients,
  tenantId: string,
  uploads: AsyncIterable<Upload> | Iterable<Upload>,
  log: Logger,
): Promise<AcceptedBatch> {
  await checkQueueOpen(clients);
  const settings = clients.settings;
  const db = clients.db();
  const batchId = crypto.randomUUID();
  const tasks: AcceptedBatch["tasks"] = [];
  // Files are written a few at a time: one statement for several small files, never many large ones held. A
  // write runs while the next files are read and hashed; the one before it ends first (at most two groups held).
  let pending: NewTask[] = [];
  let pendingBytes = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const group = pending;
    const first = tasks.length - group.length;
    pending = [];
    pendingBytes = 0;
    await writing;
    writing = addTasks(db, tenantId, batchId, first, group);
    // a failed write is met at the next flush or at the end; until then it is no unhandled rejection
    writing.catch(() => {});
  };
  await createBatch(db, tenantId, batchId);
  try {
    for await (const upload of uploads) {
      if (tasks.length >= settings.QUEUE_MAX_BATCH_FILES)
        throw new HttpError(
          413,
          "too_many_files",
          `at most ${settings.QUEUE_MAX_BATCH_FILES} files per batch`,
        );
      if (upload.bytes.byteLength > settings.MAX_UPLOAD_BYTES)
        throw new HttpError(413, "too_large", `a file is larger than ${settings.MAX_UPLOAD_BYTES} bytes`);
      const id = crypto.randomUUID();
      const filename = storedFilename(upload.filename, settings.MAX_FILENAME_CHARS);
      const contentHash = hex(await crypto.subtle.digest("SHA-256", upload.bytes as Uint8Array<ArrayBuffer>));
      pending.push({ id, filename, contentHash, asText: upload.asText === true, file: upload.bytes });
      pendingBytes += upload.bytes.byteLength;
      tasks.push({ id, filename });
      if (pending.length >= 32 || pendingBytes >= FLUSH_BYTES) await flush();
    }
    await flush();
    await writing;
    if (tasks.length === 0)
      throw new HttpError(422, "invalid", "send one or more files in parts named `file`");
  } catch (error) {
    // the write under way ends first (its tasks then go with the batch)
    await writing.catch(() => {});
    await dropBatch(db, batchId);
    throw error;
  }
  await releaseBatch(db, batchId);
  await publishTasks(
    clients,
    tasks.map((t) => t.id),
    log,
  );
  return { id: batchId, total: tasks.length, tasks };
}
