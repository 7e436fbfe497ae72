// The metrics function inside workerd (Miniflare), from the real Workers bundle: prom-client does not load
// there, so this is the runtime-agnostic registry and renderer answering.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { integrationAvailable } from "../../test/support/integration.ts";
import { parseExposition, sumOf } from "../../test/support/metrics-exposition.ts";
import { commandOnPath } from "../../test/support/prometheus.node.ts";
import { startWorker } from "../../test/support/workerd.ts";

const token = "workerd-metrics-token-42";

describe("GET /api/metrics in workerd", () => {
  it("answers valid exposition that counts the isolate's requests by route template", async () => {
    const mf = await startWorker();
    try {
      for (const path of ["/api/health", "/api/health", `/api/cvs/${crypto.randomUUID()}`])
        await (await mf.dispatchFetch(`http://worker${path}`)).arrayBuffer();
      const res = await mf.dispatchFetch("http://worker/api/metrics");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
      const text = await res.text();
      const samples = parseExposition(text);
      expect(
        sumOf(samples, "cv_analyzer_http_requests_total", {
          method: "GET",
          route: "/api/health",
          status_class: "2xx",
        }),
      ).toBe(2);
      expect(samples.filter((s) => s.name === "cv_analyzer_build_info").map((s) => s.labels)).toEqual([
        { version: "0.1.0", node: "none", runtime: "workerd", mode: "edge" },
      ]);
      for (const sample of samples)
        for (const value of Object.values(sample.labels))
          expect(value).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      // No Node process metrics in workerd: nothing there to read them from.
      expect(samples.some((s) => s.name.startsWith("process_"))).toBe(false);
      if (
        integrationAvailable("promtool check metrics on the workerd scrape", {
          "promtool on PATH": commandOnPath("promtool"),
        })
      )
        expect(execFileSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" })).toBe("");
    } finally {
      await mf.dispose();
    }
  }, 120_000);

  it("asks for the bearer token when METRICS_TOKEN is bound", async () => {
    const mf = await startWorker({ bindings: { METRICS_TOKEN: token } });
    try {
      const refused = await mf.dispatchFetch("http://worker/api/metrics");
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      const allowed = await mf.dispatchFetch("http://worker/api/metrics", {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(allowed.status).toBe(200);
      await allowed.arrayBuffer();
    } finally {
      await mf.dispose();
    }
  }, 120_000);
});
