// The Node analysis pool: worker threads with a heap cap (`resourceLimits`) and a hard wall-clock deadline.
// A thread that runs past either is terminated mid-instruction, its job answered `timeout` or `too_large`,
// and a fresh thread takes its place, so no document can freeze or exhaust the HTTP process.
import { Worker } from "node:worker_threads";
import { AnalysisError } from "../analysis/errors.ts";
import type { AnalysisErrorCode } from "../analysis/types.ts";
import type { AnalysisJob, AnalysisOutcome, AnalysisPool } from "./analysis-pool.ts";
import type { ReplyMessage } from "./analysis-worker.node.ts";
import { threadScript } from "./thread-script.node.ts";

export interface ThreadPoolOptions {
  /** threads; they start with the pool and a killed one is replaced at once */
  size: number;
  /** V8 old-generation heap cap of each thread */
  memoryMb: number;
  /** wall-clock time one job may run before its thread is terminated */
  deadlineMs: number;
  /** niceness each thread gives itself (0 leaves it as the process's) */
  nice?: number;
}

interface Pending {
  job: AnalysisJob;
  resolve(result: AnalysisOutcome): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  running: (Pending & { id: number; timer: ReturnType<typeof setTimeout> }) | null;
}

export function createThreadAnalysisPool(options: ThreadPoolOptions): AnalysisPool {
  const boot = threadScript("analysis-worker.node");
  const threads = new Set<Thread>();
  const queue: Pending[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  const spawn = () => {
    const worker = new Worker(boot.script, {
      eval: boot.eval,
      workerData: { ...boot.workerData, nice: options.nice ?? 0 },
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
      stdout: false,
      stderr: false,
    });
    // An idle pool does not keep the process alive; a running job does, through its deadline timer.
    worker.unref();
    const thread: Thread = { worker, ready: false, running: null };
    threads.add(thread);
    worker.on("message", (message: ReplyMessage | { ready: true }) => {
      if ("ready" in message) {
        thread.ready = true;
        dispatch();
        return;
      }
      const running = thread.running;
      if (!running || running.id !== message.id) return;
      clearTimeout(running.timer);
      thread.running = null;
      if (message.ok) running.resolve(message.result as AnalysisOutcome);
      else
        running.reject(
          message.code
            ? new AnalysisError(message.code as AnalysisErrorCode, message.message)
            : new Error(`analysis failed: ${message.message}`),
        );
      dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const outOfMemory = thread.ready && error.code === "ERR_WORKER_OUT_OF_MEMORY";
      retire(
        thread,
        outOfMemory
          ? new AnalysisError(
              "too_large",
              `The document needs more than ${options.memoryMb} MB of memory to analyse`,
            )
          : new Error(`analysis worker ${thread.ready ? "failed" : "could not start"}: ${error.message}`),
      );
    });
    worker.on("exit", () => retire(thread, new Error("analysis worker exited")));
    return thread;
  };

  /** Takes a thread out of the pool, fails its job, and replaces it while work remains or it was killed. */
  const retire = (thread: Thread, error: Error) => {
    if (!threads.delete(thread)) return;
    void thread.worker.terminate();
    const running = thread.running;
    thread.running = null;
    if (running) {
      clearTimeout(running.timer);
      running.reject(error);
    }
    if (closed) return;
    if (!thread.ready) {
      // A thread that cannot even start would fail every job the same way: say so instead of looping.
      for (const pending of queue.splice(0)) pending.reject(error);
      return;
    }
    replaced += 1;
    spawn();
    dispatch();
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const idle = [...threads].find((t) => t.ready && !t.running);
      if (!idle) {
        if (threads.size < options.size && ![...threads].some((t) => !t.ready)) spawn();
        return;
      }
      const pending = queue.shift()!;
      const id = nextId++;
      const timer = setTimeout(
        () =>
          retire(
            idle,
            new AnalysisError("timeout", `The analysis did not finish within ${options.deadlineMs} ms`),
          ),
        options.deadlineMs,
      );
      idle.running = { ...pending, id, timer };
      idle.worker.postMessage({ id, job: pending.job });
    }
  };

  // Threads start with the pool, so that no caller's deadline pays for a thread's start-up (about 1 s).
  for (let i = 0; i < options.size; i++) spawn();

  return {
    analyze(job) {
      if (closed) return Promise.reject(new Error("the analysis pool is closed"));
      return new Promise<AnalysisOutcome>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    state: () => ({
      workers: threads.size,
      busy: [...threads].filter((t) => t.running).length,
      waiting: queue.length,
      replaced,
    }),
    async close() {
      closed = true;
      const error = new Error("the analysis pool is closed");
      for (const pending of queue.splice(0)) pending.reject(error);
      const open = [...threads];
      for (const thread of open) retire(thread, error);
      await Promise.all(open.map((t) => t.worker.terminate()));
    },
  };
}
