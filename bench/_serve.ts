// One-process server for Postgres+Redis mode at 1 worker: what the Node entry's single-process path does
// (migrate, then startServer), without closing the clients in between. The entry closes them after migrating
// when DATABASE_URL is set, and its per-settings services keep the closed Redis connection (every ingest 500s).
// Run by bench/_service.ts as a child: node --import tsx bench/_serve.ts (settings from the environment).
import { startServer } from "../functions/_entries/node-server.ts";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { migrateToLatest } from "../shared/db/migrations.ts";
import { createLogger } from "../shared/log/logger.ts";

const settings = loadSettings(process.env);
const log = createLogger(settings.LOG_LEVEL).child({ pid: process.pid });
await migrateToLatest(createNodeClients(settings).db());
const server = await startServer(settings, log);
process.once("SIGTERM", () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
log.warn("listening", { port: server.port, workers: 1, mode: settings.mode });
