import { describe, expect, it } from "vitest";
import { parseExposition } from "../../test/support/metrics-exposition.ts";
import { Registry } from "./registry.ts";
import { formatValue, renderExposition } from "./render.ts";

describe("renderExposition", () => {
  it("renders counters, gauges and histograms in the 0.0.4 text format", async () => {
    const registry = new Registry();
    const requests = registry.counter({ name: "t_requests_total", help: "Requests.", labelNames: ["route"] });
    const inFlight = registry.gauge({ name: "t_in_flight", help: "In flight.", labelNames: [] });
    const duration = registry.histogram(
      { name: "t_duration_seconds", help: "Time.", labelNames: ["route"] },
      [0.1, 1],
    );
    requests.inc({ route: "/api/cvs/:id" });
    requests.inc({ route: "/api/cvs/:id" }, 2);
    inFlight.set({}, 4);
    duration.observe({ route: "/a" }, 0.05);
    duration.observe({ route: "/a" }, 0.5);
    duration.observe({ route: "/a" }, 3);
    registry.counter({ name: "t_unused_total", help: "Never incremented.", labelNames: [] });
    expect(renderExposition(await registry.snapshot())).toBe(
      [
        "# HELP t_requests_total Requests.",
        "# TYPE t_requests_total counter",
        't_requests_total{route="/api/cvs/:id"} 3',
        "# HELP t_in_flight In flight.",
        "# TYPE t_in_flight gauge",
        "t_in_flight 4",
        "# HELP t_duration_seconds Time.",
        "# TYPE t_duration_seconds histogram",
        't_duration_seconds_bucket{route="/a",le="0.1"} 1',
        't_duration_seconds_bucket{route="/a",le="1"} 2',
        't_duration_seconds_bucket{route="/a",le="+Inf"} 3',
        't_duration_seconds_sum{route="/a"} 3.55',
        't_duration_seconds_count{route="/a"} 3',
        "",
      ].join("\n"),
    );
  });

  it.each([
    ['a "quoted" value', 'x{v="a \\"quoted\\" value"} 1'],
    ["back\\slash", 'x{v="back\\\\slash"} 1'],
    ["two\nlines", 'x{v="two\\nlines"} 1'],
  ])("escapes the label value %j and reads it back", (value, line) => {
    const text = renderExposition([
      {
        name: "x",
        help: "h",
        type: "gauge",
        aggregator: "sum",
        samples: [{ name: "x", labels: { v: value }, value: 1 }],
      },
    ]);
    expect(text.split("\n")[2]).toBe(line);
    expect(parseExposition(text)[0].labels.v).toBe(value);
  });

  it.each([
    [Number.POSITIVE_INFINITY, "+Inf"],
    [Number.NEGATIVE_INFINITY, "-Inf"],
    [Number.NaN, "NaN"],
    [0.25, "0.25"],
    [1e21, "1e+21"],
  ])("formats %d as %s", (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it("ignores negative and NaN counter increments and NaN observations; raiseTo never lowers a counter", async () => {
    const registry = new Registry();
    const errors = registry.counter({ name: "t_errors_total", help: "e", labelNames: ["dependency"] });
    errors.inc({ dependency: "redis" }, -5);
    errors.inc({ dependency: "redis" }, Number.NaN);
    errors.raiseTo({ dependency: "redis" }, 7);
    errors.raiseTo({ dependency: "redis" }, 3);
    const time = registry.histogram({ name: "t_time_seconds", help: "t", labelNames: [] }, [1]);
    time.observe({}, Number.NaN);
    time.observe({}, 0.5);
    expect((await registry.snapshot()).map((f) => f.samples.map((s) => s.value))).toEqual([
      [7],
      [1, 1, 0.5, 1],
    ]);
  });

  it("refuses to register one name twice", () => {
    const registry = new Registry();
    registry.gauge({ name: "t_twice", help: "h", labelNames: [] });
    expect(() => registry.counter({ name: "t_twice", help: "h", labelNames: [] })).toThrow(
      "metric t_twice is registered twice",
    );
  });
});
