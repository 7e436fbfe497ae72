// Starts the real Node entry as a child process, as `npm start` would, and reads its JSON log lines.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface NodeBundle {
  /** the folder holding node.mjs, analysis-worker.node.mjs, keys.mjs and reindex.mjs */
  dir: string;
  /** node arguments that run the compiled entry, for startService */
  nodeArgs: string[];
  remove(): void;
}

/**
 * Runs `npm run build:server`'s build (scripts/build-server.ts) into a scratch folder: the production build. `root`
 * is the checkout to build (this one unless given; a bench compares another commit's bundle with it).
 */
export function buildNodeBundle(root = process.cwd()): NodeBundle {
  const dir = mkdtempSync(join(tmpdir(), "cv-bundle-"));
  execFileSync(process.execPath, ["--import", "tsx", join("scripts", "build-server.ts"), dir], {
    cwd: root,
    stdio: "pipe",
  });
  // node_modules is found from the bundle's folder upwards: link the checkout's in
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return {
    dir,
    nodeArgs: ["--enable-source-maps", join(dir, "node.mjs")],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `npm run build:web`'s build (vite) into a scratch folder: the web UI as it ships, for this run alone. */
export function buildWebUi(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "cv-web-dist-"));
  // readable by others: nginx's workers (the local stack's frontend) do not run as this user
  chmodSync(dir, 0o755);
  const vite = join("node_modules", "vite", "bin", "vite.js");
  execFileSync(
    process.execPath,
    [vite, "build", "web", "--outDir", dir, "--emptyOutDir", "--logLevel", "warn"],
    {
      stdio: "pipe",
    },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  stderr: () => string;
  exited: Promise<number | null>;
  /** resolves when a log line matches; rejects after timeoutMs */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** resolves once `count` HTTP worker processes of a cluster have logged that they listen */
export async function waitForWorkersListening(service: ServiceProcess, count: number, timeoutMs: number) {
  const listening = () => service.logs.filter((l) => l.msg === "worker listening").length;
  while (listening() < count) {
    const seen = listening();
    await service.waitForLog((l) => l.msg === "worker listening" && listening() > seen, timeoutMs);
  }
}

/** the entry as `npm start` runs it; a test of the compiled bundle passes its own node arguments */
const sourceEntry = ["--import", "tsx", "functions/_entries/node.ts"];

export function startService(
  env: Record<string, string>,
  port: number,
  nodeArgs: string[] = sourceEntry,
): ServiceProcess {
  const child = spawn(process.execPath, nodeArgs, {
    // Only what the test gives: no DATABASE_URL or REDIS_URL leaks in from the test runner's environment.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let buffered = "";
  let errors = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      logs.push(record);
      for (const waiter of [...waiters])
        if (waiter.match(record)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(record);
        }
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    logs,
    stderr: () => errors,
    exited,
    waitForLog(match, timeoutMs = 60_000) {
      const found = logs.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching log line within ${timeoutMs} ms (last: ${JSON.stringify(logs.at(-1))}); stderr: ${errors}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      });
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
