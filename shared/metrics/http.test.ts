import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { httpRequests } from "./families.ts";
import { httpMetrics, methodLabel, routeTemplate, statusClass, unmatchedRoute } from "./http.ts";

describe("HTTP labels", () => {
  it.each([
    [200, "2xx"],
    [204, "2xx"],
    [301, "3xx"],
    [404, "4xx"],
    [503, "5xx"],
    [99, "other"],
    [600, "other"],
  ])("status %i is class %s", (status, label) => {
    expect(statusClass(status)).toBe(label);
  });

  it.each([
    ["GET", "GET"],
    ["DELETE", "DELETE"],
    ["PROPFIND", "OTHER"],
    ["get", "OTHER"],
  ])("method %s is labelled %s", (method, label) => {
    expect(methodLabel(method)).toBe(label);
  });

  // [path requested, route label expected]
  const cases: [string, string][] = [
    ["/api/cvs/3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718", "/api/cvs/:id"],
    ["/api/cvs/jane@example.com", "/api/cvs/:id"],
    ["/api/cvs/42/file", "/api/cvs/:id/file"],
    ["/api/jobs/7", "/api/jobs/:id"],
    ["/api/unknown/jane@example.com", unmatchedRoute],
    ["/", unmatchedRoute],
    ["/api/broken", "/api/broken"],
  ];
  it.each(cases)("%s is counted under %s", async (path, route) => {
    const app = new Hono();
    app.onError((_error, c) => c.text("failed", 500));
    app.use("*", httpMetrics());
    app.use("/api/*", async (_c, next) => next());
    app.get("/api/cvs/:id", (c) => c.text("cv"));
    app.get("/api/cvs/:id/file", (c) => c.text("file"));
    const jobs = new Hono();
    jobs.get("/:id", (c) => c.text("job"));
    app.route("/api/jobs", jobs);
    app.get("/api/broken", () => {
      throw new Error("boom");
    });
    let seen = "";
    app.use("*", async (c, next) => {
      await next();
      seen = routeTemplate(c);
    });
    const labels = (status: string) => ({ method: "GET", route, status_class: status });
    const before = ["2xx", "4xx", "5xx"].map((s) => count(labels(s)));
    const res = await app.request(path);
    const after = ["2xx", "4xx", "5xx"].map((s) => count(labels(s)));
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(1);
    expect(res.status).toBe(route === unmatchedRoute ? 404 : path === "/api/broken" ? 500 : 200);
    if (seen !== "") expect(seen).toBe(route);
  });
});

function count(labels: Record<string, string>): number {
  return httpRequests
    .samples()
    .filter((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((a, s) => a + s.value, 0);
}
