// Metrics for a Node process: its registry plus prom-client's process metrics and the host's, the whole host
// through the cluster primary when this is a worker, and a heartbeat that keeps the instance alive in Redis.
import cluster from "node:cluster";
import type { Clients } from "../clients/types.ts";
import type { Settings } from "../config/settings.ts";
import type { Logger } from "../log/logger.ts";
import { sampleQueue } from "../queue/sample.ts";
import { clusterWorkerSource, reportEveryMs } from "./cluster.node.ts";
import { createFleet, type Fleet } from "./fleet.ts";
import { processFamilies } from "./process.node.ts";
import { type MetricsSource, processSnapshot, registrySource } from "./source.ts";
import { recordSystem } from "./system.node.ts";

export interface NodeMetrics {
  source: MetricsSource;
  fleet: Fleet;
  stop(): void;
}

/** how long a worker waits for the primary (which waits for every worker) before a scrape fails */
const clusterTimeoutMs = 5_000;

export function createNodeMetrics(settings: Settings, clients: Clients, log: Logger): NodeMetrics {
  const options = {
    dependencies: () => clients.dependencies(),
    sample: async () => {
      await recordSystem(settings.DATA_DIR);
      // The queue's depth as the database holds it; a database that is away leaves the last reading.
      if (settings.QUEUE_ENABLED) await sampleQueue(clients.db()).catch(() => {});
    },
    extra: processFamilies,
  };
  const source: MetricsSource =
    cluster.isWorker && process.send
      ? clusterWorkerSource(processSnapshot(options), clusterTimeoutMs)
      : registrySource(options);
  const fleet = createFleet({ ttlMs: settings.METRICS_INSTANCE_TTL_MS });

  // An instance reports well within its TTL even when nobody scrapes it, so that it does not expire while alive.
  const store = clients.keyValue();
  let timer: ReturnType<typeof setInterval> | undefined;
  if (store) {
    timer = setInterval(() => {
      (source.collectToReport ? source.collectToReport() : source.collect())
        .then((host) => (host ? fleet.publish(store, host) : undefined))
        .catch((error) => log.warn("metrics: the report to Redis failed", { error }));
    }, reportEveryMs(settings));
    timer.unref();
  }
  return {
    source,
    fleet,
    stop: () => clearInterval(timer),
  };
}
