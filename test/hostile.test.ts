// Every hostile case through POST /api/cvs, in embedded and in stack mode: each gets a clean answer (201/200, or
// a 4xx with the expected code), never a 5xx or a hang; the service keeps answering afterwards. How long each
// takes is reported by bench/hostile.bench.ts, not asserted here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileCases } from "../scripts/hostile/cases.ts";
import { filesForm, startTestApi, type TestApi } from "./support/api.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";

const stackReady = integrationAvailable("hostile uploads in stack mode", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);
/** short, so that the case that never settles costs seconds */
const DEADLINE_MS = 3_000;
const cases = hostileCases();

const upload = (api: TestApi, c: { kind: "file" | "text"; bytes: Uint8Array }, name = "hostile") =>
  c.kind === "file"
    ? api.request("/api/cvs", { method: "POST", body: filesForm([{ name, bytes: c.bytes }]) })
    : api.request("/api/cvs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: new TextDecoder().decode(c.bytes), filename: "hostile.txt" }),
      });

describe.each(modes)("hostile uploads (%s)", (mode) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(
      mode,
      { database: testDatabaseUrl, redis: testRedisUrl },
      { ANALYSIS_TIMEOUT_MS: String(DEADLINE_MS) },
    );
  }, 120_000);
  afterAll(() => api?.close());

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const response = await upload(api, c);
      const body = await response.json();
      const outcome = response.status < 300 ? "ok" : body.error?.code;
      expect(response.status).toBeLessThan(500);
      expect(c.expect).toContain(outcome);
    },
    60_000,
  );

  it("still answers health and stores an ordinary CV after them", async () => {
    expect((await api.request("/api/health")).status).toBe(200);
    const response = await upload(api, {
      kind: "text",
      bytes: new TextEncoder().encode("Grace Hopper\ngrace@example.com\n\nSkills\nCOBOL, Fortran"),
    });
    expect(response.status).toBe(201);
    // The PDF that never settles cost its thread, and a new one took its place.
    expect(api.clients.analysisPool().state().replaced).toBeGreaterThanOrEqual(1);
  });

  it("stores a file name without control characters and cut to MAX_FILENAME_CHARS", async () => {
    const bytes = new TextEncoder().encode("Ada Byron\nada@example.com\n\nSkills\nMathematics, Poetry");
    const response = await upload(api, { kind: "file", bytes }, `ada\u0007${"x".repeat(100_000)}.txt`);
    expect(response.status).toBe(201);
    const stored = await response.json();
    expect(stored.filename).toBe(`ada${"x".repeat(251 - 3)}.txt`);
  });

  it("serves a stored HTML file as bytes under a sandbox policy", async () => {
    const html =
      "<html><body><h1>Mallory</h1><p>mallory@example.com</p><script>alert(1)</script></body></html>";
    const response = await upload(api, { kind: "file", bytes: new TextEncoder().encode(html) }, "cv.html");
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const file = await api.request(`/api/cvs/${id}/file`);
    expect(file.headers.get("content-type")).toBe("application/octet-stream");
    expect(file.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment;/);
  });
});
