// A small metrics registry that runs anywhere (Node, workerd, the browser): counters, gauges and histograms
// with fixed label names, read out as plain snapshots. prom-client does not load in workerd; this does.
import type { Aggregator, FamilySnapshot, Labels, MetricType, Sample } from "./snapshot.ts";

export interface FamilyDefinition<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  /** across worker processes of one host; sum when not given */
  aggregator?: Aggregator;
  /** across instances (hosts, isolates); the host aggregator when not given. Counters always sum here. */
  fleetAggregator?: Aggregator;
}

type LabelValues<L extends string> = [L] extends [never] ? Record<string, never> : Record<L, string>;

interface Series {
  labels: Labels;
  value: number;
  at: number;
}

abstract class Family<L extends string> {
  protected readonly series = new Map<string, Series>();
  abstract readonly type: MetricType;
  constructor(readonly definition: FamilyDefinition<L>) {}

  protected entry(labels: LabelValues<L>, make: (labels: Labels) => Series): Series {
    const values = labels as Record<string, string>;
    // Called for every observation: a plain loop, no intermediate array.
    const names = this.definition.labelNames;
    let key = "";
    for (let i = 0; i < names.length; i++)
      key += i === 0 ? (values[names[i]] ?? "") : `\u0000${values[names[i]] ?? ""}`;
    let series = this.series.get(key);
    if (!series) {
      const own: Labels = {};
      for (const n of this.definition.labelNames) own[n] = String(values[n] ?? "");
      series = make(own);
      this.series.set(key, series);
    }
    return series;
  }

  reset() {
    this.series.clear();
  }

  abstract samples(): Sample[];

  snapshot(): FamilySnapshot {
    const { name, help, aggregator = "sum", fleetAggregator = aggregator } = this.definition;
    return { name, help, type: this.type, aggregator, fleetAggregator, samples: this.samples() };
  }
}

export class Counter<L extends string = never> extends Family<L> {
  readonly type = "counter";
  inc(labels: LabelValues<L>, by = 1) {
    // A counter that goes down is not a counter; a negative or NaN increment is a bug in the caller.
    if (!(by >= 0)) return;
    const series = this.entry(labels, (own) => ({ labels: own, value: 0, at: 0 }));
    series.value += by;
    series.at = Date.now();
  }
  /** for counts kept elsewhere (a pool's error count): moves the counter up to `total`, never down */
  raiseTo(labels: LabelValues<L>, total: number) {
    const series = this.entry(labels, (own) => ({ labels: own, value: 0, at: 0 }));
    if (total > series.value) series.value = total;
    series.at = Date.now();
  }
  samples(): Sample[] {
    return [...this.series.values()].map((s) => ({
      name: this.definition.name,
      labels: { ...s.labels },
      value: s.value,
    }));
  }
}

export class Gauge<L extends string = never> extends Family<L> {
  readonly type = "gauge";
  set(labels: LabelValues<L>, value: number) {
    const series = this.entry(labels, (own) => ({ labels: own, value: 0, at: 0 }));
    series.value = value;
    series.at = Date.now();
  }
  samples(): Sample[] {
    return [...this.series.values()].map((s) => ({
      name: this.definition.name,
      labels: { ...s.labels },
      value: s.value,
      at: s.at,
    }));
  }
}

interface HistogramSeries extends Series {
  counts: number[];
  sum: number;
}

export class Histogram<L extends string = never> extends Family<L> {
  readonly type = "histogram";
  constructor(
    definition: FamilyDefinition<L>,
    readonly buckets: readonly number[],
  ) {
    super(definition);
  }
  observe(labels: LabelValues<L>, value: number) {
    // NaN would poison the sum for the life of the process; it is a caller's bug, not an observation.
    if (Number.isNaN(value)) return;
    const series = this.entry(labels, (own) => ({
      labels: own,
      value: 0,
      at: 0,
      counts: this.buckets.map(() => 0),
      sum: 0,
    })) as HistogramSeries;
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) series.counts[i] += 1;
    series.value += 1;
    series.sum += value;
  }
  samples(): Sample[] {
    const { name } = this.definition;
    const out: Sample[] = [];
    for (const s of this.series.values() as Iterable<HistogramSeries>) {
      this.buckets.forEach((le, i) => {
        out.push({ name: `${name}_bucket`, labels: { ...s.labels, le: String(le) }, value: s.counts[i] });
      });
      out.push({ name: `${name}_bucket`, labels: { ...s.labels, le: "+Inf" }, value: s.value });
      out.push({ name: `${name}_sum`, labels: { ...s.labels }, value: s.sum });
      out.push({ name: `${name}_count`, labels: { ...s.labels }, value: s.value });
    }
    return out;
  }
}

/** Runs just before a snapshot, to read values that are sampled rather than counted (pools, memory). */
export type Collector = () => void | Promise<void>;

export class Registry {
  private readonly families: Family<string>[] = [];
  private readonly collectors: Collector[] = [];

  counter<L extends string = never>(definition: FamilyDefinition<L>): Counter<L> {
    return this.add(new Counter(definition));
  }
  gauge<L extends string = never>(definition: FamilyDefinition<L>): Gauge<L> {
    return this.add(new Gauge(definition));
  }
  histogram<L extends string = never>(
    definition: FamilyDefinition<L>,
    buckets: readonly number[],
  ): Histogram<L> {
    return this.add(new Histogram(definition, buckets));
  }
  addCollector(collector: Collector): () => void {
    this.collectors.push(collector);
    return () => {
      const i = this.collectors.indexOf(collector);
      if (i >= 0) this.collectors.splice(i, 1);
    };
  }

  /** every family, after the collectors have run; families with no series yet are left out */
  async snapshot(): Promise<FamilySnapshot[]> {
    for (const collect of this.collectors) await collect();
    return this.families.map((f) => f.snapshot()).filter((f) => f.samples.length > 0);
  }

  /** forgets every value (tests and benches start from zero) */
  reset() {
    for (const f of this.families) f.reset();
  }

  private add<F extends Family<string>>(family: F): F {
    if (this.families.some((f) => f.definition.name === family.definition.name))
      throw new Error(`metric ${family.definition.name} is registered twice`);
    this.families.push(family);
    return family;
  }
}
