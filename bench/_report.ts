// Shared reporting for the HTTP benches: percentiles, the machine and its load, and aligned result rows.
import { cpus, loadavg, totalmem } from "node:os";

/** nearest-rank percentile of unsorted values */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latencies(values: number[]): Latencies {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
  };
}

export function describeMachine(): string {
  const cpu = cpus();
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${gib} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
}

/** the 1, 5 and 15 minute load averages, the reader's measure of how busy the machine was */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
}

const ms = (x: number) => (Number.isNaN(x) ? "-" : x.toFixed(1));

/** one markdown table row per measured configuration, with optional extra columns after the percentiles */
export function latencyTable(
  rows: { label: string; stats: Latencies; extra?: string[] }[],
  extraHeaders: string[] = [],
): string {
  const cells = (values: string[]) => `| ${values.join(" | ")} |`;
  return [
    cells(["configuration", "n", "p50 ms", "p95 ms", "p99 ms", ...extraHeaders]),
    cells(["---", ...Array(4 + extraHeaders.length).fill("---:")]),
    ...rows.map(({ label, stats, extra = [] }) =>
      cells([label, String(stats.count), ms(stats.p50), ms(stats.p95), ms(stats.p99), ...extra]),
    ),
  ].join("\n");
}

/** runs `task(i)` for i in [0, count) with at most `concurrency` in flight; returns each task's wall time */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<{ times: number[]; wallMs: number }> {
  const times: number[] = new Array(count);
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      await task(i);
      times[i] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { times, wallMs: performance.now() - started };
}
