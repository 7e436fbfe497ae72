// In the cluster primary: forks queue worker processes and keeps their number between MIN_QUEUE_WORKERS and
// MAX_QUEUE_WORKERS from the backlog read in PostgreSQL; a worker that dies is replaced, one no longer needed
// gets SIGTERM and finishes its task first.
import cluster, { type Worker } from "node:cluster";
import { availableParallelism, cpus } from "node:os";
import { createNodeClients } from "../../shared/clients/node.ts";
import type { Settings } from "../../shared/config/settings.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { sampleQueue } from "../../shared/queue/sample.ts";
import { desiredWorkers } from "../../shared/queue/scale.ts";
import { forkEnvironment } from "./node-cluster.ts";
import { queueProcessFlags } from "./node-heap.ts";

export const QUEUE_ROLE = "queue";

export function superviseQueueWorkers(settings: Settings, log: Logger) {
  // One connection for the backlog count, outside the HTTP processes' budget.
  const clients = createNodeClients(
    { ...settings, UVICORN_WORKERS: 1, DATABASE_POOL_SIZE: 1, DATABASE_MAX_OVERFLOW: 0 },
    { log },
  );
  const running = new Map<number, Worker>();
  const retiring = new Set<number>();
  let target = settings.MIN_QUEUE_WORKERS;
  let idleSince = Date.now();
  let stopping = false;

  const extraFlags = queueProcessFlags(settings);
  const fork = () => {
    // the HTTP supervisor's flags, and the queue's own for this fork only
    const base = cluster.settings.execArgv ?? process.execArgv;
    if (extraFlags.length > 0) cluster.setupPrimary({ execArgv: [...base, ...extraFlags] });
    const worker = cluster.fork(forkEnvironment({ CV_ANALYZER_WORKER: "1", CV_ANALYZER_ROLE: QUEUE_ROLE }));
    if (extraFlags.length > 0) cluster.setupPrimary({ execArgv: base });
    running.set(worker.id, worker);
    log.info("queue worker started", { workerPid: worker.process.pid });
  };
  const active = () => [...running.values()].filter((w) => !retiring.has(w.id));
  const apply = () => {
    if (stopping) return;
    while (active().length < target) fork();
    for (const worker of active().slice(target)) {
      retiring.add(worker.id);
      worker.process.kill("SIGTERM");
      log.info("queue worker stopping", { workerPid: worker.process.pid });
    }
  };

  const recentDeaths: number[] = [];
  const onExit = (worker: Worker, code: number | null, signal: string | null) => {
    if (!running.delete(worker.id)) return;
    if (retiring.delete(worker.id) || stopping) return;
    log.warn("queue worker exited; starting a replacement", { workerPid: worker.process.pid, code, signal });
    // Workers that die at once, again and again, are a broken configuration, not a crash: back off.
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length > 0 && now - recentDeaths[0]! > 10_000) recentDeaths.shift();
    setTimeout(apply, recentDeaths.length > settings.MAX_QUEUE_WORKERS * 3 ? 5_000 : 500);
  };
  cluster.on("exit", onExit);

  // The machine's CPU time since the last reading: workers are forked onto the same cores.
  const cpuTimes = () =>
    cpus().reduce(
      (sum, { times }) => ({
        idle: sum.idle + times.idle,
        total: sum.total + times.user + times.nice + times.sys + times.irq + times.idle,
      }),
      { idle: 0, total: 0 },
    );
  let lastCpu = cpuTimes();
  const cpuBusySinceLast = () => {
    const now = cpuTimes();
    const elapsed = now.total - lastCpu.total;
    const busyShare = elapsed > 0 ? 1 - (now.idle - lastCpu.idle) / elapsed : undefined;
    lastCpu = now;
    return busyShare;
  };

  let workedThrough = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopping) return;
    busy = true;
    sampleQueue(clients.db())
      .then((backlog) => {
        if (backlog.total > 0) idleSince = Date.now();
        // the CPU share says whether the cores have time to spare only if workers had work throughout
        const measured = cpuBusySinceLast();
        const cpuBusy = workedThrough ? (measured ?? 1) : 1;
        workedThrough = backlog.total > 0;
        const next = desiredWorkers(
          { current: target, backlog: backlog.total, idleForMs: Date.now() - idleSince, cpuBusy },
          {
            min: settings.MIN_QUEUE_WORKERS,
            max: settings.MAX_QUEUE_WORKERS,
            tasksPerWorker: settings.QUEUE_SCALE_TASKS_PER_WORKER,
            idleMs: settings.QUEUE_IDLE_MS,
            maxCpuBusy: settings.QUEUE_SCALE_MAX_CPU,
            cores: availableParallelism(),
          },
        );
        if (next !== target)
          log.info("queue workers scaled", {
            from: target,
            to: next,
            backlog: backlog.total,
            cpuBusy: Math.round(cpuBusy * 100) / 100,
          });
        target = next;
        apply();
      })
      .catch((error) => log.warn("queue: reading the backlog failed", { error }))
      .finally(() => {
        busy = false;
      });
  }, settings.QUEUE_SCALE_INTERVAL_MS);
  timer.unref();
  apply();

  return {
    /** the HTTP supervisor stops every cluster worker; this only lets go of its own handles */
    async stop() {
      stopping = true;
      clearInterval(timer);
      cluster.off("exit", onExit);
      await clients.close();
    },
  };
}
