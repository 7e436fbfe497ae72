// The Node service: validate settings, migrate, then serve from one process or from a cluster of workers. It runs
// from node.ts, which first opens the embedded database's thread.
import cluster from "node:cluster";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Clients } from "../../shared/clients/types.ts";
import { httpProcesses, processBudget, queueProcesses } from "../../shared/config/budget.ts";
import { loadSettings, type Settings, SettingsError } from "../../shared/config/settings.ts";
import { checkConnectionBudget } from "../../shared/db/connection-budget.ts";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { createNodeLogger } from "../../shared/log/pino.node.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { VectorDimensionError } from "../../shared/vectors/types.ts";
import { LISTEN_FAILED, superviseWorkers } from "./node-cluster.ts";
import { serveLiveness } from "./node-fast-path.ts";
import { tuneHeapGrowth } from "./node-heap.ts";
import { QUEUE_ROLE, superviseQueueWorkers } from "./node-queue-supervisor.ts";
import type { RunningServer } from "./node-server.ts";

function readSettings(): Settings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`cv-analyzer: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Migrates over `clients`; a single process then serves with them, the primary of a cluster closes them. */
async function migrate(clients: Clients, settings: Settings, log: Logger, primaryOfCluster: boolean) {
  try {
    const applied = await migrateToLatest(clients.db());
    log.info("database ready", { mode: settings.mode, applied });
    if (settings.DATABASE_URL) {
      const budget = processBudget(settings);
      const server = await checkConnectionBudget(clients.db(), budget);
      if (settings.DATABASE_READ_URL) await checkConnectionBudget(clients.readDb(), budget);
      log.info("connection budget", { ...budget, serverAvailable: server.available });
    }
    await checkVectorStore(clients, log);
  } catch (error) {
    await clients.close();
    throw error;
  }
  // The primary of a cluster serves nothing: it lets go of its connections before forking. A single
  // process keeps them: it serves with the same handles (and the services made over them).
  if (primaryOfCluster) await clients.close();
}

/**
 * A vector store of another dimension, or a database without pgvector when no Qdrant is configured, is a
 * configuration error: start-up stops. A Qdrant that is merely down is not: CVs are stored and indexed later.
 */
async function checkVectorStore(clients: Clients, log: Logger) {
  const services = servicesFor(clients);
  try {
    await services.vectorsReady();
  } catch (error) {
    if (error instanceof VectorDimensionError || services.vectors.kind === "pgvector") throw error;
    log.warn("vector store unavailable at start-up; CVs will be indexed when it is back", { error });
  }
}

/** One line for a listener that cannot be opened (a busy port, a privileged one), instead of a stack. */
function listenProblem(error: unknown, settings: Settings): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${settings.HOST}:${settings.PORT}`;
  if (code === "EADDRINUSE")
    return `cv-analyzer: ${where} is already in use: stop what listens there, or set PORT to a free port`;
  if (code === "EACCES") return `cv-analyzer: no permission to listen on ${where}: set PORT above 1023`;
  if (code === "EADDRNOTAVAIL") return `cv-analyzer: HOST ${settings.HOST} is not an address of this machine`;
  return undefined;
}

async function serve(settings: Settings, start: () => Promise<RunningServer>) {
  try {
    return await start();
  } catch (error) {
    const problem = listenProblem(error, settings);
    if (!problem) throw error;
    // A worker of a cluster tells the primary, which says it once and stops the others.
    if (cluster.isWorker && process.send)
      process.send({ listenProblem: problem }, () => process.exit(LISTEN_FAILED));
    else {
      process.stderr.write(`${problem}\n`);
      process.exit(1);
    }
    return await new Promise<never>(() => {});
  }
}

/** GET /api/health on HEALTH_PORT, when set; a port that cannot be opened stops start-up like PORT does */
async function livenessListener(settings: Settings) {
  if (!settings.HEALTH_PORT) return undefined;
  try {
    return await serveLiveness(settings.HOST, settings.HEALTH_PORT, settings.LIVENESS_STALL_MS);
  } catch (error) {
    const problem = listenProblem(error, { ...settings, PORT: settings.HEALTH_PORT });
    process.stderr.write(`${problem ?? `cv-analyzer: HEALTH_PORT: ${(error as Error).message}`}\n`);
    process.exit(1);
  }
}

function onSignals(stop: () => Promise<void>, log: Logger) {
  const handler = (signal: string) => {
    log.info("shutting down", { signal });
    stop().then(
      () => process.exit(0),
      (error) => {
        log.error("shutdown failed", { error });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
}

async function main() {
  const settings = readSettings();
  tuneHeapGrowth(settings);
  const log = createNodeLogger(settings.LOG_LEVEL).child({ pid: process.pid });
  if (cluster.isWorker && process.env.CV_ANALYZER_ROLE === QUEUE_ROLE) {
    const { startQueueProcess } = await import("./node-queue.ts");
    const queueWorker = startQueueProcess(settings, log);
    onSignals(queueWorker.stop, log);
    return;
  }
  if (cluster.isWorker) {
    const { startServer } = await import("./node-server.ts");
    const server = await serve(settings, () => startServer(settings, log));
    onSignals(server.stop, log);
    log.info("worker listening", { port: server.port });
    return;
  }
  // PGlite is a single-process database: several HTTP workers need a PostgreSQL server to share.
  const workers = httpProcesses(settings);
  // Queue worker processes need a primary to fork and scale them, even beside a single HTTP process.
  const supervised = workers > 1 || queueProcesses(settings);
  const clients = createNodeClients(settings, { log });
  // A single process makes its app while its database opens; it listens, and health answers, only once the
  // database is migrated.
  const prepared = supervised
    ? undefined
    : (await import("./node-server.ts")).prepareServer(settings, log, clients);
  try {
    await migrate(clients, settings, log, supervised);
  } catch (error) {
    log.error("start-up failed", { error });
    process.stderr.write(
      `cv-analyzer: start-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  if (!prepared) {
    // opened before any worker is forked, so that a busy port stops start-up with nothing left behind
    const liveness = await livenessListener(settings);
    const primary = superviseWorkers(settings, log, (problem) => {
      process.stderr.write(`${problem}\n`);
      void primary.stop().then(() => process.exit(1));
    });
    const queue = queueProcesses(settings) ? superviseQueueWorkers(settings, log) : null;
    onSignals(async () => {
      await liveness?.stop();
      await queue?.stop();
      await primary.stop();
    }, log);
    log.info("listening", { host: settings.HOST, port: settings.PORT, workers, mode: settings.mode });
    return;
  }
  if (settings.UVICORN_WORKERS > 1 && !settings.DATABASE_URL)
    log.info("embedded database: serving from one process (set DATABASE_URL to use UVICORN_WORKERS)");
  const server = await serve(settings, prepared.listen);
  const liveness = await livenessListener(settings);
  onSignals(async () => {
    await liveness?.stop();
    await server.stop();
  }, log);
  log.info("listening", { host: settings.HOST, port: server.port, workers: 1, mode: settings.mode });
}

await main();
