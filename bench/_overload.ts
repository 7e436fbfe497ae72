// Overload: GET /api/cvs?limit=10 on the real entry (Postgres+Redis, 2 workers, default settings) at rising
// connection counts. What must hold: no 500 at any count, refusals are 503 + Retry-After, the 2xx stay fast.
import { closeSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drive, type LoadResult } from "./_load.ts";
import { loadAverage } from "./_report.ts";
import { openStore, startBenchService } from "./_service.ts";
import { syntheticCv } from "./_synthetic-cvs.ts";

export interface OverloadRow {
  connections: number;
  result: LoadResult;
  load: string;
}

export async function measureOverload(): Promise<OverloadRow[]> {
  const levels = (process.env.BENCH_OVERLOAD_CONNECTIONS ?? "100,500,1000,2000").split(",").map(Number);
  const seconds = Number(process.env.BENCH_OVERLOAD_SECONDS ?? 10);
  const store = await openStore("stack", "hot_overload");
  const logFile = join(tmpdir(), `cv-bench-overload-${process.pid}.log`);
  const fd = openSync(logFile, "w");
  const service = await startBenchService(store, 2, { env: { LOG_LEVEL: "info" }, stdout: fd });
  const rows: OverloadRow[] = [];
  try {
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${service.url}/api/cvs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: syntheticCv(i), filename: `overload-${i}.txt` }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`seeding: ${res.status}`);
    }
    for (const connections of levels) {
      const result = await drive(`${service.url}/api/cvs?limit=10`, {
        connections,
        seconds,
        countStatuses: true,
        okLatencies: true,
      });
      rows.push({ connections, result, load: loadAverage() });
      console.log(
        `  ${connections} connections: ${result.requestsPerSecond.toFixed(0)} req/s, statuses ${JSON.stringify(result.statuses)}, socket errors ${result.errors}, p99 ${result.p99Ms.toFixed(0)} ms (2xx alone ${result.p99OkMs?.toFixed(0)} ms), load ${loadAverage()}`,
      );
      await new Promise((r) => setTimeout(r, 2_000)); // let the pools and the backlog drain
    }
  } finally {
    await service.stop();
    closeSync(fd);
    rmSync(logFile, { force: true });
    await store.close();
  }
  return rows;
}

export function printOverload(rows: OverloadRow[]) {
  console.log(
    "\n| connections | req/s | 2xx | 500 | 503 | other | socket errors | p99 ms (all answers) | p99 ms (2xx) | load after |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const { connections, result, load } of rows) {
    const s = result.statuses;
    const ok = Object.entries(s).reduce((n, [code, c]) => (code.startsWith("2") ? n + c : n), 0);
    const other = Object.entries(s).reduce(
      (n, [code, c]) => (!code.startsWith("2") && code !== "500" && code !== "503" ? n + c : n),
      0,
    );
    console.log(
      `| ${connections} | ${result.requestsPerSecond.toFixed(0)} | ${ok} | ${s["500"] ?? 0} | ${s["503"] ?? 0} | ${other} | ${result.errors} | ${result.p99Ms.toFixed(0)} | ${result.p99OkMs?.toFixed(0) ?? "-"} | ${load} |`,
    );
  }
}
