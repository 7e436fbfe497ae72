// Tenant isolation on every route: another tenant's key sees 404 (never the data), and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { pythonCv } from "./support/cv-texts.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";

const stackReady = integrationAvailable("tenant isolation in stack mode", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);
const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe.each(modes)("tenant isolation (%s)", (mode) => {
  let api: TestApi;
  let cvId: string;
  let jobId: string;
  beforeAll(async () => {
    api = await startTestApi(mode, { database: testDatabaseUrl, redis: testRedisUrl });
    cvId = (await (await api.request("/api/cvs", json({ text: pythonCv }))).json()).id;
    jobId = (
      await (
        await api.request("/api/jobs", json({ title: "Python Engineer", description: "Must have: Python" }))
      ).json()
    ).id;
  }, 120_000);
  afterAll(() => api?.close());

  const routes: [string, () => [string, RequestInit]][] = [
    ["GET a CV", () => [`/api/cvs/${cvId}`, {}]],
    ["GET a redacted CV", () => [`/api/cvs/${cvId}?redact=true`, {}]],
    ["GET a CV file", () => [`/api/cvs/${cvId}/file`, {}]],
    ["GET a CV's matches", () => [`/api/cvs/${cvId}/matches`, {}]],
    ["DELETE a CV", () => [`/api/cvs/${cvId}`, { method: "DELETE" }]],
    ["GET a job", () => [`/api/jobs/${jobId}`, {}]],
    ["PUT a job", () => [`/api/jobs/${jobId}`, { ...json({ title: "x", description: "y" }), method: "PUT" }]],
    ["GET a job's matches", () => [`/api/jobs/${jobId}/matches`, {}]],
    ["DELETE a job", () => [`/api/jobs/${jobId}`, { method: "DELETE" }]],
    ["match another tenant's CV", () => ["/api/match", json({ cv: { id: cvId }, job: { text: "Python" } })]],
    [
      "match against another tenant's job",
      () => ["/api/match", json({ cv: { text: pythonCv }, job: { id: jobId } })],
    ],
  ];

  it.each(routes)("%s with another tenant's key is 404", async (_label, route) => {
    const [path, init] = route();
    const res = await api.request(path, { ...init, key: api.keyB });
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(JSON.parse(body).error.code).toBe("not_found");
    expect(body).not.toContain("Ada");
  });

  it("lists and searches nothing of another tenant", async () => {
    const cvs = await (await api.request("/api/cvs", { key: api.keyB })).json();
    expect(cvs.items).toEqual([]);
    const jobs = await (await api.request("/api/jobs", { key: api.keyB })).json();
    expect(jobs.items).toEqual([]);
    const search = await (
      await api.request("/api/search", { ...json({ query: "python django" }), key: api.keyB })
    ).json();
    expect(search.results).toEqual([]);
  });

  it("keeps the owner's CV and job intact after the attempts", async () => {
    expect((await api.request(`/api/cvs/${cvId}`)).status).toBe(200);
    const job = await (await api.request(`/api/jobs/${jobId}`)).json();
    expect(job.title).toBe("Python Engineer");
    const matches = await (await api.request(`/api/jobs/${jobId}/matches`)).json();
    expect(matches.matches.map((m: { cvId: string }) => m.cvId)).toEqual([cvId]);
  });

  it("stores the same bytes separately per tenant", async () => {
    const res = await api.request("/api/cvs", { ...json({ text: pythonCv }), key: api.keyB });
    expect(res.status).toBe(201);
    expect((await res.json()).id).not.toBe(cvId);
  });
});
