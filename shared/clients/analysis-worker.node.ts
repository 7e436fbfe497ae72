// The body of one analysis thread: takes jobs from the pool, answers with a result or an error code.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
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

// On Linux a niceness set with pid 0 is this thread's alone: analysis yields the CPU to the event loops.
const nice = (workerData as { nice?: number } | null)?.nice ?? 0;
if (nice > 0) {
  try {
    setPriority(nice);
  } catch {
    // not permitted here: the thread runs at the process's priority
  }
}

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
