// prom-client's default process metrics (CPU, RSS, heap, event-loop lag, GC, handles), read as snapshots so
// that they merge across workers and instances like every other family. prom-client (and the OpenTelemetry API
// it loads) is imported on the first read, not at start-up: about 60 ms of a start's main thread.
import type { Registry } from "prom-client";
import type { Aggregator, FamilySnapshot, MetricType } from "./snapshot.ts";

let registry: Promise<Registry> | undefined;

const aggregators: Record<string, Aggregator> = {
  sum: "sum",
  max: "max",
  min: "min",
  average: "average",
  omit: "omit",
  // "first" marks values every process shares (the Node version): any one of them will do.
  first: "max",
};

const types = new Set<MetricType>(["counter", "gauge", "histogram"]);

export async function processFamilies(): Promise<FamilySnapshot[]> {
  registry ??= import("prom-client").then((prom) => {
    const made = new prom.Registry();
    prom.collectDefaultMetrics({ register: made });
    return made;
  });
  const families: FamilySnapshot[] = [];
  for (const metric of await (await registry).getMetricsAsJSON()) {
    const type = String(metric.type) as MetricType;
    if (!types.has(type)) continue;
    // prom-client also sends nodejs_active_{handles,requests,resources}_total: gauges named like counters, which
    // promtool rightly rejects. They only sum the per-type gauges sent beside them, so they are left out.
    if (type !== "counter" && metric.name.endsWith("_total")) continue;
    families.push({
      name: metric.name,
      help: metric.help,
      type,
      aggregator: aggregators[String(metric.aggregator)] ?? "sum",
      samples: metric.values.map((v) => {
        const labels: Record<string, string> = {};
        for (const [k, value] of Object.entries(v.labels)) labels[k] = String(value);
        return { name: (v as { metricName?: string }).metricName ?? metric.name, labels, value: v.value };
      }),
    });
  }
  return families;
}
