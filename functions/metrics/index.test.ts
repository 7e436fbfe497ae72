import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { parseExposition, sumOf } from "../../test/support/metrics-exposition.ts";
import { nodeAppWith } from "../../test/support/node-app.ts";

const token = "metrics-token-0123456789";

function appWith(env: Record<string, string>) {
  return nodeAppWith(env, {
    extend: (app) => {
      app.get("/api/probe-items/:id", (c) => c.json({ id: c.req.param("id") }));
      app.get("/api/slow", async (c) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return c.json({ ok: true });
      });
    },
  });
}

const open = appWith({});
const guarded = appWith({ METRICS_TOKEN: token });
const narrow = appWith({ MAX_CONCURRENT_REQUESTS: "1" });

beforeAll(() => migrateToLatest(open.clients.db()), 60_000);
afterAll(async () => {
  await open.clients.close();
});

async function scrape(app = open.app) {
  const res = await app.request("/api/metrics");
  expect(res.status).toBe(200);
  return parseExposition(await res.text());
}

describe("GET /api/metrics", () => {
  it("answers the text exposition format, version 0.0.4", async () => {
    await open.app.request("/api/health");
    const res = await open.app.request("/api/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await res.text();
    expect(text).toMatch(/^# HELP cv_analyzer_/m);
    expect(text).toMatch(/^# TYPE cv_analyzer_http_requests_total counter$/m);
  });

  it.each([
    ["no header", 401, undefined],
    ["a wrong token", 401, `Bearer ${token.replace("0", "1")}`],
    ["the token as Basic", 401, `Basic ${token}`],
    ["a shorter token", 401, `Bearer ${token.slice(0, -1)}`],
    ["the token", 200, `Bearer ${token}`],
  ])("with METRICS_TOKEN set, %s gets %i", async (_, status, authorization) => {
    const res = await guarded.app.request(
      "/api/metrics",
      authorization ? { headers: { authorization } } : {},
    );
    expect(res.status).toBe(status);
    if (status === 401) {
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect((await res.json()).error.code).toBe("unauthorized");
    }
  });

  it("counts every request under its route template and status class", async () => {
    const before = await scrape();
    const ids = ["3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718", "jane.doe@example.com", "12345"];
    for (const id of ids)
      expect((await open.app.request(`/api/probe-items/${encodeURIComponent(id)}`)).status).toBe(200);
    expect((await open.app.request("/api/unknown/jane.doe@example.com")).status).toBe(404);
    expect((await open.app.request("/api/health")).status).toBe(200);
    const after = await scrape();
    const delta = (labels: Record<string, string>) =>
      sumOf(after, "cv_analyzer_http_requests_total", labels) -
      sumOf(before, "cv_analyzer_http_requests_total", labels);
    expect(delta({ method: "GET", route: "/api/probe-items/:id", status_class: "2xx" })).toBe(3);
    expect(delta({ method: "GET", route: "unmatched", status_class: "4xx" })).toBe(1);
    expect(delta({ method: "GET", route: "/api/health", status_class: "2xx" })).toBe(1);
    expect(
      sumOf(after, "cv_analyzer_http_request_duration_seconds_count", { route: "/api/probe-items/:id" }),
    ).toBe(sumOf(after, "cv_analyzer_http_requests_total", { route: "/api/probe-items/:id" }));
  });

  it("never puts an id, a raw path or an email in a label value", async () => {
    const id = crypto.randomUUID();
    const paths = [
      `/api/cvs/${id}`,
      `/api/cvs/${id}/file?x=1`,
      "/api/cvs/someone%40example.org",
      `/api/jobs/${id}`,
      `/api/matches/${id}`,
      `/api/no-such-route/${id}`,
      `/api/probe-items/${id}`,
      "/api/probe-items/jane.doe@example.com",
    ];
    for (const path of paths) await (await open.app.request(path)).arrayBuffer();
    const routes = new Set<string>();
    for (const sample of await scrape()) {
      for (const value of Object.values(sample.labels)) {
        expect(value).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
        expect(value).not.toMatch(/@|%40/);
      }
      if (sample.labels.route !== undefined) routes.add(sample.labels.route);
    }
    // Every route label is a template (literal segments and :params) or "unmatched", never a path we sent.
    for (const route of routes) {
      expect(route === "unmatched" || /^(\/(:[A-Za-z]+|[a-z0-9_.*-]+))+\/?$|^\/$/.test(route)).toBe(true);
      expect(paths.map((p) => p.split("?")[0])).not.toContain(route);
    }
    expect(routes).toContain("/api/probe-items/:id");
    expect(routes).toContain("unmatched");
  });

  it("reports dependency state, pools and the build", async () => {
    const samples = await scrape();
    expect(sumOf(samples, "cv_analyzer_dependency_up", { dependency: "embedded" })).toBe(1);
    expect(
      samples.some(
        (s) => s.name === "cv_analyzer_dependency_latency_seconds" && s.labels.dependency === "embedded",
      ),
    ).toBe(true);
    expect(
      samples.some((s) => s.name === "cv_analyzer_pool_connections" && s.labels.dependency === "embedded"),
    ).toBe(true);
    const info = samples.filter((s) => s.name === "cv_analyzer_build_info");
    expect(info.length).toBeGreaterThan(0);
    expect(info[0].labels).toEqual({
      version: "0.1.0",
      node: process.versions.node,
      runtime: "node",
      mode: "embedded",
    });
  });

  it("counts shed requests by reason", async () => {
    const before = sumOf(await scrape(narrow.app), "cv_analyzer_http_requests_shed_total", {
      reason: "concurrency",
    });
    const statuses = await Promise.all([
      narrow.app.request("/api/slow"),
      narrow.app.request("/api/slow"),
    ]).then((r) => r.map((x) => x.status).sort());
    expect(statuses).toEqual([200, 503]);
    const after = await scrape(narrow.app);
    expect(sumOf(after, "cv_analyzer_http_requests_shed_total", { reason: "concurrency" }) - before).toBe(1);
    // The 503 still counts under the route it was meant for.
    expect(
      sumOf(after, "cv_analyzer_http_requests_total", { route: "/api/slow", status_class: "5xx" }),
    ).toBeGreaterThanOrEqual(1);
  });
});
