// Where a scrape gets this host's metrics: the in-process registry (one process, a Workers isolate), or on a
// Node cluster every worker process merged (source.node.ts).
import type { Dependency } from "../clients/types.ts";
import { metricsRegistry } from "./families.ts";
import { recordPools } from "./record.ts";
import type { Registry } from "./registry.ts";
import type { FamilySnapshot } from "./snapshot.ts";

export interface HostSnapshot {
  /** this host (or isolate) among the fleet: random, fixed for the life of the host */
  instance: string;
  /** grows with every snapshot of the host, so that an older report never overwrites a newer one */
  seq: number;
  families: FamilySnapshot[];
}

export interface MetricsSource {
  collect(): Promise<HostSnapshot>;
  /** the snapshot for the periodic report to Redis; null when another process of the host has just sent it */
  collectToReport?(): Promise<HostSnapshot | null>;
}

export interface ProcessMetricsOptions {
  registry?: Registry;
  /** the clients whose pools are sampled at each snapshot */
  dependencies?: () => readonly Dependency[];
  /** reads sampled values into the registry just before the snapshot (host metrics on Node) */
  sample?: () => Promise<void>;
  /** families read elsewhere (prom-client's process metrics on Node) */
  extra?: () => Promise<FamilySnapshot[]>;
}

/** this process's families: its pools sampled now, the registry, and any extra families */
export function processSnapshot(options: ProcessMetricsOptions = {}): () => Promise<FamilySnapshot[]> {
  const registry = options.registry ?? metricsRegistry;
  return async () => {
    if (options.dependencies) recordPools(options.dependencies());
    await options.sample?.();
    const families = await registry.snapshot();
    if (options.extra) families.push(...(await options.extra()));
    return families;
  };
}

/** the process's own registry as the whole host: right where one process (or isolate) serves */
export function registrySource(options: ProcessMetricsOptions = {}): MetricsSource {
  const instance = crypto.randomUUID();
  const snapshot = processSnapshot(options);
  let seq = 0;
  return {
    async collect() {
      const families = await snapshot();
      seq += 1;
      return { instance, seq, families };
    },
  };
}
