// Migrations over the embedded database: a fresh database gets all of them; a current one is recognised with two
// reads and no lock; a missing one is applied, and one this code does not know stops start-up as before.
import { Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { PGliteThread } from "../clients/pglite-client.node.ts";
import { definePGliteDialect } from "../clients/pglite-dialect.ts";
import { migrateToLatest } from "./migrations.ts";

const opened: PGliteThread[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

/** A fresh in-memory database, and the statements sent through the returned Kysely */
function freshDatabase() {
  const pglite = new PGliteThread("memory://");
  opened.push(pglite);
  const statements: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: the migrations run against whatever schema exists
  const db = new Kysely<any>({
    dialect: definePGliteDialect(pglite),
    log: (event) => {
      statements.push(event.query.sql);
    },
  });
  return { db, statements };
}

describe("migrateToLatest", () => {
  it("applies every migration once, then finds the schema current with two reads", async () => {
    const { db, statements } = freshDatabase();
    const applied = await migrateToLatest(db);
    expect(applied.length).toBeGreaterThan(6);
    expect(applied).toEqual([...applied].sort());
    expect(applied[0]).toBe("0001_tenants_keys_cvs_jobs");

    statements.length = 0;
    expect(await migrateToLatest(db)).toEqual([]);
    expect(statements).toHaveLength(2);
    expect(statements.join("\n")).not.toMatch(/lock|insert|create|alter|begin/i);
  }, 120_000);

  it("applies a migration the database lacks, and refuses one this code does not know", async () => {
    const { db } = freshDatabase();
    const all = await migrateToLatest(db);
    const last = all.at(-1)!;
    await sql`delete from kysely_migration where name = ${last}`.execute(db);
    expect(await migrateToLatest(db)).toEqual([last]);

    await sql`insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_release', now())`.execute(
      db,
    );
    await expect(migrateToLatest(db)).rejects.toThrow(/database migration .*failed/);
  }, 120_000);
});
