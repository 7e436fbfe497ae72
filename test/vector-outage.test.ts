// A vector store that is down: CVs are still stored and searched, deletion waits, and the
// catch-up indexes what was missed once the store is back. Nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../shared/log/logger.ts";
import { catchUpVectors } from "../shared/services/catch-up.ts";
import { servicesFor } from "../shared/services/context.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { pythonCv } from "./support/cv-texts.ts";
import { type QdrantEmulator, startQdrantEmulator } from "./support/qdrant-emulator/qdrant-emulator.ts";

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("vector store outage (Qdrant emulator answering 503)", () => {
  let api: TestApi;
  let qdrant: QdrantEmulator;
  beforeAll(async () => {
    qdrant = await startQdrantEmulator();
    api = await startTestApi("embedded", {}, { QDRANT_URL: qdrant.url, QDRANT_TIMEOUT: "2" });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await qdrant?.close();
  });

  it("stores, searches as usual, refuses to half-delete, then catches up", async () => {
    qdrant.unavailable = true;
    const upload = await api.request("/api/cvs", json({ text: pythonCv }));
    expect(upload.status).toBe(201);
    const { id } = await upload.json();
    expect((await (await api.request(`/api/cvs/${id}`)).json()).indexed).toBe(false);

    // search reads the in-memory copy of the tenant's CVs, not the vector store: nothing is degraded
    const search = await (await api.request("/api/search", json({ query: "python django" }))).json();
    expect(search.degraded).toBeUndefined();
    expect(search.results.map((r: { cvId: string }) => r.cvId)).toEqual([id]);

    const refused = await api.request(`/api/cvs/${id}`, { method: "DELETE" });
    expect(refused.status).toBe(503);
    expect((await refused.json()).error.code).toBe("dependency_unavailable");
    expect((await api.request(`/api/cvs/${id}`)).status).toBe(200);

    qdrant.unavailable = false;
    expect(await catchUpVectors(api.clients, createLogger("silent"))).toBe(1);
    expect((await (await api.request(`/api/cvs/${id}`)).json()).indexed).toBe(true);
    expect(await servicesFor(api.clients).vectors.existing(api.tenantA, [id])).toEqual([id]);
    const healthy = await (
      await api.request("/api/search", json({ query: "python django developer" }))
    ).json();
    expect(healthy.degraded).toBeUndefined();
    expect((await api.request(`/api/cvs/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await servicesFor(api.clients).vectors.existing(api.tenantA, [id])).toEqual([]);
    expect(qdrant.violations).toEqual([]);
  }, 60_000);
});
