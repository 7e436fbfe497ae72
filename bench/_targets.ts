// What the hot-paths bench drives: two baselines (a bare node:http server, a bare Hono app) and the real
// Node entry with its default settings (LOG_LEVEL=info), embedded and Postgres+Redis with 2 workers.
import { spawn } from "node:child_process";
import { freePort } from "../test/support/process.ts";
import { openStore, processCpuMs, startBenchService } from "./_service.ts";

export const targetNames = [
  "bare node:http",
  "bare Hono",
  "app embedded, 1 process",
  "app embedded, 1 process, LOG_LEVEL=warn",
  "app Postgres+Redis, 2 workers",
] as const;
export type TargetName = (typeof targetNames)[number];

export interface Target {
  url: string;
  /** CPU ms used so far by the serving processes (the primary and its workers for a cluster) */
  cpuMs(): number;
  stop(): Promise<void>;
}

const baselineFiles: Partial<Record<TargetName, string>> = {
  "bare node:http": "bench/_bare-node.ts",
  "bare Hono": "bench/_bare-hono.ts",
};

export async function startBaseline(name: TargetName): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", baselineFiles[name]!, String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => processCpuMs(child.pid),
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * the real entry at its default log level (info, unless the target's name says otherwise), its standard output
 * (the access log) written to `stdout`
 */
export async function startTarget(name: TargetName, stdout: number): Promise<Target> {
  const stack = name.includes("Postgres");
  const store = await openStore(stack ? "stack" : "embedded", stack ? "hot_stack" : "hot_embedded");
  try {
    const level = name.endsWith("LOG_LEVEL=warn") ? "warn" : "info";
    const service = await startBenchService(store, stack ? 2 : 1, { env: { LOG_LEVEL: level }, stdout });
    return {
      url: service.url,
      cpuMs: service.cpuMs,
      async stop() {
        await service.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
