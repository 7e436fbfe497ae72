// The embedded database's thread, started by the Node entry before the service's modules load (see
// functions/_entries/node.ts) and handed to createEmbedded when it asks for the same folder. Only for an
// existing database in the single embedded process: a fresh folder is initialised by createEmbedded as before,
// so that a start-up that stops early (a bad setting) never leaves a half-initialised folder behind.
import cluster from "node:cluster";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGliteThread } from "./pglite-client.node.ts";

// on globalThis: the entry and the service are separate bundles in the compiled build, each with its own copy
const SLOT = Symbol.for("cv-analyzer.prestarted-embedded-database");
type Slot = { path: string; thread: PGliteThread };
const slots = globalThis as unknown as Record<symbol, Slot | undefined>;

/** Where PGlite keeps the database of DATA_DIR (made if missing); "memory://" stays as it is. */
export function embeddedPath(dataDir: string): string {
  if (dataDir.startsWith("memory://")) return dataDir;
  const path = resolve(dataDir, "pglite");
  mkdirSync(path, { recursive: true });
  return path;
}

/** Starts the thread when this process will serve from an existing embedded database; does nothing otherwise. */
export function prestartEmbedded(env: Record<string, string | undefined>): boolean {
  if (!cluster.isPrimary || env.DATABASE_URL?.trim()) return false;
  // DATA_DIR as the settings read it; a value they refuse starts nothing here
  const dataDir = env.DATA_DIR === undefined ? "./data" : env.DATA_DIR.trim();
  if (!dataDir || dataDir.startsWith("memory://")) return false;
  const path = resolve(dataDir, "pglite");
  if (!existsSync(join(path, "PG_VERSION"))) return false;
  slots[SLOT] = { path, thread: new PGliteThread(path) };
  return true;
}

/** The thread started for `path`, once; undefined when none was. */
export function takePrestarted(path: string): PGliteThread | undefined {
  const slot = slots[SLOT];
  if (!slot || slot.path !== path) return undefined;
  slots[SLOT] = undefined;
  return slot.thread;
}
