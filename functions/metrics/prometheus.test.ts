// End to end: a real Prometheus scrapes the running service every second; its HTTP API must show the target
// up and cv_analyzer_http_requests_total risen by exactly the requests sent.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeClients } from "../../shared/clients/node.ts";
import { loadSettings } from "../../shared/config/settings.ts";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { createLogger } from "../../shared/log/logger.ts";
import { integrationAvailable } from "../../test/support/integration.ts";
import { freePort } from "../../test/support/process.ts";
import {
  commandOnPath,
  type RunningPrometheus,
  startPrometheus,
} from "../../test/support/prometheus.node.ts";
import { type RunningServer, startServer } from "../_entries/node-server.ts";

const requestsSent = 50;
const counter = 'sum(cv_analyzer_http_requests_total{job="cv-analyzer",route="/api/health"})';

describe.runIf(
  integrationAvailable("metrics scraped by a real Prometheus", {
    "prometheus on PATH": commandOnPath("prometheus"),
  }),
)("a real Prometheus scraping /api/metrics", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cv-metrics-e2e-"));
  let server: RunningServer;
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    // every probe through the app (counted), however busy the machine: no lag shedding
    const settings = loadSettings({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      SHED_EVENT_LOOP_LAG_MS: "0",
    });
    // As `npm start` does: the embedded database is created and migrated before the server listens.
    const clients = createNodeClients(settings);
    await migrateToLatest(clients.db());
    server = await startServer(settings, createLogger("silent"), clients);
    prometheus = await startPrometheus(
      [{ job: "cv-analyzer", target: `127.0.0.1:${server.port}`, metricsPath: "/api/metrics" }],
      await freePort(),
    );
  }, 60_000);
  afterAll(async () => {
    await prometheus?.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sees the target up and the request counter rise by the number of requests sent", async () => {
    const base = `http://127.0.0.1:${server.port}`;
    expect(await prometheus.waitFor('up{job="cv-analyzer"}', (v) => v === 1)).toBe(1);
    // One request first, so that the series exists before the count starts.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const before = await prometheus.waitFor(counter, (v) => v !== undefined && v >= 1);
    for (let i = 0; i < requestsSent; i++) expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const after = await prometheus.waitFor(
      counter,
      (v) => v !== undefined && v >= (before ?? 0) + requestsSent,
    );
    expect((after ?? 0) - (before ?? 0)).toBe(requestsSent);
    expect(await prometheus.queryValue('up{job="cv-analyzer"}')).toBe(1);
  }, 90_000);
});
