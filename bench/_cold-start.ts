// Cold start: from spawning the Node entry to its first 200 on GET /api/health, embedded, from an empty data
// folder and from an existing one; the TypeScript entry under tsx (npm start) against the esbuild bundle
// (npm run build, then node dist/node.mjs) in the same run; and the process's resident memory once it has been
// idle for BENCH_IDLE_MS after that first answer.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNodeBundle, freePort } from "../test/support/process.ts";

export interface ColdStartRow {
  entry: "tsx" | "bundle";
  folder: "empty" | "existing";
  ms: number[];
  /** VmRSS of the process in MB after BENCH_IDLE_MS of idling */
  rssMb: number[];
}

function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function buildBundle(): { file: string; remove(): void } {
  const bundle = buildNodeBundle();
  return { file: join(bundle.dir, "node.mjs"), remove: bundle.remove };
}

async function timeToHealth(nodeArgs: string[], dataDir: string): Promise<{ ms: number; rssMb: number }> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      DATA_DIR: dataDir,
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
        return { ms, rssMb: residentMb(child.pid!) };
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
  } finally {
    bundle.remove();
  }
  return rows;
}

export function printColdStart(rows: ColdStartRow[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    "\n| entry | data folder | runs | ms to first health (median) | all runs ms | idle RSS MB (median) |",
  );
  console.log("| --- | --- | ---: | ---: | --- | ---: |");
  for (const { entry, folder, ms, rssMb } of rows) {
    console.log(
      `| ${entry === "tsx" ? "tsx (npm start)" : "esbuild bundle (node dist/node.mjs)"} | ${folder} | ${ms.length} | ${median(ms).toFixed(0)} | ${ms.map((m) => m.toFixed(0)).join(", ")} | ${median(rssMb).toFixed(0)} |`,
    );
  }
}
