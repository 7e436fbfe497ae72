// The queue's processes on Node. Embedded: worker loops inside the one HTTP process (PGlite is single-process),
// scaled between MIN_QUEUE_WORKERS and MAX_QUEUE_WORKERS. Stack: queue worker processes apart from the HTTP ones,
// each running QUEUE_WORKER_CONCURRENCY tasks over QUEUE_ANALYSIS_THREADS analysis threads of its own, fed by Redis Streams (or by
// PostgreSQL without Redis); the cluster primary scales their number (node-queue-supervisor.ts).
import { hostname, setPriority } from "node:os";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Clients } from "../../shared/clients/types.ts";
import { queueProcesses } from "../../shared/config/budget.ts";
import type { Settings } from "../../shared/config/settings.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { createNodeMetrics } from "../../shared/metrics/runtime.node.ts";
import { createDatabaseDelivery } from "../../shared/queue/database-delivery.ts";
import type { TaskDelivery } from "../../shared/queue/delivery.ts";
import { resolveHostNode } from "../../shared/queue/resolve.node.ts";
import { type QueueRunner, startQueueRunner } from "../../shared/queue/runner.ts";
import { createStreamsDelivery } from "../../shared/queue/streams.node.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { keepQueueHeap, settleQueueMainThread } from "./node-heap.ts";

export function deliveryFor(clients: Clients, log: Logger): TaskDelivery {
  const s = clients.settings;
  if (s.DATABASE_URL && s.REDIS_URL)
    return createStreamsDelivery(() => clients.db(), {
      url: s.REDIS_URL,
      prefix: s.QUEUE_STREAM,
      leaseMs: s.QUEUE_LEASE_MS,
      pollMs: s.QUEUE_POLL_MS,
      redeliverMs: s.QUEUE_REDELIVER_MS,
      log,
    });
  return createDatabaseDelivery(() => clients.db(), { leaseMs: s.QUEUE_LEASE_MS, pollMs: s.QUEUE_POLL_MS });
}

/** The embedded queue inside the HTTP process, over its clients (and so its one analysis pool). */
export function startEmbeddedQueue(clients: Clients, log: Logger): QueueRunner | null {
  if (!clients.settings.QUEUE_ENABLED || queueProcesses(clients.settings)) return null;
  return startQueueRunner({
    clients,
    services: servicesFor(clients),
    delivery: deliveryFor(clients, log),
    log: log.child({ component: "queue" }),
    loops: "scaled",
    resolveHost: resolveHostNode,
    holder: `${hostname()}-${process.pid}`,
  });
}

/** One queue worker process: its own clients, a small connection pool, analysis threads for its tasks. */
export function startQueueProcess(settings: Settings, log: Logger) {
  const concurrency = settings.QUEUE_WORKER_CONCURRENCY;
  // The whole process is background work: its main thread (embedding, database writes) yields to HTTP too.
  try {
    setPriority(settings.ANALYSIS_NICE);
  } catch {
    // not permitted here: it runs at the priority it was given
  }
  const own: Settings = {
    ...settings,
    ANALYSIS_WORKERS: Math.min(concurrency, settings.QUEUE_ANALYSIS_THREADS),
    // outside the HTTP processes' connection budget: a task holds one connection at a time, the sweeper one
    UVICORN_WORKERS: 1,
    DATABASE_POOL_SIZE: concurrency + 2,
    DATABASE_MAX_OVERFLOW: 0,
  };
  const clients = createNodeClients(own, { log });
  settleQueueMainThread(settings);
  const stopHeapKeeper = keepQueueHeap(settings);
  // with ANALYSIS_THREADS_AT_START off (the default), an idle queue process holds no analysis thread
  if (settings.ANALYSIS_THREADS_AT_START) clients.analysisPool();
  const metrics = createNodeMetrics(own, clients, log);
  const runner = startQueueRunner({
    clients,
    services: servicesFor(clients),
    delivery: deliveryFor(clients, log),
    log,
    loops: concurrency,
    resolveHost: resolveHostNode,
    holder: `${hostname()}-${process.pid}`,
  });
  log.info("queue worker ready", { concurrency });
  return {
    async stop() {
      await runner.stop();
      stopHeapKeeper();
      metrics.stop();
      await clients.close();
    },
  };
}
