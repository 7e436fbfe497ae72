// The compose topology without Docker: the stack's nginx (gateway and frontend) and redis_exporter from
// Debian's packages, on loopback ports, configured from the same files under infra/ with the compose host
// names mapped to them.
import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The executable's path when PATH (or /usr/sbin, where Debian puts nginx) has it. */
export function executable(command: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/usr/local/sbin"];
  for (const dir of dirs) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {}
  }
  return undefined;
}

export interface LocalProcess {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

function run(command: string, args: string[], url: string, cleanup: () => void): LocalProcess {
  let output = "";
  const child: ChildProcess = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      cleanup();
    },
  };
}

/** nginx serving one site file of infra/ in the foreground, from a scratch prefix folder. */
function startNginxSite(site: string, url: string): LocalProcess {
  const dir = mkdtempSync(join(tmpdir(), "cv-nginx-"));
  const main = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include /etc/nginx/mime.types;
${site}
}
`;
  writeFileSync(join(dir, "nginx.conf"), main);
  return run(executable("nginx") ?? "nginx", ["-c", join(dir, "nginx.conf"), "-p", dir], url, () =>
    rmSync(dir, { recursive: true, force: true }),
  );
}

/** The gateway: infra/nginx/nginx.conf with its upstreams pointed at the api's and the frontend's loopback ports. */
export function startNginx(port: number, upstreams: { api: number; frontend: number }): LocalProcess {
  const site = readFileSync("infra/nginx/nginx.conf", "utf8")
    .replace("server api:8000;", `server 127.0.0.1:${upstreams.api};`)
    .replace("server frontend:80;", `server 127.0.0.1:${upstreams.frontend};`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`);
  return startNginxSite(site, `http://127.0.0.1:${port}`);
}

/** The frontend service: infra/frontend/nginx.conf serving the UI's build in `root`, as its image copies it in. */
export function startFrontend(port: number, root: string): LocalProcess {
  const site = readFileSync("infra/frontend/nginx.conf", "utf8")
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("root /usr/share/nginx/html;", `root ${resolve(root)};`);
  return startNginxSite(site, `http://127.0.0.1:${port}`);
}

/** redis_exporter in front of the Redis the stack uses: the only way Prometheus reaches Redis. */
export function startRedisExporter(port: number, redisUrl: string): LocalProcess {
  return run(
    "prometheus-redis-exporter",
    [`-redis.addr=${redisUrl}`, `-web.listen-address=127.0.0.1:${port}`],
    `http://127.0.0.1:${port}`,
    () => {},
  );
}

/** Polls a URL until it answers (any status), for processes that take a moment to listen. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
