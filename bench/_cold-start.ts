// Cold start: from spawning the Node entry to its first 200 on GET /api/health, embedded, from an empty data
// folder and from an existing one; the TypeScript entry under tsx (npm start) against the esbuild bundle
// (npm run build, then node dist/node.mjs) in the same run; and the process's resident memory once it has been
// idle for BENCH_IDLE_MS after that first answer. With a PostgreSQL and Redis, the bundle in stack mode too
// (UVICORN_WORKERS=2): the resident memory of each HTTP worker, queue worker and the primary.
// BENCH_COLD_ENTRIES picks the entries (tsx,bundle); BENCH_COLD_BASE names another checkout (a worktree of the
// commit to compare with, its node_modules in place) whose bundle is started in turn with this tree's, each from a
// data folder of its own, so that both see the same moments of a shared machine.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNodeBundle, freePort } from "../test/support/process.ts";
import { loadAverage } from "./_report.ts";
import { openStore } from "./_service.ts";

type Entry = "tsx" | "bundle" | "bundle, base";

export interface ColdStartRow {
  entry: Entry | "bundle, stack";
  folder: "empty" | "existing";
  ms: number[];
  /** the 1-minute load average before the first start of the row's group and after its last */
  load?: string;
  /** VmRSS of the process in MB after BENCH_IDLE_MS of idling (stack: of each HTTP worker) */
  rssMb: number[];
  /** stack: the queue workers' and the primary's */
  otherRssMb?: { queue: number[]; primary: number[] };
}

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function buildBundle(root?: string): { file: string; remove(): void } {
  const bundle = buildNodeBundle(root);
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

const oneMinuteLoad = () => loadAverage().split(" / ")[0];

/** Starts each entry of `group` from an empty folder of its own, then `runs` times from it, in alternating order. */
async function startInTurn(group: Entry[], args: Record<Entry, string[]>, runs: number) {
  const folders = group.map(() => mkdtempSync(join(tmpdir(), "cv-bench-cold-")));
  const loadBefore = oneMinuteLoad();
  try {
    const empty: ColdStartRow[] = [];
    for (const [i, entry] of group.entries()) {
      const run = await timeToHealth(args[entry], folders[i]!);
      empty.push({ entry, folder: "empty", ms: [run.ms], rssMb: [run.rssMb] });
    }
    const existing: ColdStartRow[] = group.map((entry) => ({ entry, folder: "existing", ms: [], rssMb: [] }));
    for (let round = 0; round < runs; round++) {
      const order = group.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const run = await timeToHealth(args[group[i]!], folders[i]!);
        existing[i]!.ms.push(run.ms);
        existing[i]!.rssMb.push(run.rssMb);
      }
    }
    const load = `${loadBefore} → ${oneMinuteLoad()}`;
    return [...empty, ...existing].map((row) => ({ ...row, load }));
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

export async function measureColdStart(): Promise<ColdStartRow[]> {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 3);
  const wanted = (process.env.BENCH_COLD_ENTRIES ?? "tsx,bundle").split(",").map((e) => e.trim());
  const baseRoot = process.env.BENCH_COLD_BASE;
  const bundle = buildBundle();
  const base = baseRoot ? buildBundle(baseRoot) : undefined;
  const args: Record<Entry, string[]> = {
    tsx: ["--import", "tsx", "functions/_entries/node.ts"],
    bundle: [bundle.file],
    "bundle, base": base ? [base.file] : [],
  };
  const rows: ColdStartRow[] = [];
  try {
    if (wanted.includes("tsx")) rows.push(...(await startInTurn(["tsx"], args, runs)));
    if (wanted.includes("bundle"))
      rows.push(...(await startInTurn(base ? ["bundle", "bundle, base"] : ["bundle"], args, runs)));
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
    base?.remove();
  }
  return rows;
}

export function printColdStart(rows: ColdStartRow[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const names = {
    tsx: "tsx (npm start)",
    bundle: "esbuild bundle (node dist/node.mjs)",
    "bundle, base": `esbuild bundle of BENCH_COLD_BASE (${process.env.BENCH_COLD_BASE})`,
    "bundle, stack": "esbuild bundle, stack, 2 HTTP workers (RSS per HTTP worker)",
  };
  console.log(
    "\n| entry | data folder | runs | ms to first health (median) | all runs ms | idle RSS MB (median) | all RSS MB | load |",
  );
  console.log("| --- | --- | ---: | ---: | --- | ---: | --- | --- |");
  for (const { entry, folder, ms, rssMb, otherRssMb, load } of rows) {
    console.log(
      `| ${names[entry]} | ${folder} | ${ms.length} | ${median(ms).toFixed(0)} | ${ms.map((m) => m.toFixed(0)).join(", ")} | ${median(rssMb).toFixed(0)} | ${rssMb.map((m) => m.toFixed(0)).join(", ")} | ${load ?? ""} |`,
    );
    if (otherRssMb)
      console.log(
        `|   (same starts) | queue workers, primary | | | | | ${otherRssMb.queue.map((m) => m.toFixed(0)).join(", ")}; ${otherRssMb.primary.map((m) => m.toFixed(0)).join(", ")} | |`,
      );
  }
}
