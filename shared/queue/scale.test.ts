import { describe, expect, it } from "vitest";
import { desiredWorkers } from "./scale.ts";

const limits = { min: 2, max: 8, tasksPerWorker: 20, idleMs: 30_000 };

describe("desiredWorkers", () => {
  it.each([
    // [current, backlog, idle for ms, expected]
    [2, 0, 0, 2], // idle at MIN stays
    [2, 10, 0, 2], // a small backlog: MIN is enough
    [2, 61, 0, 4], // 61 tasks at 20 each: 4
    [2, 200, 0, 8], // capped at MAX
    [8, 5, 0, 8], // never down while work remains
    [8, 0, 10_000, 8], // idle, but not long enough
    [8, 0, 30_000, 2], // idle for QUEUE_IDLE_MS: back to MIN
    [0, 0, 0, 2], // below MIN (start-up): up to MIN
  ])("current %i, backlog %i, idle %i ms → %i", (current, backlog, idleForMs, expected) => {
    expect(desiredWorkers({ current, backlog, idleForMs }, limits)).toBe(expected);
  });

  it("starts one worker for any backlog when MIN_QUEUE_WORKERS is 0", () => {
    expect(desiredWorkers({ current: 0, backlog: 1, idleForMs: 0 }, { ...limits, min: 0 })).toBe(1);
    expect(desiredWorkers({ current: 1, backlog: 0, idleForMs: 30_000 }, { ...limits, min: 0 })).toBe(0);
  });
  it("adds a worker at a time, and only while the cores have time to spare, when the CPU check is on", () => {
    const gate = { ...limits, maxCpuBusy: 0.85 };
    const at = (current: number, backlog: number, cpuBusy: number) =>
      desiredWorkers({ current, backlog, idleForMs: 0, cpuBusy }, gate);
    expect(at(2, 200, 0.4)).toBe(3); // spare time: one more
    expect(at(3, 200, 0.95)).toBe(3); // busy cores: hold
    expect(at(8, 200, 0.1)).toBe(8); // at MAX
    const fourCores = { ...gate, cores: 4 };
    expect(desiredWorkers({ current: 4, backlog: 200, idleForMs: 0, cpuBusy: 0.1 }, fourCores)).toBe(4); // at the cores
    expect(desiredWorkers({ current: 6, backlog: 200, idleForMs: 0, cpuBusy: 0.1 }, fourCores)).toBe(6); // above them: never down while work remains
    expect(
      desiredWorkers({ current: 2, backlog: 200, idleForMs: 0, cpuBusy: 0.1 }, { ...gate, cores: 1 }),
    ).toBe(2); // MIN holds
    expect(at(2, 10, 0.1)).toBe(2); // a small backlog: MIN is enough
    expect(at(0, 200, 0.99)).toBe(2); // below MIN (start-up): up to MIN whatever the load
    expect(desiredWorkers({ current: 0, backlog: 5, idleForMs: 0, cpuBusy: 0.99 }, { ...gate, min: 0 })).toBe(
      1,
    );
    expect(at(4, 0, 0.99)).toBe(4); // no backlog, not idle long enough: as it is
    expect(desiredWorkers({ current: 4, backlog: 0, idleForMs: 30_000, cpuBusy: 0.1 }, gate)).toBe(2);
    // unknown load, or the check off: as without it
    expect(desiredWorkers({ current: 2, backlog: 200, idleForMs: 0 }, gate)).toBe(8);
    expect(
      desiredWorkers({ current: 2, backlog: 200, idleForMs: 0, cpuBusy: 0.99 }, { ...limits, maxCpuBusy: 1 }),
    ).toBe(8);
  });
});
