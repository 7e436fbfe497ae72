// The compose stack's 8 services run on loopback without Docker, each present or stood in for:
//   api             the production build (npm run build, then node dist/node.mjs: no tsx), 2 workers, apikey
//   nginx           Debian's nginx with infra/nginx/nginx.conf (the gateway)
//   frontend        Debian's nginx with infra/frontend/nginx.conf serving the UI's build (vite build, as its image)
//   postgres        the local PostgreSQL server (a scratch database)
//   redis           the local Redis server
//   qdrant          stood in for by the Qdrant emulator (Qdrant does not run on these machines)
//   prometheus      a real Prometheus, its targets read from infra/prometheus/prometheus.yml
//   redis-exporter  Debian's prometheus-redis-exporter
// The compose host names in the committed configs are mapped to the local ports.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";
import {
  executable,
  type LocalProcess,
  startFrontend,
  startNginx,
  startRedisExporter,
  waitForHttp,
} from "./support/local-stack.ts";
import { createScratchDatabase, type ScratchDatabase } from "./support/postgres.ts";
import {
  buildNodeBundle,
  buildWebUi,
  freePort,
  type NodeBundle,
  type ServiceProcess,
  startService,
} from "./support/process.ts";
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
  let bundle: NodeBundle;
  let web: ReturnType<typeof buildWebUi>;
  let api: ServiceProcess;
  let apiKey: string;
  let emptyList: string;
  let frontend: LocalProcess;
  let nginx: LocalProcess;
  let exporter: LocalProcess;
  let prometheus: RunningPrometheus;

  beforeAll(async () => {
    database = await createScratchDatabase(testDatabaseUrl!, "stack");
    qdrant = await startQdrantEmulator();
    bundle = buildNodeBundle();
    web = buildWebUi();
    // a key as the README says to make one in the stack (docker compose exec api node dist/keys.mjs ...)
    const keys = (...args: string[]) =>
      execFileSync(process.execPath, [join(bundle.dir, "keys.mjs"), ...args], {
        env: { PATH: process.env.PATH ?? "", DATABASE_URL: database.url, LOG_LEVEL: "warn" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    emptyList = keys("list");
    const made = keys("create", "--tenant", "stack");
    apiKey = (JSON.parse(made) as { key: string }).key;
    const apiPort = await freePort();
    api = startService(
      {
        DATABASE_URL: database.url,
        REDIS_URL: testRedisUrl!,
        QDRANT_URL: qdrant.url,
        UVICORN_WORKERS: "2",
        AUTH_MODE: "apikey",
        MIN_QUEUE_WORKERS: "2",
        MAX_QUEUE_WORKERS: "8",
      },
      apiPort,
      bundle.nodeArgs,
    );
    await api.waitForLog((l) => l.msg === "worker listening", 120_000);
    const frontendPort = await freePort();
    frontend = startFrontend(frontendPort, web.dir);
    nginx = startNginx(await freePort(), { api: apiPort, frontend: frontendPort });
    const exporterPort = await freePort();
    exporter = startRedisExporter(exporterPort, testRedisUrl!);
    await waitForHttp(frontend.url);
    await waitForHttp(nginx.url);
    await waitForHttp(exporter.url);
    // The committed scrape config, its compose hosts mapped to this machine's ports.
    const hosts: Record<string, string> = {
      "api:8000": `127.0.0.1:${apiPort}`,
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
    await frontend?.stop();
    await api?.stop();
    bundle?.remove();
    web?.remove();
    await qdrant?.close();
    await database?.drop();
  });

  it("serves the API and the web UI through nginx, with every dependency up", async () => {
    expect((await fetch(`${nginx.url}/api/health`)).status).toBe(200);
    const ready = await (await fetch(`${nginx.url}/api/health/ready`)).json();
    expect(ready.status).toBe("ok");
    expect(Object.keys(ready.dependencies).sort()).toEqual(["postgres", "qdrant", "redis"]);
    const page = await fetch(`${nginx.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(join(web.dir, "index.html"), "utf8"));
    expect(html).toContain('<div id="app">');
    // the app's script, named by its content, through the gateway; a deep link is the app too
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${nginx.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await (await fetch(`${nginx.url}/jobs/anything`)).text()).toBe(html);
  });

  it("analyses and stores an upload through the gateway, with the key made by the compiled keys command", async () => {
    expect((await fetch(`${nginx.url}/api/cvs`)).status).toBe(401);
    const upload = await fetch(`${nginx.url}/api/cvs`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        text: "Grace Hopper\ngrace@example.com\nSkills: COBOL, Python",
        filename: "grace.txt",
      }),
    });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const stored = await fetch(`${nginx.url}/api/cvs/${id}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(stored.status).toBe(200);
  }, 60_000);

  it("says so when there are no keys yet", () => {
    expect(emptyList).toBe("no API keys yet; make one with: npm run keys -- create --tenant <name>\n");
  });

  it("answers each healthcheck the compose file runs", async () => {
    for (const url of [
      `${nginx.url}/nginx/health`,
      `${frontend.url}/frontend/health`,
      `${exporter.url}/health`,
      `${prometheus.url}/-/healthy`,
    ])
      expect(`${url} ${(await fetch(url)).status}`).toBe(`${url} 200`);
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
