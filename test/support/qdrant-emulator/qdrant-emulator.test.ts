// The emulator refuses what Qdrant's schemas refuse, answers what it cannot emulate with a failure, and keeps both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQdrant } from "../../../shared/clients/qdrant.ts";
import { loadSettings } from "../../../shared/config/settings.ts";
import { type QdrantEmulator, startQdrantEmulator } from "./qdrant-emulator.ts";

describe("Qdrant emulator", () => {
  let emulator: QdrantEmulator;
  beforeAll(async () => {
    emulator = await startQdrantEmulator();
    const created = await fetch(`${emulator.url}/collections/cvs`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ vectors: { size: 2, distance: "Cosine" } }),
    });
    expect(created.status).toBe(200);
  });
  afterAll(() => emulator.close());

  const malformed: { name: string; method: string; path: string; body?: string; problem: string }[] = [
    {
      name: "a point id that is neither an integer nor a UUID",
      method: "PUT",
      path: "/collections/cvs/points?wait=true",
      body: JSON.stringify({ points: [{ id: "cv-1", vector: [1, 0] }] }),
      problem: "request upsert_points: body: matches none of 2 alternatives",
    },
    {
      name: "a point without its vector",
      method: "PUT",
      path: "/collections/cvs/points",
      body: JSON.stringify({ points: [{ id: 7 }] }),
      problem: 'missing required property "vector"',
    },
    {
      name: "a query limit of 0",
      method: "POST",
      path: "/collections/cvs/points/query",
      body: JSON.stringify({ query: [1, 0], limit: 0 }),
      problem: "request query_points: body.limit: 0 is below 1",
    },
    {
      name: "an unknown key in a filter (Filter allows no other properties)",
      method: "POST",
      path: "/collections/cvs/points/count",
      body: JSON.stringify({ filter: { must: [], tenant: "a" } }),
      problem: 'unknown property "tenant"',
    },
    {
      name: "a payload index of an unknown type",
      method: "PUT",
      path: "/collections/cvs/index",
      body: JSON.stringify({ field_name: "years", field_schema: "decimal" }),
      problem: "request create_field_index: body.field_schema: matches none of 2 alternatives",
    },
    {
      name: "a wait flag that is not a boolean",
      method: "PUT",
      path: "/collections/cvs/index?wait=soon",
      body: JSON.stringify({ field_name: "years", field_schema: "float" }),
      problem: "query.wait: string where boolean is expected",
    },
    {
      name: "an undeclared query parameter",
      method: "POST",
      path: "/collections/cvs/points/count?exact=true",
      body: "{}",
      problem: 'unknown query parameter "exact"',
    },
    {
      name: "a body that is not JSON",
      method: "POST",
      path: "/collections/cvs/points/delete",
      body: "{points: [1]}",
      problem: "body is not JSON",
    },
  ];

  for (const { name, method, path, body, problem } of malformed) {
    it(`answers 400 to ${name}`, async () => {
      const before = emulator.violations.length;
      const response = await fetch(`${emulator.url}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body,
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { status: { error: string } };
      expect(answer.status.error).toContain(problem.replace(/^request \w+: /, ""));
      expect(emulator.violations.slice(before)).toHaveLength(1);
      expect(emulator.violations.at(-1)).toContain(problem);
    });
  }

  it("makes the Qdrant client call fail when the client sends a malformed body", async () => {
    const before = emulator.violations.length;
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    // the cast lets through what the client's types would stop: the point is what the emulator does with it
    const points = [{ id: 1, vector: ["x", "y"] as unknown as number[] }];
    await expect(handle.client.upsert("cvs", { wait: true, points })).rejects.toMatchObject({ status: 400 });
    expect(emulator.violations.slice(before)).toEqual([
      expect.stringMatching(/^request upsert_points: body/),
    ]);
  });

  it("answers 501 and records it when asked for something it does not emulate", async () => {
    const before = emulator.violations.length;
    const cases = [
      {
        path: "/collections/cvs/points/count",
        body: { filter: { must: [{ key: "place", geo_radius: { center: { lon: 0, lat: 0 }, radius: 5 } }] } },
      },
      { path: "/collections/cvs/points/query", body: { query: { recommend: { positive: [1] } } } },
    ];
    for (const { path, body } of cases) {
      const response = await fetch(`${emulator.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(501);
    }
    expect(emulator.violations.slice(before)).toEqual([
      expect.stringMatching(/^count_points: not emulated: field condition/),
      expect.stringMatching(/^query_points: not emulated: query/),
    ]);
  });

  it("answers a path Qdrant has but the store never calls with 404 and records it", async () => {
    const before = emulator.violations.length;
    const response = await fetch(`${emulator.url}/collections/cvs/snapshots`, { method: "POST" });
    expect(response.status).toBe(404);
    expect(emulator.violations.slice(before)).toEqual(["not emulated: POST /collections/cvs/snapshots"]);
  });

  it("answers Qdrant's way: 404 for a missing collection, 409 for a second create, dimension errors as 400", async () => {
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    await expect(handle.client.getCollection("missing")).rejects.toMatchObject({ status: 404 });
    await expect(
      handle.client.createCollection("cvs", { vectors: { size: 2, distance: "Cosine" } }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      handle.client.upsert("cvs", { wait: true, points: [{ id: 2, vector: [1, 0, 0] }] }),
    ).rejects.toMatchObject({
      status: 400,
      data: { status: { error: "Wrong input: Vector dimension error: expected dim: 2, got 3" } },
    });
  });

  it("scores by cosine, filters with must/should/must_not, pages a scroll by id", async () => {
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    const { client } = handle;
    await client.createCollection("semantics", { vectors: { size: 2, distance: "Cosine" } });
    await client.upsert("semantics", {
      wait: true,
      points: [
        { id: 1, vector: [1, 0], payload: { tag: ["a", "b"], n: 1 } },
        { id: 2, vector: [3, 4], payload: { tag: "b", n: 5 } },
        { id: 3, vector: [0, 2], payload: { tag: "c", n: 9 } },
      ],
    });
    const query = await client.query("semantics", { query: [1, 0], limit: 10, with_payload: false });
    expect(query.points.map((p) => [p.id, Math.round(p.score * 1e6) / 1e6])).toEqual([
      [1, 1],
      [2, 0.6],
      [3, 0],
    ]);
    const counts: [object, number][] = [
      [{ must: [{ key: "tag", match: { value: "b" } }] }, 2],
      [
        {
          should: [
            { key: "tag", match: { value: "a" } },
            { key: "tag", match: { value: "c" } },
          ],
        },
        2,
      ],
      [{ must_not: [{ key: "tag", match: { any: ["a", "c"] } }] }, 1],
      [{ must: [{ key: "n", range: { gt: 1, lte: 9 } }] }, 2],
      [{ must: [{ key: "tag", match: { except: ["b"] } }] }, 1],
      [{ must: [{ has_id: [1, 3] }, { key: "n", range: { gte: 5 } }] }, 1],
    ];
    for (const [filter, count] of counts)
      expect((await client.count("semantics", { filter })).count, JSON.stringify(filter)).toBe(count);
    const first = await client.scroll("semantics", { limit: 2, with_payload: ["n"] });
    expect(first).toEqual({
      points: [
        { id: 1, payload: { n: 1 } },
        { id: 2, payload: { n: 5 } },
      ],
      next_page_offset: 3,
    });
    const second = await client.scroll("semantics", { limit: 2, offset: 3, with_payload: false });
    expect(second).toEqual({ points: [{ id: 3, payload: null }], next_page_offset: null });
  });
});
