// The load generator of the throughput benches: wrk when it is on the PATH (C, cheaper per request, so it
// leaves more of a small machine to the server), autocannon (npm, always installed) otherwise. Both hold
// `connections` keep-alive connections for `seconds` and report requests per second and answers by class.
import { execFileSync, spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

export interface LoadResult {
  tool: "wrk" | "autocannon";
  requestsPerSecond: number;
  /** answers that were not 2xx/3xx */
  non2xx: number;
  /** connection errors and time-outs */
  errors: number;
  p99Ms: number;
  /** p99 of the 2xx answers alone (measured when asked for with `okLatencies`) */
  p99OkMs?: number;
  /** answers by status code (filled when asked for with `countStatuses`) */
  statuses: Record<string, number>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  /** count answers by status code (with wrk this runs a Lua callback per answer, so it costs a little) */
  countStatuses?: boolean;
  /**
   * time every 2xx answer apart from the rest (their p99 in `p99OkMs`): wrk cannot, so autocannon drives the load,
   * in this process
   */
  okLatencies?: boolean;
}

// wrk calls response() in its thread; done() reads each thread's table.
const countingScript = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("counts")) do io.write(string.format("status %d %d\\n", code, n)) end
  end
end`;

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
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--latency", "--timeout", "10s"];
  const script = join(tmpdir(), `cv-bench-wrk-${process.pid}.lua`);
  if (options.countStatuses) {
    writeFileSync(script, countingScript);
    args.push("-s", script);
  }
  const child = spawn("wrk", [...args, url], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.once("exit", resolve));
  rmSync(script, { force: true });
  const statuses: Record<string, number> = {};
  for (const [, code, n] of out.matchAll(/^status (\d+) (\d+)$/gm))
    statuses[code] = (statuses[code] ?? 0) + Number(n);
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
    statuses,
  };
}

async function withAutocannon(url: string, options: LoadOptions): Promise<LoadResult> {
  const ok: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, method: options.method ?? "GET" },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    if (options.okLatencies)
      instance.on("response", (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) ok.push(ms);
      });
  });
  ok.sort((a, b) => a - b);
  return {
    ...(options.okLatencies
      ? { p99OkMs: ok.length ? ok[Math.min(ok.length - 1, Math.ceil(ok.length * 0.99) - 1)] : Number.NaN }
      : {}),
    tool: "autocannon",
    requestsPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p99Ms: result.latency.p99,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [
        code,
        (stat as { count: number }).count,
      ]),
    ),
  };
}

/** drives GET `url` with keep-alive connections for a fixed time */
export function drive(url: string, options: LoadOptions): Promise<LoadResult> {
  return hasWrk() && !options.okLatencies ? withWrk(url, options) : withAutocannon(url, options);
}
