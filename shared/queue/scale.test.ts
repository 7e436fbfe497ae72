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
});
