// The load generator of the throughput benches: wrk when it is on the PATH (C, cheaper per request, so it
// leaves more of a small machine to the server), autocannon (npm, always installed) otherwise. Both hold
// `connections` keep-alive connections for `seconds` and report requests per second and answers by class.
import { execFileSync, spawn } from "node:child_process";
import autocannon from "autocannon";

export interface LoadResult {
  tool: "wrk" | "autocannon";
  requestsPerSecond: number;
  /** answers that were not 2xx/3xx */
  non2xx: number;
  /** connection errors and time-outs */
  errors: number;
  p99Ms: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
}

function hasWrk(): boolean {
  if (process.env.BENCH_LOAD === "autocannon") return false;
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version
    return (error as { status?: number }).status === 1;
  }
}

export const loadTool = (): LoadResult["tool"] => (hasWrk() ? "wrk" : "autocannon");

const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

async function withWrk(url: string, options: LoadOptions): Promise<LoadResult> {
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--latency", url];
  const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.once("exit", resolve));
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const p99 = /\s99%\s+([\d.]+)(us|ms|s|m)/.exec(out);
  return {
    tool: "wrk",
    requestsPerSecond: rps,
    non2xx,
    errors,
    p99Ms: p99 ? Number(p99[1]) * unitMs[p99[2]] : Number.NaN,
  };
}

async function withAutocannon(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? "GET",
  });
  return {
    tool: "autocannon",
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p99Ms: result.latency.p99,
  };
}

/** drives GET `url` with keep-alive connections for a fixed time */
export function drive(url: string, options: LoadOptions): Promise<LoadResult> {
  return hasWrk() ? withWrk(url, options) : withAutocannon(url, options);
}
