// The body of the embedded database's thread: one PGlite (with pgvector), whose statements run here in
// WebAssembly, so that a long statement (a 250 KB text's tsvector and GIN entries, a bulk insert) holds this
// thread and never the HTTP event loop. The process talks to it through pglite-client.node.ts.

import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

export type Request = { id: number; sql: string; params: unknown[] } | { id: number; close: true };

export type Reply =
  | { ready: true }
  | { failed: SerializedError }
  | { id: number; rows: unknown[]; affectedRows?: number }
  | { id: number; error: SerializedError };

/** An error's message and its own string and number fields (PostgreSQL's code, detail, constraint, ...) */
export type SerializedError = { message: string } & Record<string, string | number>;

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

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { message: String(error) };
  const out: SerializedError = { message: error.message };
  for (const [key, value] of Object.entries(error))
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  return out;
}

const port = parentPort;
if (!port) throw new Error("pglite-thread.node.ts runs only as a worker thread");
const { path } = workerData as { path: string };
const pglite = new PGlite(path, { extensions: { vector }, serializers: byteaHex, parsers: byteaParse });

// Said before any statement's answer: whether the database opened.
const opened = pglite.waitReady.then(
  () => port.postMessage({ ready: true } satisfies Reply),
  (error: unknown) => {
    port.postMessage({ failed: serializeError(error) } satisfies Reply);
    throw error;
  },
);
opened.catch(() => {});

port.on("message", async (request: Request) => {
  let reply: Reply;
  try {
    await opened;
    if ("close" in request) {
      if (!pglite.closed) await pglite.close();
      reply = { id: request.id, rows: [] };
    } else {
      const result = await pglite.query(request.sql, request.params);
      reply = { id: request.id, rows: result.rows, affectedRows: result.affectedRows };
    }
  } catch (error) {
    reply = { id: request.id, error: serializeError(error) };
  }
  port.postMessage(reply);
});
