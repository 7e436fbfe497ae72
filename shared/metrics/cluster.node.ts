// One scrape, the whole host: the worker that is scraped asks the cluster primary, which asks every worker for
// its families over IPC and merges them. A worker that exits leaves its last counters with the primary, so the
// host's counters never go backwards when a worker is replaced.
import cluster, { type Worker } from "node:cluster";
import { randomUUID } from "node:crypto";
import type { Settings } from "../config/settings.ts";
import { mergeSnapshots, orderSamples } from "./merge.ts";
import { type FamilySnapshot, isCumulative } from "./snapshot.ts";
import type { HostSnapshot } from "./source.ts";

const collectHost = "cv_analyzer:metrics:collect-host";
const hostAnswer = "cv_analyzer:metrics:host";
const collectProcess = "cv_analyzer:metrics:collect-process";
const processAnswer = "cv_analyzer:metrics:process";

/** how often an instance reports to Redis: well within its TTL, so that it does not expire while alive */
export const reportEveryMs = (settings: Pick<Settings, "METRICS_INSTANCE_TTL_MS">) =>
  Math.max(250, Math.floor(settings.METRICS_INSTANCE_TTL_MS / 4));

interface Message {
  type?: string;
  id?: string;
  families?: FamilySnapshot[];
  snapshot?: HostSnapshot;
  error?: string;
  /** a request for the periodic report to Redis rather than for a scrape */
  report?: boolean;
  /** the answer to a report request when another worker's report went out within the interval */
  skip?: boolean;
}

/**
 * In the primary: answers workers' requests for the host snapshot. Every worker keeps the host's report in Redis
 * alive, but one report per `reportEveryMs` is enough: a report request that comes sooner after the last one is
 * told to skip, so the host is gathered (every process asked for its families) once per interval, not once per
 * worker. A scrape is always gathered fresh.
 */
export function serveHostMetrics(options: {
  timeoutMs: number;
  reportEveryMs: number;
  /** called after each gather (the primary's only steady allocation under load) */
  afterGather?: () => void;
}) {
  const instance = randomUUID();
  let seq = 0;
  let lastReportAt = Number.NEGATIVE_INFINITY;
  let retained: FamilySnapshot[] = [];
  const last = new Map<number, FamilySnapshot[]>();
  const waiting = new Map<string, (families: FamilySnapshot[]) => void>();

  const askWorker = (worker: Worker) =>
    new Promise<FamilySnapshot[]>((resolve, reject) => {
      const id = randomUUID();
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`worker ${worker.process.pid} did not send its metrics`));
      }, options.timeoutMs);
      waiting.set(id, (families) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(families);
      });
      worker.send({ type: collectProcess, id });
    });

  const gatherHost = async (): Promise<HostSnapshot> => {
    const workers = Object.values(cluster.workers ?? {}).filter(
      (w): w is Worker => w?.isConnected() === true,
    );
    const answers = await Promise.all(
      workers.map((worker) =>
        askWorker(worker).then(
          (families) => {
            last.set(worker.id, families);
            return families;
          },
          // A worker too busy to answer in time is reported as it last was, never as zero.
          () => last.get(worker.id) ?? [],
        ),
      ),
    );
    seq += 1;
    const families = mergeSnapshots([...answers, retained], "host").map(orderSamples);
    options.afterGather?.();
    return { instance, seq, families };
  };

  const onMessage = (worker: Worker, message: Message) => {
    if (message?.type === processAnswer && message.id) waiting.get(message.id)?.(message.families ?? []);
    if (message?.type === collectHost && message.id) {
      const id = message.id;
      if (message.report) {
        // three quarters: two workers whose timers tick a little apart still count as one interval
        if (performance.now() - lastReportAt < options.reportEveryMs * 0.75) {
          if (worker.isConnected()) worker.send({ type: hostAnswer, id, skip: true });
          return;
        }
        lastReportAt = performance.now();
      }
      gatherHost().then(
        (snapshot) => worker.isConnected() && worker.send({ type: hostAnswer, id, snapshot }),
        (error) => worker.isConnected() && worker.send({ type: hostAnswer, id, error: String(error) }),
      );
    }
  };
  const onExit = (worker: Worker) => {
    const families = last.get(worker.id);
    last.delete(worker.id);
    if (families) retained = mergeSnapshots([retained, families.filter(isCumulative)], "host");
  };
  cluster.on("message", onMessage);
  cluster.on("exit", onExit);
  return {
    stop() {
      cluster.off("message", onMessage);
      cluster.off("exit", onExit);
    },
  };
}

/**
 * In a worker: sends this process's families when the primary asks, and asks the primary for the host: for a
 * scrape (`collect`), or for the periodic report (`collectToReport`, null when another worker reported lately).
 */
export function clusterWorkerSource(local: () => Promise<FamilySnapshot[]>, timeoutMs: number) {
  const waiting = new Map<string, (message: Message) => void>();
  process.on("message", (message: Message) => {
    if (message?.type === collectProcess && message.id) {
      const id = message.id;
      local().then(
        (families) => process.send?.({ type: processAnswer, id, families }),
        () => process.send?.({ type: processAnswer, id, families: [] }),
      );
    }
    if (message?.type === hostAnswer && message.id) waiting.get(message.id)?.(message);
  });
  const ask = (report: boolean) =>
    new Promise<HostSnapshot | null>((resolve, reject) => {
      const id = randomUUID();
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error("the cluster primary did not send the host metrics in time"));
      }, timeoutMs);
      waiting.set(id, (message) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (message.snapshot) resolve(message.snapshot);
        else if (report && message.skip) resolve(null);
        else reject(new Error(message.error ?? "the cluster primary sent no metrics"));
      });
      process.send?.({ type: collectHost, id, report });
    });
  return {
    collect: () => ask(false) as Promise<HostSnapshot>,
    collectToReport: () => ask(true),
  };
}
