import { afterAll, describe, expect, it } from "vitest";
import { integrationAvailable, testRedisUrl } from "../../test/support/integration.ts";
import { createRedis } from "../clients/redis.node.ts";
import { loadSettings } from "../config/settings.ts";
import { createFleet } from "./fleet.ts";
import type { FamilySnapshot } from "./snapshot.ts";
import type { HostSnapshot } from "./source.ts";

const ttlMs = 60_000;

/** a host as the fleet sees it: requests served, a histogram of their time, and requests in flight now */
function host(
  instance: string,
  seq: number,
  requests: number,
  inFlight: number,
  latencies: number[] = [],
): HostSnapshot {
  const families: FamilySnapshot[] = [
    {
      name: "cv_analyzer_http_requests_total",
      help: "requests",
      type: "counter",
      aggregator: "sum",
      samples: [
        { name: "cv_analyzer_http_requests_total", labels: { route: "/api/health" }, value: requests },
      ],
    },
    {
      name: "cv_analyzer_http_request_duration_seconds",
      help: "time",
      type: "histogram",
      aggregator: "sum",
      samples: [
        {
          name: "cv_analyzer_http_request_duration_seconds_bucket",
          labels: { le: "0.1" },
          value: latencies.filter((l) => l <= 0.1).length,
        },
        {
          name: "cv_analyzer_http_request_duration_seconds_bucket",
          labels: { le: "+Inf" },
          value: latencies.length,
        },
        {
          name: "cv_analyzer_http_request_duration_seconds_sum",
          labels: {},
          value: latencies.reduce((a, b) => a + b, 0),
        },
        { name: "cv_analyzer_http_request_duration_seconds_count", labels: {}, value: latencies.length },
      ],
    },
    {
      name: "cv_analyzer_http_requests_in_flight",
      help: "in flight",
      type: "gauge",
      aggregator: "sum",
      samples: [{ name: "cv_analyzer_http_requests_in_flight", labels: {}, value: inFlight }],
    },
  ];
  return { instance, seq, families };
}

const sampleValue = (families: FamilySnapshot[], sample: string) =>
  families.flatMap((f) => f.samples).find((s) => s.name === sample)?.value;

const run = integrationAvailable("metrics fleet merge through Redis", { TEST_REDIS_URL: testRedisUrl });

describe.runIf(run)("the fleet merge through Redis", () => {
  const redis = createRedis(testRedisUrl ?? "redis://127.0.0.1:6379", loadSettings({}));
  const namespaces: string[] = [];
  afterAll(async () => {
    const dropAll =
      "local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do n = n + redis.call('DEL', k) end return n";
    for (const ns of namespaces) await redis.store.eval(dropAll, [], [`{${ns}}*`]);
    await redis.dependency.close();
  });
  const namespace = () => {
    const ns = `cv_test_metrics_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    namespaces.push(ns);
    return ns;
  };

  it("sums counters and histograms across instances, expires a silent one, and never goes backwards", async () => {
    let clock = 1_000_000;
    const ns = namespace();
    const a = createFleet({ ttlMs, namespace: ns, now: () => clock });
    const b = createFleet({ ttlMs, namespace: ns, now: () => clock });
    const c = createFleet({ ttlMs, namespace: ns, now: () => clock });

    // step: [who reports, its snapshot, expected fleet requests, expected histogram count, in flight, instances]
    const steps: [typeof a, HostSnapshot, number, number, number, number, number][] = [
      [a, host("A", 1, 10, 2, [0.05, 0.2]), 0, 10, 2, 2, 1],
      [b, host("B", 1, 5, 3, [0.01]), 0, 15, 3, 5, 2],
      [a, host("A", 2, 12, 0, [0.05, 0.2, 0.3]), 0, 17, 4, 3, 2],
      // B falls silent; A reports just inside the TTL, then C joins after B's TTL has passed.
      [a, host("A", 3, 20, 1, [0.05, 0.2, 0.3]), ttlMs - 1, 25, 4, 4, 2],
      [c, host("C", 1, 1, 1, [0.01]), 2, 26, 5, 2, 2],
      // An old report of A (seq 2) arrives late: it must not replace the newer one.
      [a, host("A", 2, 12, 0, [0.05, 0.2, 0.3]), 0, 26, 5, 2, 2],
    ];
    let previous = 0;
    for (const [fleet, snapshot, advance, requests, count, inFlight, instances] of steps) {
      clock += advance;
      const view = await fleet.merge(redis.store, snapshot);
      const total = sampleValue(view.families, "cv_analyzer_http_requests_total");
      expect([
        total,
        sampleValue(view.families, "cv_analyzer_http_request_duration_seconds_count"),
        sampleValue(view.families, "cv_analyzer_http_requests_in_flight"),
        view.instances,
      ]).toEqual([requests, count, inFlight, instances]);
      expect(total).toBeGreaterThanOrEqual(previous);
      previous = total ?? 0;
    }
  });

  it("takes a returning instance back under a new id, counting only its new work", async () => {
    let clock = 5_000_000;
    const ns = namespace();
    const a = createFleet({ ttlMs, namespace: ns, now: () => clock });
    const b = createFleet({ ttlMs, namespace: ns, now: () => clock });
    await a.merge(redis.store, host("A", 1, 100, 0));
    await b.merge(redis.store, host("B", 1, 50, 0));
    // B is paused for longer than the TTL (a suspended VM); A's scrape folds B's 50 into the retained total.
    clock += ttlMs + 1;
    expect(
      sampleValue(
        (await a.merge(redis.store, host("A", 2, 100, 0))).families,
        "cv_analyzer_http_requests_total",
      ),
    ).toBe(150);
    // B wakes up having served 7 more since its last report: 57 in its own count, of which 50 are already retained.
    const view = await b.merge(redis.store, host("B", 2, 57, 0));
    expect([sampleValue(view.families, "cv_analyzer_http_requests_total"), view.instances]).toEqual([150, 2]);
    const later = await b.merge(redis.store, host("B", 3, 60, 0));
    expect(sampleValue(later.families, "cv_analyzer_http_requests_total")).toBe(153);
  });
});
