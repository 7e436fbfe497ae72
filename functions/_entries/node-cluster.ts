// The cluster primary: forks UVICORN_WORKERS HTTP processes, replaces one that dies, and stops them all on SIGTERM.
import cluster, { type Worker } from "node:cluster";
import type { Settings } from "../../shared/config/settings.ts";
import type { Logger } from "../../shared/log/logger.ts";
import { reportEveryMs, serveHostMetrics } from "../../shared/metrics/cluster.node.ts";
import { primaryHeapKeeper } from "./node-heap.ts";

/** The glibc tunable that fixes malloc's mmap threshold: the Docker image sets it for the cluster primary. */
const MMAP_THRESHOLD_TUNABLE = "glibc.malloc.mmap_threshold";

/**
 * What a forked process gets in its environment besides the primary's: `extra`, glibc's MALLOC_ARENA_MAX at 2
 * unless the operator set it, and GLIBC_TUNABLES without a fixed mmap threshold.
 * - Arenas: by default glibc gives each thread that allocates its own arena, up to 8 per core; a worker's
 *   analysis threads, V8's helper threads and libuv's pool then each keep freed memory apart. Two arenas held
 *   each stack process about 8 MB lower at no cost in ingest rate (bench/README.md).
 * - The mmap threshold: glibc raises its own each time a mapped block is freed, and then serves blocks of that
 *   size from its heaps, which keep what they held. That made the primary's memory climb about 0.4 MB a minute
 *   under load; a fixed threshold (the image's GLIBC_TUNABLES) holds it. The workers and queue processes keep
 *   glibc's sliding one: theirs stayed within 3 % without it, and with it 8 queue processes on 2 cores spent about
 *   a sixth more CPU per PDF (mapping and faulting in every large block afresh).
 */
export const forkEnvironment = (extra: Record<string, string>): Record<string, string> => {
  const tunables = process.env.GLIBC_TUNABLES;
  return {
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
    ...(tunables === undefined ? {} : { GLIBC_TUNABLES: withoutTunable(tunables, MMAP_THRESHOLD_TUNABLE) }),
    ...extra,
  };
};

/** GLIBC_TUNABLES ("name=value:name=value") without `name` */
export const withoutTunable = (tunables: string, name: string): string =>
  tunables
    .split(":")
    .filter((pair) => pair !== "" && pair.split("=")[0] !== name)
    .join(":");

/** A worker's exit code when it cannot listen (it sends the reason first): no replacement would fare better. */
export const LISTEN_FAILED = 78;

export function superviseWorkers(settings: Settings, log: Logger, onListenFailed: (problem: string) => void) {
  let stopping = false;
  let listenProblem: string | undefined;
  let listenFailed = false;
  const recentDeaths: number[] = [];
  cluster.setupPrimary({
    execArgv: [...process.execArgv, `--max-old-space-size=${settings.PYTHON_MEMORY_LIMIT}`],
  });
  // Only the HTTP workers forked here are replaced here (queue workers have their own supervisor).
  const httpWorkers = new Set<number>();
  const fork = () => {
    const worker = cluster.fork(forkEnvironment({ CV_ANALYZER_WORKER: "1" }));
    httpWorkers.add(worker.id);
    worker.on("message", (message: { listenProblem?: unknown }) => {
      if (typeof message?.listenProblem === "string") listenProblem ??= message.listenProblem;
    });
    log.info("worker started", { workerPid: worker.process.pid });
    return worker;
  };
  // A scrape of any worker reports the whole host: the primary gathers every worker's metrics.
  const hostMetrics = serveHostMetrics({
    timeoutMs: 2_000,
    reportEveryMs: reportEveryMs(settings),
    afterGather: primaryHeapKeeper(settings),
  });
  for (let i = 0; i < settings.UVICORN_WORKERS; i++) fork();

  cluster.on("exit", (worker: Worker, code, signal) => {
    if (!httpWorkers.delete(worker.id)) return;
    if (stopping || listenFailed) return;
    if (code === LISTEN_FAILED && listenProblem) {
      listenFailed = true;
      onListenFailed(listenProblem);
      return;
    }
    log.warn("worker exited; starting a replacement", { workerPid: worker.process.pid, code, signal });
    // A worker that dies at once, again and again, is a broken build, not a crash: back off.
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length > 0 && now - recentDeaths[0] > 10_000) recentDeaths.shift();
    const delay = recentDeaths.length > settings.UVICORN_WORKERS * 3 ? 5_000 : 0;
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    log.info("stopping workers", { count: workers.length });
    const exited = workers.map(
      (w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once("exit", () => resolve()))),
    );
    for (const w of workers) w.process.kill("SIGTERM");
    const timer = setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill("SIGKILL");
    }, settings.SHUTDOWN_TIMEOUT_MS + 2_000);
    await Promise.all(exited);
    clearTimeout(timer);
    hostMetrics.stop();
  };
  return { stop };
}
