// The body of one analysis thread: takes jobs from the pool, answers with a result or an error code.
import { parentPort } from "node:worker_threads";
import { isAnalysisError } from "../analysis/errors.ts";
import { type AnalysisJob, runAnalysisJob } from "./analysis-pool.ts";

export interface JobMessage {
  id: number;
  job: AnalysisJob;
}

export type ReplyMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; code: string | null; message: string };

const port = parentPort;
if (!port) throw new Error("analysis-worker.node.ts runs only as a worker thread");

port.on("message", async ({ id, job }: JobMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, ok: true, result: await runAnalysisJob(job) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      code: isAnalysisError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
