// The embedded database's dialect over a real PGlite: statements queued back to back leave the event loop turns.
import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { definePGliteDialect } from "./pglite-dialect.ts";

const pglite = new PGlite();
const db = new Kysely<Record<string, never>>({ dialect: definePGliteDialect(pglite) });
afterAll(() => db.destroy().then(() => pglite.close()));

/** a statement that keeps PGlite busy for a few milliseconds */
const busy = () => sql`select sum(i * i) from generate_series(1, 20000) as i`.execute(db);

describe("the PGlite dialect", () => {
  it("lets the event loop turn while statements queued behind one another run", async () => {
    await busy();
    let turns = 0;
    let stop = false;
    const count = () => {
      turns++;
      if (!stop) setImmediate(count);
    };
    // 40 callers queue at once, as the queue's loops and requests do during a bulk load
    const started = performance.now();
    const running = Promise.all(Array.from({ length: 40 }, busy));
    setImmediate(count);
    await running;
    const heldMs = performance.now() - started;
    stop = true;
    // the chain takes far longer than the hold limit (10 ms), so the loop must have turned within it
    expect(heldMs).toBeGreaterThan(30);
    expect(turns).toBeGreaterThan(1);
  });

  it("keeps a transaction's statements together while others wait", async () => {
    await sql`create table if not exists t (n int)`.execute(db);
    const inside: number[] = [];
    await Promise.all([
      db.transaction().execute(async (tx) => {
        for (let i = 0; i < 5; i++) {
          await sql`insert into t values (${i})`.execute(tx);
          inside.push(i);
        }
      }),
      sql`insert into t values (100)`.execute(db).then(() => inside.push(100)),
    ]);
    expect(inside).toEqual([0, 1, 2, 3, 4, 100]);
  });
});
