// Two instances of the real Node entry reporting through one Redis: a scrape of either returns the fleet, and
// when one stops, its counts stay in the totals after it expires.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationAvailable, isolatedRedisUrl, testRedisUrl } from "../../test/support/integration.ts";
import { type ParsedSample, parseExposition, sumOf } from "../../test/support/metrics-exposition.ts";
import { freePort, type ServiceProcess, startService } from "../../test/support/process.ts";

const ttlMs = 4_000;
const health = { route: "/api/health" };

async function scrape(service: ServiceProcess): Promise<ParsedSample[]> {
  const res = await fetch(`${service.url}/api/metrics`);
  expect(res.status).toBe(200);
  return parseExposition(await res.text());
}

async function until(
  read: () => Promise<ParsedSample[]>,
  accept: (s: ParsedSample[]) => boolean,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  const seen: ParsedSample[][] = [];
  while (Date.now() < deadline) {
    const samples = await read();
    seen.push(samples);
    if (accept(samples)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `not reached within ${timeoutMs} ms; last total ${sumOf(seen.at(-1) ?? [], "cv_analyzer_http_requests_total", health)}`,
  );
}

describe.runIf(
  integrationAvailable("metrics across instances through Redis", { TEST_REDIS_URL: testRedisUrl }),
)("two instances, one Redis", () => {
  const redisUrl = isolatedRedisUrl(11);
  const dirs = [mkdtempSync(join(tmpdir(), "cv-fleet-a-")), mkdtempSync(join(tmpdir(), "cv-fleet-b-"))];
  let a: ServiceProcess;
  let b: ServiceProcess;
  beforeAll(async () => {
    const redis = new Redis(redisUrl);
    const stale = await redis.keys("{cv_analyzer_metrics}*");
    if (stale.length > 0) await redis.del(...stale);
    redis.disconnect();
    const env = (dir: string) => ({
      DATA_DIR: dir,
      REDIS_URL: redisUrl,
      METRICS_INSTANCE_TTL_MS: String(ttlMs),
      LOG_LEVEL: "info",
    });
    a = startService(env(dirs[0]), await freePort());
    b = startService(env(dirs[1]), await freePort());
    await Promise.all([a, b].map((s) => s.waitForLog((l) => l.msg === "listening", 150_000)));
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("a scrape of either counts both, and a stopped instance's counts outlive its expiry", async () => {
    for (let i = 0; i < 30; i++) expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
    for (let i = 0; i < 20; i++) expect((await fetch(`${b.url}/api/health`)).status).toBe(200);
    // B reports on its heartbeat (every TTL/4); A's scrape reports A itself.
    await until(
      () => scrape(a),
      (s) => sumOf(s, "cv_analyzer_http_requests_total", health) === 50,
      10_000,
    );
    const fromB = await scrape(b);
    expect(sumOf(fromB, "cv_analyzer_http_requests_total", health)).toBe(50);
    expect(sumOf(fromB, "cv_analyzer_metrics_instances")).toBe(2);
    expect(sumOf(fromB, "cv_analyzer_metrics_fleet_merged")).toBe(1);

    expect(await b.stop()).toBe(0);
    const seen = await until(
      () => scrape(a),
      (s) => sumOf(s, "cv_analyzer_metrics_instances") === 1,
      ttlMs * 4,
    );
    const totals = seen.map((s) => sumOf(s, "cv_analyzer_http_requests_total", health));
    expect(totals.at(-1)).toBe(50);
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeGreaterThanOrEqual(totals[i - 1]);
  }, 60_000);
});
