// The access log's cost per request, logger against logger: each variant writes the same access lines in its
// own process whose standard output is a file, as a service's would be, and reports CPU (all threads, the
// writes included) and wall time per line once every line is on disk.
// Run: npx tsx bench/logger.bench.ts   (BENCH_LOG_LINES, 200000 unless given)
import { spawnSync } from "node:child_process";
import { closeSync, openSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createLogger, deferredChild, type Logger } from "../shared/log/logger.ts";
import { createNodeLogger } from "../shared/log/pino.node.ts";
import { describeMachine, loadAverage } from "./_report.ts";

const variants = {
  // What every request paid before: a child logger per request (requestContext), then console.log.
  "console.log, child per request (before)": (base: Logger, requestId: string) =>
    base.child({ requestId }).info("request", fields()),
  "console.log, id as a field (workerd now)": (base: Logger, requestId: string) =>
    base.info("request", { requestId, ...fields() }),
  "pino async, id as a field (Node now)": (base: Logger, requestId: string) =>
    base.info("request", { requestId, ...fields() }),
  "pino sync, id as a field": (base: Logger, requestId: string) =>
    base.info("request", { requestId, ...fields() }),
  "pino async, LOG_LEVEL=warn (line dropped)": (base: Logger, requestId: string) =>
    deferredChild(base, { requestId }).info("request", fields()),
} as const;
type Variant = keyof typeof variants;

const fields = () => ({ method: "GET", route: "/api/health", status: 200, ms: 0.4 });

function loggerFor(variant: Variant): Logger {
  if (variant.startsWith("console")) return createLogger("info").child({ pid: process.pid });
  const level = variant.includes("warn") ? "warn" : "info";
  return createNodeLogger(level, { sync: variant.includes("sync") }).child({ pid: process.pid });
}

/** in the child: writes the lines, waits until standard output stops growing, reports on stderr */
async function measure(variant: Variant, lines: number) {
  const log = loggerFor(variant);
  const write = variants[variant];
  for (let i = 0; i < 2_000; i++) write(log, `warm-${i}`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < lines; i++) write(log, `req-${i}`);
  const loopMs = performance.now() - started;
  let size = -1;
  for (;;) {
    const now = statSync("/dev/stdout").size;
    if (now === size) break;
    size = now;
    await new Promise((r) => setTimeout(r, 50));
  }
  const used = process.cpuUsage(cpu);
  process.stderr.write(
    `${JSON.stringify({ loopUsPerLine: (loopMs * 1000) / lines, cpuUsPerLine: (used.user + used.system) / lines, bytes: size })}\n`,
  );
}

export function run() {
  const lines = Number(process.env.BENCH_LOG_LINES ?? 200_000);
  console.log("command: npx tsx bench/logger.bench.ts");
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadAverage()}`);
  console.log(
    `${lines} access lines per variant, standard output to a file, each variant in its own process\n`,
  );
  console.log("| logger | µs per line, caller | CPU µs per line, all threads, until on disk | MB written |");
  console.log("| --- | ---: | ---: | ---: |");
  const self = fileURLToPath(import.meta.url);
  for (const variant of Object.keys(variants) as Variant[]) {
    const file = join(tmpdir(), `cv-bench-logger-${process.pid}.log`);
    const fd = openSync(file, "w");
    const child = spawnSync(process.execPath, ["--import", "tsx", self, variant, String(lines)], {
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
    });
    closeSync(fd);
    rmSync(file, { force: true });
    const result = JSON.parse(child.stderr.trim().split("\n").at(-1) ?? "{}");
    console.log(
      `| ${variant} | ${result.loopUsPerLine?.toFixed(2)} | ${result.cpuUsPerLine?.toFixed(2)} | ${(result.bytes / 1e6).toFixed(1)} |`,
    );
  }
  console.log(`\nload average (1/5/15 min) after: ${loadAverage()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [variant, lines] = process.argv.slice(2);
  if (variant) await measure(variant as Variant, Number(lines));
  else run();
}
