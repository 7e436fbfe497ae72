// Cold start: from spawning the Node entry to its first 200 on GET /api/health, embedded, from an empty data
// folder and from an existing one; the TypeScript entry under tsx (npm start) against the esbuild bundle
// (npm run build, then node dist/node.mjs) in the same run; and the process's resident memory once it has been
// idle for BENCH_IDLE_MS after that first answer. With a PostgreSQL and Redis, the bundle in stack mode too
// (UVICORN_WORKERS=2): the resident memory of each HTTP worker, queue worker and the primary.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNodeBundle, freePort } from "../test/support/process.ts";
import { openStore } from "./_service.ts";

export interface ColdStartRow {
  entry: "tsx" | "bundle" | "bundle, stack";
  folder: "empty" | "existing";
  ms: number[];
  /** VmRSS of the process in MB after BENCH_IDLE_MS of idling (stack: of each HTTP worker) */
  rssMb: number[];
  /** stack: the queue workers' and the primary's */
  otherRssMb?: { queue: number[]; primary: number[] };
}

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function buildBundle(): { file: string; remove(): void } {
  const bundle = buildNodeBundle();
  return { file: join(bundle.dir, "node.mjs"), remove: bundle.remove };
}

/** the processes a cluster primary forked, by role (from the environment it gave them) */
function forkedProcesses(pid: number): { http: number[]; queue: number[] } {
  const found = { http: [] as number[], queue: [] as number[] };
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
  for (const child of children.map(Number)) {
    const env = readFileSync(`/proc/${child}/environ`, "utf8").split("\0");
    if (!env.includes("CV_ANALYZER_WORKER=1")) continue;
    (env.includes("CV_ANALYZER_ROLE=queue") ? found.queue : found.http).push(child);
  }
  return found;
}

interface Started {
  ms: number;
  rssMb: number;
  /** stack: each HTTP worker's, each queue worker's */
  workers?: { http: number[]; queue: number[] };
}

async function timeToHealth(
  nodeArgs: string[],
  dataDir: string,
  env: Record<string, string> = {},
): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error("the service exited during start-up");
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) {
        const ms = performance.now() - started;
        await new Promise((r) => setTimeout(r, Number(process.env.BENCH_IDLE_MS ?? 3000)));
        if (!env.UVICORN_WORKERS) return { ms, rssMb: residentMb(child.pid!) };
        const forked = forkedProcesses(child.pid!);
        return {
          ms,
          rssMb: residentMb(child.pid!),
          workers: { http: forked.http.map(residentMb), queue: forked.queue.map(residentMb) },
        };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

export async function measureColdStart(): Promise<ColdStartRow[]> {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 3);
  const bundle = buildBundle();
  const entries = { tsx: ["--import", "tsx", "functions/_entries/node.ts"], bundle: [bundle.file] } as const;
  const rows: ColdStartRow[] = [];
  try {
    for (const entry of ["tsx", "bundle"] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), "cv-bench-cold-"));
      try {
        const empty = await timeToHealth([...entries[entry]], dataDir);
        rows.push({ entry, folder: "empty", ms: [empty.ms], rssMb: [empty.rssMb] });
        const existing = { entry, folder: "existing" as const, ms: [] as number[], rssMb: [] as number[] };
        for (let i = 0; i < runs; i++) {
          const run = await timeToHealth([...entries[entry]], dataDir);
          existing.ms.push(run.ms);
          existing.rssMb.push(run.rssMb);
        }
        rows.push(existing);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const store = await openStore("stack", "cold").catch(() => undefined);
    if (store) {
      // the schema made once, as on a running deployment; then starts that find it
      try {
        const env = { ...store.env, UVICORN_WORKERS: "2", AUTH_MODE: "none" };
        await timeToHealth([bundle.file], store.env.DATA_DIR!, env);
        const row: ColdStartRow = {
          entry: "bundle, stack",
          folder: "existing",
          ms: [],
          rssMb: [],
          otherRssMb: { queue: [], primary: [] },
        };
        for (let i = 0; i < runs; i++) {
          const run = await timeToHealth([bundle.file], store.env.DATA_DIR!, env);
          row.ms.push(run.ms);
          row.rssMb.push(...(run.workers?.http ?? []));
          row.otherRssMb?.queue.push(...(run.workers?.queue ?? []));
          row.otherRssMb?.primary.push(run.rssMb);
        }
        rows.push(row);
      } finally {
        await store.close();
      }
    } else console.log("cold start in stack mode skipped: set BENCH_DATABASE_URL and BENCH_REDIS_URL");
  } finally {
    bundle.remove();
  }
  return rows;
}

export function printColdStart(rows: ColdStartRow[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const names = {
    tsx: "tsx (npm start)",
    bundle: "esbuild bundle (node dist/node.mjs)",
    "bundle, stack": "esbuild bundle, stack, 2 HTTP workers (RSS per HTTP worker)",
  };
  console.log(
    "\n| entry | data folder | runs | ms to first health (median) | all runs ms | idle RSS MB (median) | all RSS MB |",
  );
  console.log("| --- | --- | ---: | ---: | --- | ---: | --- |");
  for (const { entry, folder, ms, rssMb, otherRssMb } of rows) {
    console.log(
      `| ${names[entry]} | ${folder} | ${ms.length} | ${median(ms).toFixed(0)} | ${ms.map((m) => m.toFixed(0)).join(", ")} | ${median(rssMb).toFixed(0)} | ${rssMb.map((m) => m.toFixed(0)).join(", ")} |`,
    );
    if (otherRssMb)
      console.log(
        `|   (same starts) | queue workers, primary | | | | | ${otherRssMb.queue.map((m) => m.toFixed(0)).join(", ")}; ${otherRssMb.primary.map((m) => m.toFixed(0)).join(", ")} |`,
      );
  }
}
