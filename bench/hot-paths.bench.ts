// Hot paths: GET /api/health through the full app (embedded, and Postgres+Redis with 2 workers) against a bare
// node:http server and a bare Hono app in the same run, as ratios; and the cost of an upload with 0 and 150k
// keys in Redis, next to the SCAN purge that uploads used to run.
// Run: npx tsx bench/hot-paths.bench.ts (or npm run bench -- --only hot-paths)
import { closeSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { measureColdStart, printColdStart } from "./_cold-start.ts";
import { drive, type LoadResult, loadTool } from "./_load.ts";
import { measureOverload, printOverload } from "./_overload.ts";
import { describeMachine, loadAverage } from "./_report.ts";
import { modesFromEnv } from "./_service.ts";
import { startBaseline, startTarget, type Target, type TargetName, targetNames } from "./_targets.ts";
import { benchEnv, cleanBenchRedis, measureUploads, type UploadCost } from "./_upload-cost.ts";

const rounds = Number(process.env.BENCH_HEALTH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_HEALTH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_HEALTH_CONNECTIONS ?? 64);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface Row {
  name: TargetName;
  results: LoadResult[];
  cpuMsPerRequest: number[];
  logBytes: number;
  logLines: number;
}

async function measureHealth(names: TargetName[]): Promise<Row[]> {
  const rows = new Map<TargetName, Row>(
    names.map((name) => [name, { name, results: [], cpuMsPerRequest: [], logBytes: 0, logLines: 0 }]),
  );
  for (let round = 0; round < rounds; round++) {
    // Rotated each round so that no target always runs while the machine is busiest.
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      const logFile = join(tmpdir(), `cv-bench-hot-${process.pid}-${name}.log`);
      const fd = openSync(logFile, "w");
      let target: Target | undefined;
      try {
        target = name.startsWith("bare") ? await startBaseline(name) : await startTarget(name, fd);
        await drive(`${target.url}/api/health`, { connections, seconds: 1 }); // warm-up
        const cpuBefore = target.cpuMs();
        const result = await drive(`${target.url}/api/health`, { connections, seconds });
        const cpu = target.cpuMs() - cpuBefore;
        const row = rows.get(name)!;
        row.results.push(result);
        row.cpuMsPerRequest.push(cpu / (result.requestsPerSecond * seconds));
        console.log(
          `  round ${round + 1} ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(1)} ms, non-2xx ${result.non2xx}, errors ${result.errors}, load ${loadAverage()}`,
        );
      } finally {
        await target?.stop();
        closeSync(fd);
        const row = rows.get(name)!;
        row.logBytes = statSync(logFile).size;
        row.logLines = readFileSync(logFile, "utf8").split("\n").filter(Boolean).length;
        rmSync(logFile, { force: true });
      }
    }
  }
  return [...rows.values()];
}

function printHealth(rows: Row[]) {
  const limit = median(
    rows.find((r) => r.name === "bare node:http")?.results.map((r) => r.requestsPerSecond) ?? [],
  );
  console.log(
    `\n| target | req/s (median of ${rounds}) | ratio to bare node:http | p99 ms | server CPU ms/req | non-2xx | log lines (last round) |`,
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    const rps = median(row.results.map((r) => r.requestsPerSecond));
    console.log(
      `| ${row.name} | ${rps.toFixed(0)} | ${(rps / limit).toFixed(2)} | ${median(row.results.map((r) => r.p99Ms)).toFixed(1)} | ${median(row.cpuMsPerRequest).toFixed(3)} | ${row.results.reduce((s, r) => s + r.non2xx, 0)} | ${row.logLines} |`,
    );
  }
}

function printUploads(costs: UploadCost[]) {
  console.log("\n| Redis keys | old SCAN purge p50 ms | upload p50 ms | upload p95 ms | uploads | non-201 |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const c of costs)
    console.log(
      `| ${c.keys} | ${c.scanPurgeP50Ms.toFixed(1)} | ${c.upload.p50.toFixed(1)} | ${c.upload.p95.toFixed(1)} | ${c.upload.count} | ${c.failed} |`,
    );
}

export async function run() {
  console.log("command: npx tsx bench/hot-paths.bench.ts");
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadAverage()}`);
  console.log(
    `load generator: ${loadTool()}, ${connections} connections, ${seconds} s per target and round, ${rounds} rounds`,
  );
  const modes = modesFromEnv();
  const env = modes.includes("stack") ? benchEnv() : undefined;
  const wanted = (process.env.BENCH_HOT_PARTS ?? "health,overload,uploads,coldstart").split(",");
  if (wanted.includes("health")) {
    const names = targetNames.filter(
      (n) => n.startsWith("bare") || modes.includes(n.startsWith("app embedded") ? "embedded" : "stack"),
    );
    printHealth(await measureHealth(names));
  }
  if (wanted.includes("overload") && env) printOverload(await measureOverload());
  if (wanted.includes("uploads") && env) printUploads(await measureUploads(env));
  if (wanted.includes("coldstart") && modes.includes("embedded")) printColdStart(await measureColdStart());
  if (env) await cleanBenchRedis(env.redis);
  console.log(`\nload average (1/5/15 min) after: ${loadAverage()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
