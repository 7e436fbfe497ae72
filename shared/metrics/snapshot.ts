// The plain-data form of metrics that crosses processes and instances: families of samples, as JSON.
// The shape follows prom-client's getMetricsAsJSON() so that its default process metrics fit in unchanged.

export type MetricType = "counter" | "gauge" | "histogram";

/**
 * How one family's samples from several processes or instances become one:
 * sum (counters, histograms, additive gauges), max/min/average, latest (the most recently set value wins,
 * for "last check" gauges), or omit (values that only mean something per process).
 */
export type Aggregator = "sum" | "max" | "min" | "average" | "latest" | "omit";

export type Labels = Record<string, string>;

export interface Sample {
  /** the series name: the family name, or the family name with _bucket, _sum or _count for histograms */
  name: string;
  labels: Labels;
  value: number;
  /** when the value was set (ms since the epoch), for the "latest" aggregator */
  at?: number;
}

export interface FamilySnapshot {
  name: string;
  help: string;
  type: MetricType;
  aggregator: Aggregator;
  /** across instances; `aggregator` when absent */
  fleetAggregator?: Aggregator;
  samples: Sample[];
}

/** Counters and histograms only ever grow; their samples are what an expired instance leaves behind. */
export const isCumulative = (family: Pick<FamilySnapshot, "type">) => family.type !== "gauge";

/** One key per series: the sample name and its labels in a stable order. */
export function seriesKey(sample: Pick<Sample, "name" | "labels">): string {
  const names = Object.keys(sample.labels).sort();
  return JSON.stringify([sample.name, ...names.map((n) => [n, sample.labels[n]])]);
}
