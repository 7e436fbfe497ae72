// The queue workers of one process: loops that take a task, run it and settle its message; a sweeper for lost
// messages; the webhook dispatcher; and, in embedded mode, the scaling of the loops between MIN_QUEUE_WORKERS
// and MAX_QUEUE_WORKERS. Analysis itself runs in the clients' analysis pool, off this event loop.
import type { Clients } from "../clients/types.ts";
import { completeUncountedBatches, dropAbandonedUploads } from "../db/tasks.ts";
import type { Logger } from "../log/logger.ts";
import { queueInFlight, queueWorkers } from "../metrics/families.ts";
import type { Services } from "../services/context.ts";
import type { TaskDelivery } from "./delivery.ts";
import { announceBatchCompleted, runTask } from "./run-task.ts";
import { sampleQueue } from "./sample.ts";
import { desiredWorkers } from "./scale.ts";
import { createWebhookDispatcher, type ResolveHost } from "./webhook-dispatch.ts";

export interface QueueRunnerOptions {
  clients: Clients;
  services: Services;
  delivery: TaskDelivery;
  log: Logger;
  /** a fixed number of loops (a queue process, scaled by its primary), or scaled here (embedded) */
  loops: number | "scaled";
  resolveHost?: ResolveHost;
  /** who holds a task's lease, written before each claim's id (`host-pid` on Node) so an operator can tell */
  holder?: string;
}

export interface QueueRunner {
  workers(): number;
  stop(): Promise<void>;
}

/** an upload still held after this long was cut off with its process (the request timeout is far shorter) */
const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

interface Loop {
  stopping: boolean;
  done?: Promise<void>;
}

export function startQueueRunner(options: QueueRunnerOptions): QueueRunner {
  const { clients, services, delivery, log } = options;
  const settings = clients.settings;
  const loops = new Set<Loop>();
  const timers: ReturnType<typeof setInterval>[] = [];
  const dispatcher = createWebhookDispatcher(() => clients.db(), settings, log, options.resolveHost);
  let inFlight = 0;
  let closed = false;
  let idleSince = Date.now();

  const report = () => {
    queueWorkers.set({}, loops.size);
    queueInFlight.set({}, inFlight);
  };

  const startLoop = () => {
    const loop: Loop = { stopping: false };
    loops.add(loop);
    loop.done = (async () => {
      while (!loop.stopping && !closed) {
        try {
          const claim = await delivery.next(`${options.holder ?? "worker"}/${crypto.randomUUID()}`);
          if (!claim) continue;
          inFlight += 1;
          report();
          try {
            await runTask(clients, services, delivery, claim.task, log);
          } finally {
            inFlight -= 1;
            report();
            await claim.settle();
          }
        } catch (error) {
          // The database is away: the task's lease lapses and it is claimed again; wait before trying.
          log.warn("queue: a worker loop failed; going on", { error });
          await new Promise((resolve) => setTimeout(resolve, settings.QUEUE_POLL_MS));
        }
      }
      loops.delete(loop);
      report();
    })();
  };

  const scaleTo = (target: number) => {
    while (loops.size < target) startLoop();
    const running = [...loops].filter((l) => !l.stopping);
    for (const loop of running.slice(target)) loop.stopping = true;
  };

  // Each timer does one thing at a time: a slow tick is skipped, never stacked.
  const every = (ms: number, tick: () => Promise<unknown>, what: string) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy || closed) return;
      busy = true;
      tick()
        .catch((error) => log.warn(`queue: ${what} failed`, { error }))
        .finally(() => {
          busy = false;
        });
    }, ms);
    timer.unref();
    timers.push(timer);
  };

  every(
    settings.QUEUE_SWEEP_INTERVAL_MS,
    async () => {
      await delivery.sweep();
      const dropped = await dropAbandonedUploads(clients.db(), ABANDONED_UPLOAD_MS);
      if (dropped > 0) log.warn("queue: dropped batches whose upload never completed", { batches: dropped });
      for (const batch of await completeUncountedBatches(clients.db())) {
        log.warn("queue: completed a batch whose tasks ended uncounted", { batch: batch.id });
        await announceBatchCompleted(clients, batch.tenantId, batch.id);
      }
    },
    "the sweep",
  );
  every(
    settings.QUEUE_POLL_MS,
    async () => {
      while ((await dispatcher.dispatch()) > 0 && !closed) {}
    },
    "webhook dispatch",
  );
  if (options.loops === "scaled") {
    const scale = async () => {
      const backlog = await sampleQueue(clients.db());
      if (backlog.total > 0 || inFlight > 0) idleSince = Date.now();
      const target = desiredWorkers(
        {
          current: [...loops].filter((l) => !l.stopping).length,
          backlog: backlog.total,
          idleForMs: Date.now() - idleSince,
        },
        {
          min: settings.MIN_QUEUE_WORKERS,
          max: settings.MAX_QUEUE_WORKERS,
          tasksPerWorker: settings.QUEUE_SCALE_TASKS_PER_WORKER,
          idleMs: settings.QUEUE_IDLE_MS,
        },
      );
      scaleTo(target);
    };
    scaleTo(settings.MIN_QUEUE_WORKERS);
    every(settings.QUEUE_SCALE_INTERVAL_MS, scale, "scaling");
  } else scaleTo(options.loops);
  report();

  return {
    workers: () => loops.size,
    async stop() {
      closed = true;
      for (const timer of timers) clearInterval(timer);
      for (const loop of loops) loop.stopping = true;
      // A loop ends its task first; one waiting for work returns within QUEUE_POLL_MS.
      await Promise.all([...loops].map((l) => l.done));
      await delivery.close();
    },
  };
}
