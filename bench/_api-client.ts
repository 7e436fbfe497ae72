// One way to call the API for the ranking bench, over real HTTP (an undici pool) or in-process (app.request),
// plus seeding of synthetic text CVs and the bench's job.
import { Pool } from "undici";
import { createApp } from "../functions/app.ts";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { createApiKey } from "../shared/db/tenants.ts";
import { LOCAL_TENANT } from "../shared/http/auth.ts";
import { createLogger } from "../shared/log/logger.ts";
import { runConcurrently } from "./_report.ts";
import { syntheticCv } from "./_synthetic-cvs.ts";

export interface ApiClient {
  transport: "HTTP" | "in-process";
  /** CPU ms used so far by the process that answers (the server; in-process, this whole process) */
  cpuMs(): number;
  call(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

export function httpClient(url: string, connections: number, cpuMs = () => Number.NaN): ApiClient {
  const pool = new Pool(url, { connections });
  return {
    transport: "HTTP",
    cpuMs,
    async call(method, path, body) {
      const response = await pool.request({
        method,
        path,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.statusCode, json: await response.body.json() };
    },
    close: () => pool.close(),
  };
}

/**
 * The app in this process over the same store the service used (the service must be stopped first). It uses a
 * new API key of the service's local tenant: AUTH_MODE=none remembers its tenant id once per process.
 */
export async function inProcessClient(env: Record<string, string>): Promise<ApiClient> {
  const settings = loadSettings({ ...env, LOG_LEVEL: "silent", AUTH_MODE: "apikey" });
  const clients = createNodeClients(settings);
  const { key } = await createApiKey(clients.db(), LOCAL_TENANT);
  const app = createApp({
    settings,
    clients: () => clients,
    keyValue: () => clients.keyValue(),
    log: createLogger("silent"),
  });
  return {
    transport: "in-process",
    cpuMs: () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000;
    },
    async call(method, path, body) {
      const response = await app.request(path, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    close: () => clients.close(),
  };
}

/**
 * Stores synthetic CVs `from` .. `to - 1` through POST /api/cvs (JSON text); returns CVs/s and how many
 * requests were retried (a 503 from load shedding or a busy dependency is retried after a pause).
 */
export async function seedCvs(
  client: ApiClient,
  from: number,
  to: number,
  concurrency: number,
): Promise<{ rate: number; retries: number }> {
  let retries = 0;
  const { wallMs } = await runConcurrently(to - from, concurrency, async (i) => {
    const index = from + i;
    for (let attempt = 1; ; attempt++) {
      const { status, json } = await client.call("POST", "/api/cvs", {
        text: syntheticCv(index),
        filename: `synthetic-${index}.txt`,
      });
      if (status === 201) return;
      if (status !== 503 || attempt === 5)
        throw new Error(`seeding CV ${index}: ${status} ${JSON.stringify(json)}`);
      retries++;
      await new Promise((r) => setTimeout(r, 1_000 * attempt));
    }
  });
  return { rate: ((to - from) / wallMs) * 1000, retries };
}

export const BENCH_JOB = {
  title: "Senior Backend Engineer",
  description: `We are hiring a senior backend engineer for our platform team in Berlin (hybrid).
Must have: Python, Django, PostgreSQL and Docker.
Nice to have: Kubernetes, AWS, Redis.
5+ years of professional experience.
A bachelor's degree in computer science or similar.`,
};

export async function createJob(client: ApiClient): Promise<string> {
  const { status, json } = await client.call("POST", "/api/jobs", BENCH_JOB);
  if (status !== 201) throw new Error(`creating the job: ${status} ${JSON.stringify(json)}`);
  return (json as { id: string }).id;
}
