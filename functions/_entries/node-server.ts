// One HTTP process: the app on @hono/node-server, and a graceful stop that drains in-flight requests.
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Settings } from "../../shared/config/settings.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { createNodeMetrics } from "../../shared/metrics/runtime.node.ts";
import { startVectorCatchUp } from "../../shared/services/catch-up.ts";
import { createApp } from "../app.ts";

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

const residentMemoryMb = () => process.memoryUsage.rss() / (1024 * 1024);

export async function startServer(settings: Settings, log: Logger): Promise<RunningServer> {
  const clients = createNodeClients(settings);
  // The analysis threads start now rather than on the first upload.
  clients.analysisPool();
  const metrics = createNodeMetrics(settings, clients, log);
  const app = createApp({
    settings,
    clients: () => clients,
    keyValue: () => clients.keyValue(),
    log,
    residentMemoryMb,
    metrics,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: settings.HOST, port: settings.PORT }, () =>
      resolve(s as Server),
    );
    s.once("error", reject);
  });
  const stopCatchUp = startVectorCatchUp(clients, log);
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
      stopCatchUp();
      await clients.close();
    })();
    return stopping;
  };
  return { port, stop };
}
