import { describe, expect, it } from "vitest";
import { mergeSnapshots, orderSamples } from "./merge.ts";
import type { Aggregator, FamilySnapshot, MetricType } from "./snapshot.ts";

const family = (
  type: MetricType,
  aggregator: Aggregator,
  values: readonly (readonly number[])[],
  fleetAggregator?: Aggregator,
): FamilySnapshot => ({
  name: "m",
  help: "h",
  type,
  aggregator,
  ...(fleetAggregator ? { fleetAggregator } : {}),
  samples: values.map(([value, at]) => ({
    name: "m",
    labels: { dependency: "redis" },
    value,
    ...(at === undefined ? {} : { at }),
  })),
});

describe("mergeSnapshots", () => {
  // [type, host aggregator, fleet aggregator, values per process as [value, set at], host result, fleet result]
  it.each([
    ["counter", "sum", undefined, [[3], [4]], 7, 7],
    ["counter", "max", "sum", [[10], [12]], 12, 22],
    // Counters always sum across the fleet, whatever the host aggregator says.
    ["counter", "max", undefined, [[10], [12]], 12, 22],
    ["gauge", "sum", undefined, [[1], [2]], 3, 3],
    ["gauge", "max", "sum", [[8], [5]], 8, 13],
    ["gauge", "min", undefined, [[1], [0]], 0, 0],
    ["gauge", "average", undefined, [[1], [2]], 1.5, 1.5],
    [
      "gauge",
      "latest",
      undefined,
      [
        [0, 200],
        [1, 100],
      ],
      0,
      0,
    ],
    [
      "gauge",
      "latest",
      undefined,
      [
        [0, 100],
        [1, 200],
      ],
      1,
      1,
    ],
  ] as const)(
    "%s with %s/%s over %j: host %d, fleet %d",
    (type, aggregator, fleetAggregator, values, host, fleet) => {
      const inputs = values.map((v) => [family(type, aggregator, [v], fleetAggregator)]);
      expect(mergeSnapshots(inputs, "host")[0].samples[0].value).toBe(host);
      expect(mergeSnapshots(inputs, "fleet")[0].samples[0].value).toBe(fleet);
    },
  );

  it("omits an omit family with several inputs, keeps it with one", () => {
    expect(mergeSnapshots([[family("gauge", "omit", [[5]])], [family("gauge", "omit", [[6]])]])).toEqual([]);
    expect(mergeSnapshots([[family("gauge", "omit", [[5]])]])[0].samples[0].value).toBe(5);
  });

  it("keeps series apart by labels and families apart by name", () => {
    const a: FamilySnapshot = {
      name: "r_total",
      help: "h",
      type: "counter",
      aggregator: "sum",
      samples: [{ name: "r_total", labels: { route: "/a" }, value: 1 }],
    };
    const b: FamilySnapshot = {
      ...a,
      samples: [
        { name: "r_total", labels: { route: "/b" }, value: 2 },
        { name: "r_total", labels: { route: "/a" }, value: 3 },
      ],
    };
    const merged = mergeSnapshots([[a], [b]]);
    expect(merged).toHaveLength(1);
    expect(merged[0].samples.map((s) => [s.labels.route, s.value])).toEqual([
      ["/a", 4],
      ["/b", 2],
    ]);
  });
});

describe("orderSamples", () => {
  it("puts a histogram back in exposition order per label set", () => {
    const h = (name: string, labels: Record<string, string>) => ({ name, labels, value: 1 });
    const merged: FamilySnapshot = {
      name: "d",
      help: "h",
      type: "histogram",
      aggregator: "sum",
      samples: [
        h("d_count", { r: "a" }),
        h("d_bucket", { r: "b", le: "+Inf" }),
        h("d_bucket", { r: "a", le: "+Inf" }),
        h("d_sum", { r: "a" }),
        h("d_bucket", { r: "a", le: "10" }),
        h("d_bucket", { r: "a", le: "2.5" }),
      ],
    };
    expect(orderSamples(merged).samples.map((s) => `${s.name}${s.labels.r}${s.labels.le ?? ""}`)).toEqual([
      "d_bucketa2.5",
      "d_bucketa10",
      "d_bucketa+Inf",
      "d_suma",
      "d_counta",
      "d_bucketb+Inf",
    ]);
  });
});
