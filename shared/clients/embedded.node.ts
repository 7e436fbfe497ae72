// The embedded database: PGlite with pgvector, file-backed under DATA_DIR, for a bare `npm start`.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { Kysely } from "kysely";
import { pingDatabase } from "../db/ping.ts";
import type { Database } from "../db/schema.ts";
import { definePGliteDialect } from "./pglite-dialect.ts";
import { type Dependency, withTimeout } from "./types.ts";

export interface EmbeddedHandle {
  db: Kysely<Database>;
  pglite: PGlite;
  dependency: Dependency;
}

// PGlite's own bytea text codec goes byte by byte through strings (Array.from(...).map(toString(16)).join and
// parseInt per pair); an uploaded file crosses it twice per queued task and once more into the cvs row. Node's
// hex codec does the same conversion in native code.
const BYTEA = 17;
const byteaHex = {
  [BYTEA]: (value: unknown) => {
    if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
    return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
  },
};
const byteaParse = {
  [BYTEA]: (text: string) => {
    // a plain Uint8Array of its own (not a Buffer, not a view into Node's shared pool), as PGlite gives
    const bytes = new Uint8Array((text.length - 2) >>> 1);
    Buffer.from(bytes.buffer).write(text.slice(2), "hex");
    return bytes;
  },
};

/** `dataDir` "memory://" keeps everything in memory (tests); any other value is a folder. */
export function createEmbedded(dataDir: string): EmbeddedHandle {
  let errors = 0;
  let path = dataDir;
  if (!dataDir.startsWith("memory://")) {
    path = resolve(dataDir, "pglite");
    mkdirSync(path, { recursive: true });
  }
  const pglite = new PGlite(path, { extensions: { vector }, serializers: byteaHex, parsers: byteaParse });
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
