// Merges snapshots from several worker processes or instances into one, family by family, each with its
// own aggregator (see families.ts for the choice per family).
import { type Aggregator, type FamilySnapshot, isCumulative, type Sample, seriesKey } from "./snapshot.ts";

export type MergeLevel = "host" | "fleet";

function combine(aggregator: Aggregator, samples: Sample[]): Sample | undefined {
  const first = samples[0];
  const values = samples.map((s) => s.value);
  switch (aggregator) {
    case "sum":
      return { ...first, value: values.reduce((a, b) => a + b, 0) };
    case "max":
      return { ...first, value: Math.max(...values) };
    case "min":
      return { ...first, value: Math.min(...values) };
    case "average":
      return { ...first, value: values.reduce((a, b) => a + b, 0) / values.length };
    case "latest":
      return samples.reduce((a, b) => ((b.at ?? 0) > (a.at ?? 0) ? b : a));
    case "omit":
      return samples.length === 1 ? first : undefined;
  }
}

/**
 * Families by name across every input, in the order first seen; samples of one series combined with the
 * family's aggregator for that level. Across the fleet, counters and histograms always sum: an instance's
 * count is its own work, never a second reading of someone else's.
 */
export function mergeSnapshots(
  inputs: readonly (readonly FamilySnapshot[])[],
  level: MergeLevel = "host",
): FamilySnapshot[] {
  const families = new Map<string, { family: FamilySnapshot; series: Map<string, Sample[]> }>();
  for (const input of inputs) {
    for (const family of input) {
      let entry = families.get(family.name);
      if (!entry) {
        entry = { family, series: new Map() };
        families.set(family.name, entry);
      }
      for (const sample of family.samples) {
        const key = seriesKey(sample);
        const list = entry.series.get(key);
        if (list) list.push(sample);
        else entry.series.set(key, [sample]);
      }
    }
  }
  const merged: FamilySnapshot[] = [];
  for (const { family, series } of families.values()) {
    const aggregator: Aggregator =
      level === "fleet"
        ? isCumulative(family)
          ? "sum"
          : (family.fleetAggregator ?? family.aggregator)
        : family.aggregator;
    const samples: Sample[] = [];
    for (const list of series.values()) {
      const sample = combine(aggregator, list);
      if (sample) samples.push(sample);
    }
    // Once merged at host level, the fleet level applies next time; keep the fleet choice on the result.
    if (samples.length > 0) merged.push({ ...family, samples });
  }
  return merged;
}

const sampleRank = (family: string, sample: Sample) => {
  if (sample.name === `${family}_sum`) return Number.MAX_VALUE;
  if (sample.name === `${family}_count`) return Number.POSITIVE_INFINITY;
  const le = sample.labels.le;
  return le === "+Inf" ? Number.MAX_SAFE_INTEGER : Number(le);
};

/**
 * Puts a histogram's samples back in exposition order (per label set: buckets by le, then _sum, _count)
 * after a merge that may have met its series in any order. Other families are returned as they are.
 */
export function orderSamples(family: FamilySnapshot): FamilySnapshot {
  if (family.type !== "histogram") return family;
  const groups = new Map<string, Sample[]>();
  for (const sample of family.samples) {
    const { le: _, ...labels } = sample.labels;
    const key = seriesKey({ name: "", labels });
    const group = groups.get(key);
    if (group) group.push(sample);
    else groups.set(key, [sample]);
  }
  const samples: Sample[] = [];
  for (const group of groups.values())
    samples.push(...group.sort((a, b) => sampleRank(family.name, a) - sampleRank(family.name, b)));
  return { ...family, samples };
}
