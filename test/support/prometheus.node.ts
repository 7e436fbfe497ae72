// A real Prometheus for tests and benches: started on loopback with a generated config, queried over its
// HTTP API (/api/v1/query), stopped and cleaned up afterwards.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** the command's name when it can be run from PATH, else undefined */
export function commandOnPath(command: string): string | undefined {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return command;
  } catch {
    return undefined;
  }
}

export interface ScrapeTarget {
  job: string;
  /** host:port */
  target: string;
  metricsPath: string;
}

export interface RunningPrometheus {
  url: string;
  /** the value of an instant query that returns one series, or undefined when it returns none */
  queryValue(promql: string): Promise<number | undefined>;
  /** polls an instant query until `accept` holds; returns the last value or throws after timeoutMs */
  waitFor(
    promql: string,
    accept: (value: number | undefined) => boolean,
    timeoutMs?: number,
  ): Promise<number | undefined>;
  stop(): Promise<void>;
}

export function prometheusConfig(targets: ScrapeTarget[], intervalSeconds = 1): string {
  const jobs = targets
    .map(
      (t) =>
        `  - job_name: ${JSON.stringify(t.job)}\n    metrics_path: ${JSON.stringify(t.metricsPath)}\n    static_configs:\n      - targets: [${JSON.stringify(t.target)}]`,
    )
    .join("\n");
  return `global:\n  scrape_interval: ${intervalSeconds}s\n  scrape_timeout: ${intervalSeconds}s\n  evaluation_interval: ${intervalSeconds}s\nscrape_configs:\n${jobs}\n`;
}

export async function startPrometheus(targets: ScrapeTarget[], port: number): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), "cv-prometheus-"));
  writeFileSync(join(dir, "prometheus.yml"), prometheusConfig(targets));
  let output = "";
  const child: ChildProcess = spawn(
    "prometheus",
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const queryValue = async (promql: string): Promise<number | undefined> => {
    const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await res.json()) as {
      status: string;
      data?: { result: { value: [number, string] }[] };
      error?: string;
    };
    if (body.status !== "success") throw new Error(`query ${promql} failed: ${body.error}`);
    const result = body.data?.result ?? [];
    if (result.length > 1) throw new Error(`query ${promql} returned ${result.length} series, expected one`);
    return result.length === 0 ? undefined : Number(result[0].value[1]);
  };

  const waitFor = async (
    promql: string,
    accept: (value: number | undefined) => boolean,
    timeoutMs = 60_000,
  ) => {
    const deadline = Date.now() + timeoutMs;
    let last: number | undefined;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`prometheus exited: ${output}`);
      try {
        last = await queryValue(promql);
        if (accept(last)) return last;
      } catch (error) {
        // Not ready yet: the HTTP API comes up a moment after the process.
        lastError = error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${promql}: still ${last} after ${timeoutMs} ms (${String(lastError ?? "")}); prometheus said: ${output}`,
    );
  };

  return {
    url,
    queryValue,
    waitFor,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
