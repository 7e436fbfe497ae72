// Cold start: from spawning the Node entry to its first 200 on GET /api/health, embedded, from an empty data
// folder and from an existing one; the TypeScript entry under tsx (npm start) against the esbuild bundle
// (npm run build, then node dist/node.mjs) in the same run.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNodeBundle, freePort } from "../test/support/process.ts";

export interface ColdStartRow {
  entry: "tsx" | "bundle";
  folder: "empty" | "existing";
  ms: number[];
}

function buildBundle(): { file: string; remove(): void } {
  const bundle = buildNodeBundle();
  return { file: join(bundle.dir, "node.mjs"), remove: bundle.remove };
}

async function timeToHealth(nodeArgs: string[], dataDir: string): Promise<number> {
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
      if (ok) return performance.now() - started;
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
        rows.push({ entry, folder: "empty", ms: [await timeToHealth([...entries[entry]], dataDir)] });
        const existing: number[] = [];
        for (let i = 0; i < runs; i++) existing.push(await timeToHealth([...entries[entry]], dataDir));
        rows.push({ entry, folder: "existing", ms: existing });
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
  console.log("\n| entry | data folder | runs | ms to first health (median) | all runs ms |");
  console.log("| --- | --- | ---: | ---: | --- |");
  for (const { entry, folder, ms } of rows) {
    const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
    console.log(
      `| ${entry === "tsx" ? "tsx (npm start)" : "esbuild bundle (node dist/node.mjs)"} | ${folder} | ${ms.length} | ${median.toFixed(0)} | ${ms.map((m) => m.toFixed(0)).join(", ")} |`,
    );
  }
}
