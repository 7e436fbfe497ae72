// The compose stack's topology run from Debian's packages on loopback: nginx in front of the service in stack
// mode (PostgreSQL, Redis, Qdrant's emulator, two workers), redis_exporter, and Prometheus configured from
// infra/prometheus/prometheus.yml with the compose host names mapped to local ports.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";
import {
  executable,
  type LocalProcess,
  startNginx,
  startRedisExporter,
  waitForHttp,
} from "./support/local-stack.ts";
import { createScratchDatabase, type ScratchDatabase } from "./support/postgres.ts";
import { freePort, type ServiceProcess, startService } from "./support/process.ts";
import { type RunningPrometheus, startPrometheus } from "./support/prometheus.node.ts";
import { type QdrantEmulator, startQdrantEmulator } from "./support/qdrant-emulator/qdrant-emulator.ts";

const ready = integrationAvailable("local stack (compose topology)", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
  nginx: executable("nginx"),
  "prometheus-redis-exporter": executable("prometheus-redis-exporter"),
  prometheus: executable("prometheus"),
});

interface ScrapeConfig {
  job_name: string;
  metrics_path?: string;
  static_configs: { targets: string[] }[];
}

describe.runIf(ready)("local stack", () => {
  let database: ScratchDatabase;
  let qdrant: QdrantEmulator;
  let backend: ServiceProcess;
  let nginx: LocalProcess;
  let exporter: LocalProcess;
  let prometheus: RunningPrometheus;

  beforeAll(async () => {
    database = await createScratchDatabase(testDatabaseUrl!, "stack");
    qdrant = await startQdrantEmulator();
    const backendPort = await freePort();
    backend = startService(
      { DATABASE_URL: database.url, REDIS_URL: testRedisUrl!, QDRANT_URL: qdrant.url, UVICORN_WORKERS: "2" },
      backendPort,
    );
    await backend.waitForLog((l) => l.msg === "worker listening", 120_000);
    nginx = startNginx(await freePort(), backendPort);
    const exporterPort = await freePort();
    exporter = startRedisExporter(exporterPort, testRedisUrl!);
    await waitForHttp(nginx.url);
    await waitForHttp(exporter.url);
    // The committed scrape config, its compose hosts mapped to this machine's ports.
    const hosts: Record<string, string> = {
      "backend:8000": `127.0.0.1:${backendPort}`,
      "redis-exporter:9121": `127.0.0.1:${exporterPort}`,
    };
    const config = parse(readFileSync("infra/prometheus/prometheus.yml", "utf8")) as {
      scrape_configs: ScrapeConfig[];
    };
    prometheus = await startPrometheus(
      config.scrape_configs.flatMap((job) =>
        job.static_configs.flatMap((s) =>
          s.targets.map((target) => ({
            job: job.job_name,
            target: hosts[target] ?? target,
            metricsPath: job.metrics_path ?? "/metrics",
          })),
        ),
      ),
      await freePort(),
    );
  }, 180_000);

  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.stop();
    await nginx?.stop();
    await backend?.stop();
    await qdrant?.close();
    await database?.drop();
  });

  it("serves the API and the web page through nginx, with every dependency up", async () => {
    expect((await fetch(`${nginx.url}/api/health`)).status).toBe(200);
    const ready = await (await fetch(`${nginx.url}/api/health/ready`)).json();
    expect(ready.status).toBe("ok");
    expect(Object.keys(ready.dependencies).sort()).toEqual(["postgres", "qdrant", "redis"]);
    const page = await fetch(`${nginx.url}/`);
    expect(await page.text()).toContain("/api/docs");
  });

  it("keeps metrics off the public port", async () => {
    expect((await fetch(`${nginx.url}/api/metrics`)).status).toBe(404);
  });

  it("has Prometheus scrape the service and Redis (through the exporter only)", async () => {
    expect(await prometheus.waitFor('up{job="cv-analyzer"}', (v) => v === 1)).toBe(1);
    expect(await prometheus.waitFor('up{job="redis"}', (v) => v === 1)).toBe(1);
    expect(await prometheus.waitFor("redis_up", (v) => v === 1)).toBe(1);
    expect(await prometheus.waitFor('count(up{job="cv-analyzer"})', (v) => v === 1)).toBe(1);
  }, 120_000);
});
