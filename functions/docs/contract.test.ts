// The answers the app really gives match the schemas it publishes: each body of a real flow (upload, list,
// read, jobs, matching, search, errors) parses with its declared schema and loses nothing in parsing, so a
// field the document does not describe fails here.
import type { z } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { errorSchema } from "../../shared/http/schemas/error.ts";
import { nurseCv, pythonCv } from "../../test/support/cv-texts.ts";
import { nodeAppWith } from "../../test/support/node-app.ts";
import { cvDetail, cvPage, jsonResume, storedCv, uploadBatch } from "../cvs/schemas.ts";
import { liveness, readiness } from "../health/schemas.ts";
import { jobPage, jobSchema } from "../jobs/schemas.ts";
import { cvMatches, jobMatches, pairMatch } from "../matches/schemas.ts";
import { searchResults } from "../search/schemas.ts";

const { app, clients } = nodeAppWith({ AUTH_MODE: "none" });
beforeAll(() => migrateToLatest(clients.db()));
afterAll(() => clients.close());

const json = (body: unknown, method = "POST") => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** the body of the answer, after checking its status and that the schema describes every field of it */
async function conforming(res: Response, status: number, schema: z.ZodType) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(status);
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  // zod drops members it does not know: equal after parsing means none was undescribed
  expect(parsed.data).toEqual(body);
  return body;
}

