// The whole host in one scrape: the real Node entry with UVICORN_WORKERS=2 over a scratch PostgreSQL.
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationAvailable, testDatabaseUrl } from "../../test/support/integration.ts";
import { parseExposition, sumOf } from "../../test/support/metrics-exposition.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../test/support/postgres.ts";
import {
  freePort,
  type ServiceProcess,
  startService,
  waitForWorkersListening,
} from "../../test/support/process.ts";
import {
  type QdrantEmulator,
  startQdrantEmulator,
} from "../../test/support/qdrant-emulator/qdrant-emulator.ts";

/** one request on a connection of its own, so that the cluster's round robin spreads them over the workers */
function getOnNewConnection(url: string): Promise<{ status: number; requestId: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { connection: "close" } }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, requestId: String(res.headers["x-request-id"]) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

async function scrapeText(service: ServiceProcess): Promise<string> {
  const res = await fetch(`${service.url}/api/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

/** the process that served each request, from the access log (each line names its pid and request id) */
const servingPids = (service: ServiceProcess, requestIds: Set<string>) =>
  service.logs
    .filter((l) => l.msg === "request" && requestIds.has(String(l.requestId)))
    .map((l) => Number(l.pid));

const healthIds = new Set<string>();

describe.runIf(
  integrationAvailable("metrics across 2 workers", {
    "DATABASE_URL (or TEST_DATABASE_URL)": testDatabaseUrl,
  }),
)("metrics with UVICORN_WORKERS=2", () => {
  let database: ScratchDatabase;
  let service: ServiceProcess;
  let qdrant: QdrantEmulator;
  beforeAll(async () => {
    database = await createScratchDatabase(testDatabaseUrl!, "metrics");
    // Stack mode as in compose: vectors in Qdrant (its emulator here), so PostgreSQL needs no pgvector.
    qdrant = await startQdrantEmulator();
    service = startService(
      // every probe through the app (counted, logged with its worker's pid), however busy the machine: no lag
      // shedding, and liveness not answered by the listener
      {
        DATABASE_URL: database.url,
        QDRANT_URL: qdrant.url,
        UVICORN_WORKERS: "2",
        LOG_LEVEL: "info",
        SHED_EVENT_LOOP_LAG_MS: "0",
        ACCESS_LOG_LIVENESS: "true",
      },
      await freePort(),
    );
    await waitForWorkersListening(service, 2, 90_000);
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await qdrant?.close();
    await database?.drop();
  });

  it("after exactly 200 requests spread over both workers, one scrape counts 200 for the route", async () => {
    const url = `${service.url}/api/health`;
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => getOnNewConnection(url)));
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
      for (const a of answers) healthIds.add(a.requestId);
    }
    expect(healthIds.size).toBe(200);
    // Both workers served some of them.
    await service.waitForLog(() => servingPids(service, healthIds).length >= 200, 10_000);
    expect(new Set(servingPids(service, healthIds)).size).toBe(2);

    const samples = parseExposition(await scrapeText(service));
    expect(sumOf(samples, "cv_analyzer_http_requests_total", { route: "/api/health" })).toBe(200);
    expect(sumOf(samples, "cv_analyzer_http_request_duration_seconds_count", { route: "/api/health" })).toBe(
      200,
    );
    // Host-wide readings are not multiplied by the number of workers.
    const cores = sumOf(samples, "cv_analyzer_system_cpu_cores");
    expect(cores).toBeGreaterThan(0);
    expect(cores).toBeLessThanOrEqual(1024);
  }, 120_000);

  it("keeps the count when a worker dies and is replaced", async () => {
    const victim = servingPids(service, healthIds)[0];
    const started = service.logs.filter((l) => l.msg === "worker listening").length;
    process.kill(victim, "SIGKILL");
    await service.waitForLog(
      () => service.logs.filter((l) => l.msg === "worker listening").length > started,
      90_000,
    );
    const samples = parseExposition(await scrapeText(service));
    expect(sumOf(samples, "cv_analyzer_http_requests_total", { route: "/api/health" })).toBe(200);
  }, 120_000);

  it.runIf(
    integrationAvailable("promtool check metrics on a 2-worker scrape", {
      "promtool on PATH": promtoolOnPath(),
    }),
  )("passes promtool check metrics", async () => {
    const text = await scrapeText(service);
    const output = execFileSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(output).toBe("");
  });
});

function promtoolOnPath(): string | undefined {
  try {
    execFileSync("promtool", ["--version"], { stdio: "ignore" });
    return "yes";
  } catch {
    return undefined;
  }
}
