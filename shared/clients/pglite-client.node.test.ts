// The embedded database in its own thread, for real: statements run there, the event loop stays free meanwhile,
// PostgreSQL's error fields and value types come back as PGlite in-process gives them.
import { Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { PGliteThread } from "./pglite-client.node.ts";
import { definePGliteDialect } from "./pglite-dialect.ts";

const pglite = new PGliteThread("memory://");
const db = new Kysely<Record<string, never>>({ dialect: definePGliteDialect(pglite) });
afterAll(() => db.destroy().then(() => pglite.close()));

describe("the embedded database's thread", () => {
  it("runs a long statement without holding the event loop", async () => {
    await sql`select 1`.execute(db);
    let longestGap = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    await sql`select sum(i::bigint * i) from generate_series(1, 3000000) as i`.execute(db);
    const tookMs = performance.now() - started;
    clearInterval(tick);
    // the statement takes hundreds of milliseconds in WebAssembly; in-process it would be one gap that long
    expect(tookMs).toBeGreaterThan(100);
    expect(longestGap).toBeLessThan(tookMs / 2);
  });

  it("gives back PostgreSQL's error fields and the values' types", async () => {
    const error = await sql`select * from no_such_table`.execute(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/no_such_table/);
    expect((error as { code?: string }).code).toBe("42P01");
    const { rows } = await sql<{ at: Date; bytes: Uint8Array; list: string[]; n: number }>`
      select '2026-01-02T03:04:05Z'::timestamptz as at, '\\x00ff10'::bytea as bytes,
        array['a', 'b'] as list, 7::int as n`.execute(db);
    expect(rows[0].at).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect([...rows[0].bytes]).toEqual([0, 255, 16]);
    expect(rows[0].list).toEqual(["a", "b"]);
    expect(rows[0].n).toBe(7);
  });

  it("takes bytes as parameters and counts affected rows", async () => {
    await sql`create table files (b bytea)`.execute(db);
    const bytes = Uint8Array.from([1, 2, 3, 250]);
    const inserted = await sql`insert into files values (${bytes}), (${Buffer.from([9])})`.execute(db);
    expect(inserted.numAffectedRows).toBe(2n);
    const { rows } = await sql<{ b: Uint8Array }>`select b from files order by length(b) desc`.execute(db);
    expect(rows.map((r) => [...r.b])).toEqual([[1, 2, 3, 250], [9]]);
  });

  it("refuses statements once closed, and fails those of a database that cannot open", async () => {
    const other = new PGliteThread("memory://");
    await other.query("select 1");
    await other.close();
    expect(other.closed).toBe(true);
    await expect(other.query("select 1")).rejects.toThrow(/closed/);
    const broken = new PGliteThread("/proc/no-such-folder/pglite");
    await expect(broken.query("select 1")).rejects.toThrow(/embedded database/);
    expect(broken.closed).toBe(true);
  });
});
