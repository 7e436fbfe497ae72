// The process's side of the embedded database's thread (pglite-thread.node.ts): statements go to the thread as
// messages and their rows come back the same way. The thread keeps the process alive only while a statement is
// out, so a forgotten handle never holds a process open, and a statement never outlives the process unanswered.
import { Worker } from "node:worker_threads";
import type { SqlSession } from "./pglite-dialect.ts";
import type { Reply, Request, SerializedError } from "./pglite-thread.node.ts";
import { threadScript } from "./thread-script.node.ts";

interface Pending {
  resolve(reply: { rows: unknown[]; affectedRows?: number }): void;
  reject(error: Error): void;
}

/** An error from the thread, with PostgreSQL's fields (code, detail, ...) as own properties, as PGlite gives */
function revive(serialized: SerializedError): Error {
  return Object.assign(new Error(serialized.message), serialized);
}

export class PGliteThread implements SqlSession {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;
  private ended = false;
  /** settles when the database has opened (or failed to) */
  readonly ready: Promise<void>;

  /** `path` is a folder, or "memory://" */
  constructor(path: string) {
    const boot = threadScript("pglite-thread.node");
    this.worker = new Worker(boot.script, {
      eval: boot.eval,
      workerData: { ...boot.workerData, path },
      stdout: false,
      stderr: false,
    });
    this.worker.unref();
    let opened!: () => void;
    let failed!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      opened = resolve;
      failed = reject;
    });
    // nobody may wait for it; whoever sends a statement learns the failure from that statement
    this.ready.catch(() => {});
    this.worker.on("message", (reply: Reply) => {
      if ("ready" in reply) return opened();
      if ("failed" in reply) {
        this.fail(new Error(`the embedded database could not open: ${reply.failed.message}`));
        void this.worker.terminate();
        return failed(this.failure!);
      }
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.settled(reply.id);
      if ("error" in reply) pending.reject(revive(reply.error));
      else pending.resolve(reply);
    });
    this.worker.on("error", (error) => {
      this.fail(new Error(`the embedded database failed: ${error.message}`));
      failed(this.failure!);
    });
    this.worker.on("exit", () => {
      if (this.ended) return;
      this.fail(new Error("the embedded database's thread exited"));
      failed(this.failure!);
    });
  }

  get closed() {
    return this.ended || this.failure !== null;
  }

  query<R>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; affectedRows?: number }> {
    return this.send({ id: 0, sql, params }) as Promise<{ rows: R[]; affectedRows?: number }>;
  }

  async close() {
    if (this.closed) return;
    await this.send({ id: 0, close: true }).catch(() => {});
    this.ended = true;
    await this.worker.terminate();
  }

  private send(request: Request) {
    if (this.ended) return Promise.reject(new Error("the embedded database is closed"));
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<{ rows: unknown[]; affectedRows?: number }>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settled(id: number) {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const [id, pending] of this.pending) {
      this.settled(id);
      pending.reject(this.failure);
    }
  }
}
