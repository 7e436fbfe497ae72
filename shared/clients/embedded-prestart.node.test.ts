// The embedded database's thread started before the service's modules load: only for an existing database of
// the single embedded process, and handed over once to the createEmbedded of the same folder.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createEmbedded } from "./embedded.node.ts";
import { prestartEmbedded, takePrestarted } from "./embedded-prestart.node.ts";

const dataDir = mkdtempSync(join(tmpdir(), "cv-prestart-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("prestartEmbedded", () => {
  it("starts nothing for a fresh folder, a server database or a DATA_DIR the settings refuse", () => {
    expect(prestartEmbedded({ DATA_DIR: dataDir })).toBe(false);
    // a fresh folder is left to createEmbedded: nothing was made in it
    expect(existsSync(join(dataDir, "pglite"))).toBe(false);
    expect(prestartEmbedded({ DATA_DIR: dataDir, DATABASE_URL: "postgres://db/x" })).toBe(false);
    expect(prestartEmbedded({ DATA_DIR: "  " })).toBe(false);
    expect(takePrestarted(join(dataDir, "pglite"))).toBeUndefined();
  });

  it("opens an existing database early and hands it to createEmbedded of that folder, once", async () => {
    const first = createEmbedded(dataDir);
    await sql`create table kept (n int)`.execute(first.db);
    await sql`insert into kept values (7)`.execute(first.db);
    await first.dependency.close();

    expect(prestartEmbedded({ DATA_DIR: dataDir })).toBe(true);
    const again = createEmbedded(dataDir);
    try {
      // the handle serves from the early thread: nothing is left to take
      expect(takePrestarted(join(dataDir, "pglite"))).toBeUndefined();
      const { rows } = await sql<{ n: number }>`select n from kept`.execute(again.db);
      expect(rows).toEqual([{ n: 7 }]);
    } finally {
      await again.dependency.close();
    }
  });
});
