// The Workers entry named in wrangler.toml: settings from bindings, per-request clients closed in waitUntil.
import type { Context, ExecutionContext } from "hono";
import { createWorkerClients, upstashFor, type WorkerBindings } from "../../shared/clients/workerd.ts";
import { loadSettings, type Settings, SettingsError } from "../../shared/config/settings.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { createLogger, type Logger } from "../../shared/log/logger.ts";
import { consumeTaskMessages, type QueueMessage } from "../../shared/queue/cloudflare.ts";
import { createApp } from "../app.ts";

type App = ReturnType<typeof createApp>;

// Built once per isolate from the bindings; bindings do not change within an isolate.
let built: { settings: Settings; app: App; log: Logger } | { error: SettingsError } | undefined;

function build(bindings: WorkerBindings) {
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(bindings)) if (typeof value === "string") strings[name] = value;
  try {
    const settings = loadSettings(strings, "workerd");
    const log = createLogger(settings.LOG_LEVEL);
    const app = createApp({
      settings,
      clients: (c: Context<AppEnv>) => createWorkerClients(settings, c.env as WorkerBindings, log),
      keyValue: () => upstashFor(settings),
      release: (clients, c) => c.executionCtx.waitUntil(clients.close()),
      log,
    });
    return { settings, app, log };
  } catch (error) {
    if (error instanceof SettingsError) return { error };
    throw error;
  }
}

export default {
  async fetch(request: Request, bindings: WorkerBindings, ctx: ExecutionContext): Promise<Response> {
    built ??= build(bindings);
    if ("error" in built) {
      const names = built.error.problems.map((p) => `${p.variable} (expected ${p.expected})`).join("; ");
      return Response.json(
        { error: { code: "misconfigured", message: `invalid settings: ${names}` } },
        { status: 500 },
      );
    }
    return built.app.fetch(request, bindings, ctx);
  },

  /** The consumer of INGEST_QUEUE: the tasks of batches uploaded through this Worker. */
  async queue(batch: { messages: readonly QueueMessage[] }, bindings: WorkerBindings): Promise<void> {
    built ??= build(bindings);
    // Misconfigured: every message is retried (and dead-lettered by the platform) rather than lost.
    if ("error" in built) throw built.error;
    const clients = createWorkerClients(built.settings, bindings, built.log);
    try {
      await consumeTaskMessages(clients, batch.messages, built.log);
    } finally {
      await clients.close();
    }
  },
};
