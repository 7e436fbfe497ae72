// /api/batches: asynchronous ingestion. Files are queued at once (202); the batch is read or followed by id.
import { OpenAPIHono } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { finishedSince, getBatch, listBatchTasks, type TaskView } from "../../shared/db/tasks.ts";
import { stallRelease } from "../../shared/http/body-stream.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
import { multipartFiles } from "../../shared/http/multipart.ts";
import { notFound } from "../../shared/http/params.ts";
import { submitBatch } from "../../shared/services/batches.ts";
import { batchEventsRoute, getBatchRoute, submitBatchRoute } from "./routes.ts";

const present = ({ finishSeq: _seq, ...task }: TaskView) => task;

export function defineBatches() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(submitBatchRoute, async (c) => {
    const { clients, settings, tenantId, log } = c.var;
    if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? ""))
      throw new HttpError(415, "unsupported_media_type", "send the files as multipart/form-data");
    // the upload's reader: the same limits as POST /api/cvs (per file, per request, a stalled body is a 408)
    const files = multipartFiles(c.req.raw, {
      maxFileBytes: settings.MAX_UPLOAD_BYTES,
      maxFiles: settings.QUEUE_MAX_BATCH_FILES,
      idleMs: settings.BODY_IDLE_TIMEOUT_MS,
      field: "file",
      ...stallRelease(c),
    });
    const batch = await submitBatch(clients, tenantId, files, log);
    const status = `/api/batches/${batch.id}`;
    c.header("Location", status);
    return c.json({ ...batch, status, events: `${status}/events` }, 202);
  });

  app.openapi(getBatchRoute, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const batch = await getBatch(clients.readDb(), tenantId, id);
    if (!batch) throw notFound("batch", id);
    const tasks = await listBatchTasks(clients.readDb(), id);
    return c.json({ ...batch, tasks: tasks.map(present) }, 200);
  });

  app.openapi(batchEventsRoute, async (c) => {
    const { clients, settings, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const db = clients.db();
    const batch = await getBatch(db, tenantId, id);
    if (!batch) throw notFound("batch", id);
    let after = Number(c.req.valid("header")["last-event-id"] ?? 0);
    // The counts carried by each event start from what had ended before the first event sent.
    const before = (await listBatchTasks(db, id)).filter((t) => t.finishSeq !== null && t.finishSeq <= after);
    let done = before.filter((t) => t.state === "done").length;
    let failed = before.filter((t) => t.state === "failed").length;
    return streamSSE(c, async (stream) => {
      while (!stream.aborted) {
        const ended = await finishedSince(db, id, after);
        for (const task of ended) {
          if (task.state === "done") done += 1;
          else failed += 1;
          after = task.finishSeq ?? after;
          await stream.writeSSE({
            id: String(after),
            event: "task",
            data: JSON.stringify({ ...present(task), done, failed, total: batch.total }),
          });
        }
        if (ended.length === 0 && done + failed >= batch.total) {
          const final = await getBatch(db, tenantId, id);
          await stream.writeSSE({ event: "completed", data: JSON.stringify(final) });
          return;
        }
        if (ended.length === 0) await stream.sleep(settings.QUEUE_EVENTS_POLL_MS);
      }
    });
  });

  return app;
}
