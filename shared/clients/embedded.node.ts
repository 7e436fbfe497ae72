// The embedded database: PGlite with pgvector, file-backed under DATA_DIR, for a bare `npm start`. It runs in
// its own thread (pglite-thread.node.ts): a statement never holds the HTTP event loop.
import { Kysely } from "kysely";
import { pingDatabase } from "../db/ping.ts";
import type { Database } from "../db/schema.ts";
import { embeddedPath, takePrestarted } from "./embedded-prestart.node.ts";
import { PGliteThread } from "./pglite-client.node.ts";
import { definePGliteDialect } from "./pglite-dialect.ts";
import { type Dependency, withTimeout } from "./types.ts";

export interface EmbeddedHandle {
  db: Kysely<Database>;
  pglite: PGliteThread;
  dependency: Dependency;
}

/** `dataDir` "memory://" keeps everything in memory (tests); any other value is a folder. */
export function createEmbedded(dataDir: string): EmbeddedHandle {
  let errors = 0;
  const path = embeddedPath(dataDir);
  const pglite = takePrestarted(path) ?? new PGliteThread(path);
  const db = new Kysely<Database>({
    dialect: definePGliteDialect(pglite),
    log: (event) => {
      if (event.level === "error") errors += 1;
    },
  });
  let busy = 0;
  return {
    db,
    pglite,
    dependency: {
      name: "embedded",
      async check(timeoutMs) {
        busy += 1;
        try {
          await withTimeout(pingDatabase(db), timeoutMs, "embedded database");
        } finally {
          busy -= 1;
        }
      },
      state: () => ({
        open: pglite.closed ? 0 : 1,
        idle: busy === 0 && !pglite.closed ? 1 : 0,
        waiting: 0,
        errors,
      }),
      close: async () => {
        if (!pglite.closed) await pglite.close();
      },
    },
  };
}
