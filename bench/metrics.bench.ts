// The cost of metrics: one scrape of /api/metrics (p50/p95) with 1 and 2 worker processes, and GET /api/health
// throughput with and without the HTTP metrics middleware, measured in the same run.
// Run: npx tsx bench/metrics.bench.ts   (2 workers need DATABASE_URL or BENCH_DATABASE_URL, a PostgreSQL)

import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { Pool } from "undici";
import { createApp } from "../functions/app.ts";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { createLogger } from "../shared/log/logger.ts";
import { createScratchDatabase } from "../test/support/postgres.ts";
import { freePort, startService } from "../test/support/process.ts";
import { startQdrantEmulator } from "../test/support/qdrant-emulator/qdrant-emulator.ts";

const COMMAND = "npx tsx bench/metrics.bench.ts";
const SCRAPES = 200;
const THROUGHPUT_SECONDS = 4;
const ROUNDS = 3;
const CONNECTIONS = 32;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

interface ScrapeCost {
  workers: number;
  p50: number;
  p95: number;
  bytes: number;
  series: number;
}

/** starts the real entry, gives it some traffic so that scrapes carry real series, then times scrapes */
async function scrapeCost(
  workers: number,
  databaseUrl: string | undefined,
  qdrantUrl: string | undefined,
): Promise<ScrapeCost> {
  const dataDir = mkdtempSync(join(tmpdir(), "cv-bench-metrics-"));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    UVICORN_WORKERS: String(workers),
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (qdrantUrl) env.QDRANT_URL = qdrantUrl;
  const service = startService(env, await freePort());
  try {
    // The entry logs "listening" at warn level only through its workers; poll health instead.
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`the service did not start: ${service.stderr()}`);
      const ok = await fetch(`${service.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok && workers === 1) break;
      // With a cluster, wait until a scrape shows both workers answering (their process metrics summed).
      if (
        ok &&
        (await fetch(`${service.url}/api/metrics`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        const text = await (await fetch(`${service.url}/api/metrics`)).text();
        if (text.includes("cv_analyzer_http_requests_total")) break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const pool = new Pool(service.url, { connections: 8 });
    for (let i = 0; i < 400; i++) {
      const path = ["/api/health", "/api/health/ready", `/api/cvs/${i}`, "/api/nowhere"][i % 4];
      const res = await pool.request({ path, method: "GET" });
      await res.body.dump();
    }
    const times: number[] = [];
    let bytes = 0;
    let series = 0;
    for (let i = 0; i < SCRAPES + 20; i++) {
      const started = performance.now();
      const res = await pool.request({ path: "/api/metrics", method: "GET" });
      const text = await res.body.text();
      const elapsed = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`scrape answered ${res.statusCode}`);
      if (i >= 20) times.push(elapsed); // the first 20 warm the JIT and the pools
      bytes = text.length;
      series = text.split("\n").filter((l) => l !== "" && !l.startsWith("#")).length;
    }
    await pool.close();
    return { workers, p50: percentile(times, 50), p95: percentile(times, 95), bytes, series };
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** requests per second of GET /api/health over keep-alive connections, for one app */
async function throughput(port: number): Promise<number> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: CONNECTIONS, pipelining: 1 });
  let done = 0;
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const res = await pool.request({ path: "/api/health", method: "GET" });
        await res.body.dump();
        done += 1;
      }
    }),
  );
  await pool.close();
  return done / THROUGHPUT_SECONDS;
}

async function middlewareOverhead() {
  const settings = loadSettings({ DATA_DIR: "memory://", LOG_LEVEL: "silent" });
  const clients = createNodeClients(settings);
  const log = createLogger("silent");
  const variants = [true, false].map((httpMetrics) => ({
    httpMetrics,
    app: createApp({ settings, clients: () => clients, keyValue: () => null, log, httpMetrics }),
  }));
  const servers = await Promise.all(
    variants.map(
      (v) =>
        new Promise<{ server: Server; port: number; httpMetrics: boolean }>((resolve) => {
          const s = serve({ fetch: v.app.fetch, hostname: "127.0.0.1", port: 0 }, (info) =>
            resolve({ server: s as Server, port: info.port, httpMetrics: v.httpMetrics }),
          );
        }),
    ),
  );
  // In-process first: the middleware's own cost per request, without sockets in the way.
  const perRequest: Record<string, number> = {};
  for (const v of variants) {
    for (let i = 0; i < 2_000; i++) await v.app.request("/api/health");
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) await v.app.request("/api/health");
    perRequest[String(v.httpMetrics)] = ((performance.now() - started) / 20_000) * 1000;
  }
  // Over HTTP, alternating the two apps round by round so that drift in machine load hits both alike.
  const rates: Record<string, number[]> = { true: [], false: [] };
  await throughput(servers[0].port); // warm-up
  await throughput(servers[1].port);
  for (let round = 0; round < ROUNDS; round++)
    for (const s of round % 2 === 0 ? servers : [...servers].reverse())
      rates[String(s.httpMetrics)].push(await throughput(s.port));
  for (const s of servers) s.server.close();
  await clients.close();
  return {
    withMetricsRps: percentile(rates.true, 50),
    withoutMetricsRps: percentile(rates.false, 50),
    withMetricsUs: perRequest.true,
    withoutMetricsUs: perRequest.false,
    rounds: rates,
  };
}

export async function run() {
  const cpu = cpus();
  const loadBefore = loadavg()[0];
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const overhead = await middlewareOverhead();
  const costs: ScrapeCost[] = [];
  if (baseUrl) {
    const database = await createScratchDatabase(baseUrl, "bench_metrics");
    // Vectors go to the Qdrant emulator, as in the compose stack: PostgreSQL then needs no pgvector.
    const qdrant = await startQdrantEmulator();
    try {
      costs.push(await scrapeCost(1, database.url, qdrant.url));
      costs.push(await scrapeCost(2, database.url, qdrant.url));
    } finally {
      await qdrant.close();
      await database.drop();
    }
  } else {
    costs.push(await scrapeCost(1, undefined, undefined));
  }
  console.log(`command: ${COMMAND}`);
  console.log(`machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}`);
  console.log(`load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadavg()[0].toFixed(2)}`);
  console.log(
    `scrape of /api/metrics, ${SCRAPES} sequential scrapes after 20 warm-up (${baseUrl ? "stack mode: PostgreSQL, Qdrant emulator" : "embedded mode"}):`,
  );
  for (const c of costs)
    console.log(
      `  ${c.workers} worker${c.workers > 1 ? "s" : ""}: p50 ${c.p50.toFixed(2)} ms, p95 ${c.p95.toFixed(2)} ms (${c.series} samples, ${c.bytes} bytes)`,
    );
  if (!baseUrl)
    console.log("  2 workers: skipped, set DATABASE_URL or BENCH_DATABASE_URL (a cluster needs PostgreSQL)");
  const cost = (1 - overhead.withMetricsRps / overhead.withoutMetricsRps) * 100;
  console.log(
    `GET /api/health, one process, ${CONNECTIONS} keep-alive connections, ${ROUNDS} alternating rounds of ${THROUGHPUT_SECONDS} s, median:`,
  );
  console.log(
    `  with the metrics middleware:    ${overhead.withMetricsRps.toFixed(0)} req/s  (rounds: ${overhead.rounds.true.map((r) => r.toFixed(0)).join(", ")})`,
  );
  console.log(
    `  without the metrics middleware: ${overhead.withoutMetricsRps.toFixed(0)} req/s  (rounds: ${overhead.rounds.false.map((r) => r.toFixed(0)).join(", ")})`,
  );
  console.log(`  throughput cost: ${cost.toFixed(1)} %`);
  console.log(
    `in-process app.request("/api/health"), 20,000 sequential: ${overhead.withMetricsUs.toFixed(1)} µs with, ${overhead.withoutMetricsUs.toFixed(1)} µs without`,
  );
  return { scrapes: costs, ...overhead };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
