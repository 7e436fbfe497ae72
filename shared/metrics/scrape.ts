// One scrape: check the dependencies, collect this host, merge the fleet through Redis when it is configured,
// and render the exposition text.
import { checkDependencies } from "../clients/readiness.ts";
import type { Clients } from "../clients/types.ts";
import type { Logger } from "../log/logger.ts";
import type { Fleet } from "./fleet.ts";
import { recordDependencyCheck, recordPools } from "./record.ts";
import { renderExposition } from "./render.ts";
import type { FamilySnapshot } from "./snapshot.ts";
import type { MetricsSource } from "./source.ts";

export interface ScrapeOptions {
  clients: Clients;
  source: MetricsSource;
  fleet: Fleet;
  log?: Logger;
}

const fleetGauges = (instances: number, merged: boolean): FamilySnapshot[] => [
  {
    name: "cv_analyzer_metrics_instances",
    help: "Instances whose metrics this scrape merged (1 without Redis).",
    type: "gauge",
    aggregator: "max",
    samples: [{ name: "cv_analyzer_metrics_instances", labels: {}, value: instances }],
  },
  {
    name: "cv_analyzer_metrics_fleet_merged",
    help: "1 when this scrape merged every instance through Redis, 0 when it reports this host alone.",
    type: "gauge",
    aggregator: "min",
    samples: [{ name: "cv_analyzer_metrics_fleet_merged", labels: {}, value: merged ? 1 : 0 }],
  },
];

export async function scrapeMetrics({ clients, source, fleet, log }: ScrapeOptions): Promise<string> {
  // A fresh check per scrape: dependency_up then says how things stand now, not at the last readiness probe.
  const dependencies = clients.dependencies();
  await checkDependencies(dependencies, clients.settings.READINESS_TIMEOUT_MS, recordDependencyCheck);
  // This process's pools now; on Workers the clients (and so the pools) belong to this request.
  recordPools(dependencies);
  const host = await source.collect();
  const store = clients.keyValue();
  if (!store) return renderExposition([...host.families, ...fleetGauges(1, false)]);
  try {
    const view = await fleet.merge(store, host);
    return renderExposition([...view.families, ...fleetGauges(view.instances, true)]);
  } catch (error) {
    // Redis down: this host's own numbers are still worth a scrape; fleet_merged 0 says the totals are partial.
    log?.warn("metrics: the fleet merge through Redis failed; reporting this host alone", { error });
    return renderExposition([...host.families, ...fleetGauges(1, false)]);
  }
}
