// The real Node entry as a child process for the HTTP benches, in embedded mode (PGlite in a data dir) or in
// Postgres+Redis mode (a scratch database, the local Redis and the in-memory Qdrant emulator).

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createScratchDatabase } from "../test/support/postgres.ts";
import { buildNodeBundle, freePort, type NodeBundle } from "../test/support/process.ts";
import { startQdrantEmulator } from "../test/support/qdrant-emulator/qdrant-emulator.ts";

export type BenchMode = "embedded" | "stack";

/** where the data of one bench run lives; reused across restarts of the service */
export interface BenchStore {
  mode: BenchMode;
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface BenchService {
  url: string;
  /** CPU time (user + system) the server process has used so far, from /proc; NaN where there is none */
  cpuMs(): number;
  /** resident memory in MB of the server process and of each live child (a cluster's workers), from /proc */
  rssMb(): { total: number; largest: number };
  /** the entry's process (a cluster's primary in stack mode) */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** a process and its live descendants, from /proc (the process alone where the kernel lists no children) */
export function processTree(pid: number): number[] {
  const all = [pid];
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" "))
      if (child.trim()) all.push(...processTree(Number(child)));
  } catch {
    // gone, or no children list on this kernel
  }
  return all;
}

/** VmRSS in MB of one process, from /proc/<pid>/status; 0 once it is gone */
export function rssMbOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** VmRSS in MB of a process and of its live children, each */
export function processTreeRssMb(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  return processTree(pid)
    .map(rssMbOf)
    .filter((mb) => mb > 0);
}

/**
 * user + system CPU in ms from a /proc stat file: a process's (`/proc/<pid>/stat`, all its threads) or one
 * thread's (`/proc/<pid>/task/<tid>/stat`); clock ticks of 10 ms on Linux. Throws when the file is gone.
 */
export function statCpuMs(path: string): number {
  const stat = readFileSync(path, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** user + system CPU in ms of a process and its live children (a cluster's workers), from /proc */
export function processCpuMs(pid: number | undefined): number {
  try {
    const own = statCpuMs(`/proc/${pid}/stat`);
    let children = 0;
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" "))
        if (child.trim()) children += processCpuMs(Number(child)) || 0;
    } catch {
      // no children list on this kernel: the process alone
    }
    return own + children;
  } catch {
    return Number.NaN;
  }
}

export const stackUrls = () => ({
  database: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL,
  redis: process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL,
});

export async function openStore(mode: BenchMode, label: string): Promise<BenchStore> {
  const dataDir = mkdtempSync(join(tmpdir(), `cv-bench-${label}-`));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (mode === "embedded") return { mode, env: { DATA_DIR: dataDir }, close: removeDir };
  const urls = stackUrls();
  if (!urls.database || !urls.redis)
    throw new Error(
      "Postgres+Redis mode needs BENCH_DATABASE_URL (or DATABASE_URL) and BENCH_REDIS_URL (or REDIS_URL)",
    );
  const database = await createScratchDatabase(urls.database, `bench_${label}`);
  // Real Qdrant cannot run here; the emulator answers the same REST calls from memory, in this process.
  const qdrant = await startQdrantEmulator();
  return {
    mode,
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: urls.redis,
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: `bench_${label}_${process.pid}`,
    },
    async close() {
      await qdrant.close();
      await database.drop();
      await removeDir();
    },
  };
}

// Services still running when the bench exits (it failed half-way) are stopped with it.
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

export interface BenchServiceOptions {
  /** settings on top of the store's (LOG_LEVEL is warn unless given here) */
  env?: Record<string, string>;
  /** where the service's standard output (its log lines) goes: a file descriptor; discarded when absent */
  stdout?: number;
}

let bundle: NodeBundle | undefined;

/**
 * BENCH_ENTRY=tsx (the default) runs the entry as `npm start` does; BENCH_ENTRY=bundle runs the compiled bundle
 * (`npm run build:server`, as the Dockerfile runs it), built once per bench process into a scratch folder.
 */
function entryArgs(): string[] {
  const kind = process.env.BENCH_ENTRY ?? "tsx";
  if (kind === "tsx") return ["--import", "tsx", "functions/_entries/node.ts"];
  if (kind !== "bundle") throw new Error(`BENCH_ENTRY: tsx or bundle, not ${kind}`);
  if (!bundle) {
    const built = buildNodeBundle();
    bundle = built;
    process.once("exit", () => built.remove());
  }
  return [...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean), ...bundle.nodeArgs];
}

/**
 * Starts the Node entry (`npm start`, or its bundle: BENCH_ENTRY) over the store with `workers` HTTP workers and waits until it is ready.
 */
/** BENCH_SERVICE_ENV="NAME=value,NAME=value": settings (or other variables) given to the service under test */
export function serviceEnvFromBench(): Record<string, string> {
  const pairs = (process.env.BENCH_SERVICE_ENV ?? "").split(",").filter((p) => p.includes("="));
  return Object.fromEntries(
    pairs.map((p) => [p.slice(0, p.indexOf("=")).trim(), p.slice(p.indexOf("=") + 1)]),
  );
}

export async function startBenchService(
  store: BenchStore,
  workers: number,
  options: BenchServiceOptions = {},
): Promise<BenchService> {
  const port = await freePort();
  const child = spawn(process.execPath, entryArgs(), {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...store.env,
      PORT: String(port),
      LOG_LEVEL: "warn",
      UVICORN_WORKERS: String(workers),
      AUTH_MODE: "none",
      ...serviceEnvFromBench(),
      ...options.env,
    },
    stdio: ["ignore", options.stdout ?? "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  live.add(child);
  child.once("exit", () => live.delete(child));
  // A fresh PGlite data dir runs initdb in WebAssembly: minutes when the machine is busy.
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited: ${errors}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the service did not start within 10 minutes: ${errors}`);
    }
    const ready = await fetch(`${url}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    cpuMs: () => processCpuMs(child.pid),
    pid: child.pid,
    rssMb: () => {
      const each = processTreeRssMb(child.pid);
      return { total: each.reduce((a, b) => a + b, 0), largest: Math.max(0, ...each) };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

export function modesFromEnv(): BenchMode[] {
  const wanted = (process.env.BENCH_MODES ?? "embedded,stack").split(",").map((m) => m.trim());
  const urls = stackUrls();
  return (["embedded", "stack"] as const).filter((m) => {
    if (!wanted.includes(m)) return false;
    if (m === "stack" && (!urls.database || !urls.redis)) {
      console.log(
        "Postgres+Redis mode skipped: set BENCH_DATABASE_URL and BENCH_REDIS_URL (or DATABASE_URL, REDIS_URL)",
      );
      return false;
    }
    return true;
  });
}
