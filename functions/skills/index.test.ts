import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { nodeAppWith } from "../../test/support/node-app.ts";

describe("GET /api/skills", () => {
  // on loopback with no configuration: no key, one local tenant (which the auth middleware reads)
  const { app, clients } = nodeAppWith({});
  beforeAll(() => migrateToLatest(clients.db()), 60_000);
  afterAll(() => clients.close());

  it.each([
    ["pyth", "Python", "programming_language"],
    ["k8s", "Kubernetes", "devops"],
    ["postgres", "PostgreSQL", "database"],
  ])("?q=%s suggests %s first", async (q, name, category) => {
    const res = await app.request(`/api/skills?q=${q}&limit=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { name: string; category: string }[] };
    expect(body.items[0]).toEqual({ name, category });
    expect(body.items.length).toBeLessThanOrEqual(3);
  });

  it("answers 422 in the project's error shape for a limit out of range", async () => {
    const res = await app.request("/api/skills?q=java&limit=0");
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid");
  });
});
