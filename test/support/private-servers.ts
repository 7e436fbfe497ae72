// A PostgreSQL and a Redis server of the test's own, on free loopback ports, that the test may stop and start
// again (the shared servers of the machine are never touched). Debian's binaries: initdb and pg_ctl from
// /usr/lib/postgresql/<version>/bin, redis-server from PATH.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executable } from "./local-stack.ts";
import { freePort } from "./process.ts";

export interface PrivateServer {
  url: string;
  port: number;
  /** stops the server (fast shutdown: sessions are ended, as in a restart) */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stops it for good and removes its files */
  remove(): Promise<void>;
}

function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions)
    if (existsSync(join(root, version, "bin", "initdb"))) return join(root, version, "bin");
  return undefined;
}

/** Why private servers cannot run here, or undefined when they can. */
export function privateServersMissing(): string | undefined {
  if (!postgresBin()) return "no initdb under /usr/lib/postgresql";
  if (!executable("redis-server")) return "no redis-server";
  return undefined;
}

// initdb and the server refuse to run as root: they run as the postgres user when the test is root.
const asPostgres = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];

export async function startPrivatePostgres(): Promise<PrivateServer> {
  const bin = postgresBin();
  if (!bin) throw new Error("no PostgreSQL binaries");
  const dir = mkdtempSync(join(tmpdir(), "cv-pg-"));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const ids = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, "data");
  const port = await freePort();
  const run = (tool: string, args: string[]) => {
    const [command, full] = asPostgres(join(bin, tool), args);
    execFileSync(command, full, { stdio: "pipe" });
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c max_connections=100`;
  const server: PrivateServer = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
    },
    async stop() {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    async remove() {
      try {
        await server.stop();
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

export async function startPrivateRedis(): Promise<PrivateServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const server: PrivateServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(
        executable("redis-server") ?? "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      const proc = child;
      exited = new Promise((resolve) => proc.once("exit", () => resolve()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("redis-server did not start")), 10_000);
        proc.stdout?.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("Ready to accept connections")) {
            clearTimeout(timer);
            resolve();
          }
        });
        proc.once("exit", () => reject(new Error("redis-server exited at start")));
      });
    },
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    async remove() {
      await server.stop();
    },
  };
  await server.start();
  return server;
}