describe("real answers match the published schemas", () => {
  let cvId = "";
  let jobId = "";

  it("health", async () => {
    await conforming(await app.request("/api/health"), 200, liveness);
    await conforming(await app.request("/api/health/ready"), 200, readiness);
  });

  it("CVs: upload, the same bytes again, several files, list, read in each view", async () => {
    cvId = (await conforming(await app.request("/api/cvs", json({ text: pythonCv })), 201, storedCv)).id;
    await conforming(await app.request("/api/cvs", json({ text: pythonCv })), 200, storedCv);
    const form = new FormData();
    form.append("file", new File([nurseCv], "nurse.txt", { type: "text/plain" }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    form.append("file", new File([png], "picture.png"));
    const batch = await conforming(
      await app.request("/api/cvs", { method: "POST", body: form }),
      201,
      uploadBatch,
    );
    expect(batch.items.map((item: { status: number }) => item.status)).toEqual([201, 415]);
    await conforming(await app.request("/api/cvs?limit=10&skill=python"), 200, cvPage);
    await conforming(await app.request(`/api/cvs/${cvId}`), 200, cvDetail);
    await conforming(await app.request(`/api/cvs/${cvId}?redact=true`), 200, cvDetail);
    await conforming(await app.request(`/api/cvs/${cvId}?format=jsonresume`), 200, jsonResume);
  });

  it("jobs and matching", async () => {
    const job = {
      title: "Backend engineer",
      description: "Python and PostgreSQL, 3+ years. Docker is a plus.",
    };
    jobId = (await conforming(await app.request("/api/jobs", json(job)), 201, jobSchema)).id;
    await conforming(await app.request(`/api/jobs/${jobId}`, json(job, "PUT")), 200, jobSchema);
    await conforming(await app.request("/api/jobs"), 200, jobPage);
    await conforming(await app.request(`/api/jobs/${jobId}/matches?skill=python`), 200, jobMatches);
    // the second time from the cache
    await conforming(await app.request(`/api/jobs/${jobId}/matches?skill=python`), 200, jobMatches);
    await conforming(await app.request(`/api/cvs/${cvId}/matches`), 200, cvMatches);
    await conforming(
      await app.request("/api/match", json({ cv: { id: cvId }, job: { text: job.description } })),
      200,
      pairMatch,
    );
  });

  it("search", async () => {
    const body = json({ query: "python developer", filters: { skills: ["python"] } });
    await conforming(await app.request("/api/search", body), 200, searchResults);
  });

  it("errors, from validation, the JSON body, a missing resource and an unknown route", async () => {
    for (const [res, status] of [
      [await app.request("/api/jobs?limit=0"), 422],
      [
        await app.request("/api/jobs", {
          method: "POST",
          body: "{",
          headers: { "content-type": "application/json" },
        }),
        400,
      ],
      [
        await app.request("/api/jobs", {
          method: "POST",
          body: "x",
          headers: { "content-type": "text/plain" },
        }),
        415,
      ],
      [await app.request("/api/cvs/not-an-id"), 404],
      [await app.request(`/api/jobs/${crypto.randomUUID()}`), 404],
      [await app.request("/api/nothing"), 404],
    ] as const)
      await conforming(res, status, errorSchema);
  });
});

// Each error a route really gives, by the route's own input handling: the status and its body, and the status
// among the operation's documented responses. A small app whose limits are easy to reach.
describe("every error a route gives is in its documented responses", () => {
  const limited = nodeAppWith({
    AUTH_MODE: "none",
    MAX_JSON_BYTES: "64",
    MAX_UPLOAD_BYTES: "1024",
    BODY_IDLE_TIMEOUT_MS: "100",
  });
  beforeAll(() => migrateToLatest(limited.clients.db()));
  afterAll(() => limited.clients.close());

  const multipart = "multipart/form-data; boundary=b";
  const filePart = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nAda';
  /** the four ways a body fails, each a new request (a stream is read once) */
  const bodyFailures = (type: string, head: string, malformed: string) => ({
    400: () => ({ headers: { "content-type": type }, body: malformed }),
    415: () => ({ headers: { "content-type": "text/plain" }, body: "x" }),
    413: () => ({ headers: { "content-type": type }, body: `${head}${"a".repeat(64 * 1024)}` }),
    // the first bytes, then nothing: given up after BODY_IDLE_TIMEOUT_MS
    408: () => ({
      headers: { "content-type": type },
      body: new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode(head)),
      }),
      duplex: "half",
    }),
  });
  const json = bodyFailures("application/json", '{"title":"', "{");
  const files = bodyFailures(multipart, filePart, "--b\r\nno headers");
  const id = crypto.randomUUID();

  const cases = (
    [
      ["POST", "/api/jobs", "/api/jobs", "JSON", json],
      ["PUT", `/api/jobs/${id}`, "/api/jobs/{id}", "JSON", json],
      ["POST", "/api/match", "/api/match", "JSON", json],
      ["POST", "/api/search", "/api/search", "JSON", json],
      ["POST", "/api/webhooks", "/api/webhooks", "JSON", json],
      ["POST", "/api/cvs", "/api/cvs", "JSON", json],
      ["POST", "/api/cvs", "/api/cvs", "multipart", files],
      ["POST", "/api/batches", "/api/batches", "multipart", files],
    ] as const
  ).flatMap(([method, path, documented, body, failures]) =>
    Object.entries(failures).map(([status, init]) => ({
      name: `${method} ${documented}, ${body} body`,
      method,
      path,
      documented,
      status: Number(status),
      init: () => ({ method, ...init() }) as RequestInit,
    })),
  );

  it.each(cases)("$name: $status", async ({ method, path, documented, status, init }) => {
    const document = (await (await limited.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    await conforming(await limited.app.request(path, init()), status, errorSchema);
    expect(Object.keys(document.paths[documented]?.[method.toLowerCase()]?.responses ?? {})).toContain(
      String(status),
    );
  });

  it("sheds the routes that need no key too: 503 on the docs, documented", async () => {
    const shedding = nodeAppWith(
      { AUTH_MODE: "none", MEMORY_THRESHOLD_MB: "1" },
      { residentMemoryMb: () => 2 },
    );
    try {
      const document = (await (await limited.app.request("/api/openapi.json")).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      for (const path of ["/api/openapi.json", "/api/docs"]) {
        await conforming(await shedding.app.request(path), 503, errorSchema);
        expect(Object.keys(document.paths[path]?.get?.responses ?? {}), path).toContain("503");
      }
    } finally {
      await shedding.clients.close();
    }
  });
});
