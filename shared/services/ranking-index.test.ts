// The ranking index's memory bound: idle tenants are dropped, and beyond the byte budget the least recently
// used tenants go; a dropped tenant is read again from the table on its next ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/support/api.ts";
import { insertCvRow } from "../../test/support/cv-rows.ts";
import { createRankingIndex, sizeOf } from "./ranking-index.ts";

describe("ranking index bounds (embedded)", () => {
  let api: TestApi;
  const text = "Python engineer with Django and PostgreSQL. ".repeat(20);
  beforeAll(async () => {
    api = await startTestApi("embedded");
    for (const [tenant, prefix] of [
      [api.tenantA, "a"],
      [api.tenantB, "b"],
    ] as const)
      for (let i = 0; i < 3; i++)
        await insertCvRow(api.clients.db(), {
          id: `00000000-0000-4000-8000-${prefix === "a" ? "a" : "b"}0000000000${i}`,
          tenant,
          text,
          skills: ["Python"],
          years: 3,
          location: null,
        });
    // the bare rows carry an empty profile: give them one a ranking can read
    const profile = {
      skills: ["Python"],
      skillMonths: {},
      years: 3,
      educationLevel: null,
      location: null,
      languages: [],
      evidence: {},
    };
    await api.clients
      .db()
      .updateTable("cvs")
      .set({ profile: JSON.stringify(profile) })
      .execute();
  }, 120_000);
  afterAll(() => api?.close());

  it("drops the least recently used tenant beyond maxBytes, never the one being read", async () => {
    const db = api.clients.db();
    const probe = createRankingIndex({ maxBytes: Number.MAX_SAFE_INTEGER, idleMs: 60_000 });
    const oneTenant = (await probe.cvsOf(db, api.tenantA)).reduce((n, cv) => n + sizeOf(cv), 0);
    expect(probe.held()).toEqual({ tenants: 1, bytes: oneTenant });

    // room for one tenant and a half
    const index = createRankingIndex({ maxBytes: Math.floor(oneTenant * 1.5), idleMs: 60_000 });
    expect(await index.cvsOf(db, api.tenantA)).toHaveLength(3);
    expect(index.held().tenants).toBe(1);
    expect(await index.cvsOf(db, api.tenantB)).toHaveLength(3);
    expect(index.held()).toEqual({ tenants: 1, bytes: oneTenant });
    // the dropped tenant comes back whole from the table
    expect((await index.cvsOf(db, api.tenantA)).map((cv) => cv.id).sort()).toEqual([
      "00000000-0000-4000-8000-a00000000000",
      "00000000-0000-4000-8000-a00000000001",
      "00000000-0000-4000-8000-a00000000002",
    ]);
  });

  it("drops a tenant unused for idleMs", async () => {
    const db = api.clients.db();
    let clock = 0;
    const index = createRankingIndex({ maxBytes: Number.MAX_SAFE_INTEGER, idleMs: 1_000, now: () => clock });
    await index.cvsOf(db, api.tenantA);
    clock = 500;
    await index.cvsOf(db, api.tenantB);
    expect(index.held().tenants).toBe(2);
    clock = 1_400; // A unused for 1.4 s, B for 0.9 s
    await index.cvsOf(db, api.tenantB);
    expect(index.held().tenants).toBe(1);
    // forgetting a CV gives its bytes back
    const before = index.held().bytes;
    const [first] = await index.cvsOf(db, api.tenantB);
    index.forget(api.tenantB, first!.id);
    expect(index.held().bytes).toBe(before - sizeOf(first!));
  });
});
