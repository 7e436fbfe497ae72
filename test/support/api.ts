// The whole app in-process for route tests, in embedded mode (PGlite, pgvector, in-process cache) or in
// stack mode (a scratch PostgreSQL database, the real Redis, the Qdrant emulator), with two tenants' keys.
import { createApp } from "../../functions/app.ts";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Clients } from "../../shared/clients/types.ts";
import { loadSettings, type Settings } from "../../shared/config/settings.ts";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { createApiKey } from "../../shared/db/tenants.ts";
import { createLogger, type Logger } from "../../shared/log/logger.ts";
import { createScratchDatabase } from "./postgres.ts";
import { startQdrantEmulator } from "./qdrant-emulator/qdrant-emulator.ts";

export type ApiMode = "embedded" | "stack";

export interface TestApi {
  mode: ApiMode;
  clients: Clients;
  /** the settings the app runs with (a second app over the same database and Redis can be made from them) */
  settings: Settings;
  request(path: string, init?: RequestInit & { key?: string }): Promise<Response>;
  keyA: string;
  keyB: string;
  tenantA: string;
  tenantB: string;
  close(): Promise<void>;
}

export async function startTestApi(
  mode: ApiMode,
  urls: { database?: string; redis?: string } = {},
  env: Record<string, string> = {},
  /** the process logger the clients carry (cache errors are logged through it); silent when absent */
  log?: Logger,
): Promise<TestApi> {
  const cleanups: (() => Promise<void>)[] = [];
  const base: Record<string, string> = { AUTH_MODE: "apikey", LOG_LEVEL: "silent", ...env };
  if (mode === "embedded") base.DATA_DIR = "memory://";
  else {
    const database = await createScratchDatabase(urls.database!, "api");
    cleanups.push(database.drop);
    const qdrant = await startQdrantEmulator();
    cleanups.push(qdrant.close);
    Object.assign(base, {
      DATABASE_URL: database.url,
      REDIS_URL: urls.redis!,
      QDRANT_URL: qdrant.url,
      QDRANT_COLLECTION: `cvs_${Math.random().toString(36).slice(2, 8)}`,
    });
  }
  const settings = loadSettings(base);
  const clients = createNodeClients(settings, log ? { log } : {});
  cleanups.unshift(() => clients.close());
  await migrateToLatest(clients.db());
  const a = await createApiKey(clients.db(), `tenant-a-${Math.random().toString(36).slice(2, 8)}`);
  const b = await createApiKey(clients.db(), `tenant-b-${Math.random().toString(36).slice(2, 8)}`);
  const app = createApp({
    settings,
    clients: () => clients,
    keyValue: () => clients.keyValue(),
    log: createLogger("silent"),
    httpMetrics: false,
  });
  return {
    mode,
    clients,
    settings,
    keyA: a.key,
    keyB: b.key,
    tenantA: a.tenantId,
    tenantB: b.tenantId,
    request(path, init = {}) {
      const { key = a.key, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (key) headers.set("authorization", `Bearer ${key}`);
      return Promise.resolve(app.request(path, { ...rest, headers }));
    },
    async close() {
      for (const cleanup of cleanups) await cleanup().catch(() => {});
    },
  };
}

/** multipart/form-data with one `file` part per entry */
export function filesForm(files: { name: string; bytes: Uint8Array; type?: string }[]): FormData {
  const form = new FormData();
  for (const f of files)
    form.append(
      "file",
      new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type ?? "application/octet-stream" }),
      f.name,
    );
  return form;
}
