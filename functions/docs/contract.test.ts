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
