// One HTTP process: the app on @hono/node-server, and a graceful stop that drains in-flight requests.
import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Clients } from "../../shared/clients/types.ts";
import type { Settings } from "../../shared/config/settings.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { recordLiveness } from "../../shared/metrics/http.ts";
import { metricsObserver } from "../../shared/metrics/record.ts";
import { createNodeMetrics } from "../../shared/metrics/runtime.node.ts";
import { startVectorCatchUp } from "../../shared/services/catch-up.ts";
import { createApp, isProbe } from "../app.ts";
import { swaggerAssetsFromPackage } from "../docs/assets.node.ts";
import { watchEventLoopLag, withFastPath } from "./node-fast-path.ts";
import { withLingeringClose } from "./node-linger.ts";
import { startEmbeddedQueue } from "./node-queue.ts";
import { withWebUi } from "./web-ui.node.ts";

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Resident memory in MB, read on a timer: process.memoryUsage.rss() reads /proc and cost 3.5 % of a cheap
 * route's CPU when every request asked. The shedding check reads the last sample.
 */
function sampleResidentMemory(intervalMs: number) {
  let mb = process.memoryUsage.rss() / (1024 * 1024);
  const timer = setInterval(() => {
    mb = process.memoryUsage.rss() / (1024 * 1024);
  }, intervalMs);
  timer.unref();
  return { read: () => mb, stop: () => clearInterval(timer) };
}

export interface PreparedServer {
  /** opens the listener: only once the clients can serve (migrated), since health answers from then on */
  listen(): Promise<RunningServer>;
}

/** Serves with the given clients (already migrated) or its own; stop() closes them either way. */
export async function startServer(
  settings: Settings,
  log: Logger,
  clients?: Clients,
): Promise<RunningServer> {
  return await prepareServer(settings, log, clients).listen();
}

/**
 * The app and its server, not yet listening: a single process makes them while its database opens and migrates
 * (bench/README.md, cold start), and listens once that is done.
 */
export function prepareServer(
  settings: Settings,
  log: Logger,
  clients: Clients = createNodeClients(settings, { log }),
): PreparedServer {
  const metrics = createNodeMetrics(settings, clients, log);
  const memory = sampleResidentMemory(settings.MEMORY_SAMPLE_MS);
  const app = createApp({
    settings,
    clients: () => clients,
    keyValue: () => clients.keyValue(),
    log,
    residentMemoryMb: memory.read,
    metrics,
    docsAssets: swaggerAssetsFromPackage,
  });
  const lag = watchEventLoopLag();
  const server: Server = createServer(
    withLingeringClose(
      withFastPath(getRequestListener(withWebUi(app.fetch, settings.WEB_DIR)), {
        lagMs: () => lag.lagMs(settings.SHED_EVENT_LOOP_LAG_MS * 2),
        maxLagMs: settings.SHED_EVENT_LOOP_LAG_MS,
        retryAfterSeconds: settings.RETRY_AFTER_SECONDS,
        isProbe,
        onShed: () => metricsObserver.onShed("event_loop"),
        livenessAtListener: !settings.ACCESS_LOG_LIVENESS,
        onLiveness: recordLiveness,
      }),
      { maxBytes: settings.BODY_DRAIN_BYTES, maxMs: settings.BODY_DRAIN_MS },
    ),
  );
  return { listen: () => listen(settings, log, clients, { server, metrics, memory, lag }) };
}

async function listen(
  settings: Settings,
  log: Logger,
  clients: Clients,
  made: {
    server: Server;
    metrics: ReturnType<typeof createNodeMetrics>;
    memory: ReturnType<typeof sampleResidentMemory>;
    lag: ReturnType<typeof watchEventLoopLag>;
  },
): Promise<RunningServer> {
  const { server, metrics, memory, lag } = made;
  // An idle HTTP process holds no analysis thread unless asked to: each one loads the whole analysis engine
  // (about 60 MB), and the first upload's deadline only starts once its thread is ready.
  if (settings.ANALYSIS_THREADS_AT_START) clients.analysisPool();
  // The backlog is the kernel's queue of connections not yet accepted: at 511 (Node's default) a burst of
  // 2,000 connections overflowed it and clients timed out. Linux caps it at net.core.somaxconn.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: settings.HOST, port: settings.PORT, backlog: settings.LISTEN_BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const stopCatchUp = startVectorCatchUp(clients, log);
  const queue = startEmbeddedQueue(clients, log);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.PORT;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Stop accepting; idle keep-alive sockets go now, busy ones when their response is sent.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await Promise.race([
        closed.then(() => true),
        new Promise<boolean>((resolve) =>
          setTimeout(() => resolve(false), settings.SHUTDOWN_TIMEOUT_MS).unref(),
        ),
      ]);
      if (!drained) {
        log.warn("shutdown timeout reached; closing the remaining connections", {
          timeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
        });
        server.closeAllConnections();
      }
      metrics.stop();
      memory.stop();
      lag.stop();
      stopCatchUp();
      await queue?.stop();
      await clients.close();
    })();
    return stopping;
  };
  return { port, stop };
}
