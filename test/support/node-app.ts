// The composed app over the Node connection cache, from a few settings, for tests of middleware and functions.
import { type AppOptions, createApp } from "../../functions/app.ts";
import { createNodeClients } from "../../shared/clients/node.ts";
import { loadSettings } from "../../shared/config/settings.ts";
import { createLogger } from "../../shared/log/logger.ts";

/** Embedded in memory unless the settings say otherwise; `options` adds routes, observers, a memory probe. */
export function nodeAppWith(
  env: Record<string, string>,
  options: Partial<Pick<AppOptions, "extend" | "observer" | "residentMemoryMb" | "docsAssets">> = {},
) {
  const settings = loadSettings({ DATA_DIR: "memory://", ...env });
  const clients = createNodeClients(settings);
  const app = createApp({
    settings,
    clients: () => clients,
    keyValue: () => clients.keyValue(),
    log: createLogger("silent"),
    ...options,
  });
  return { app, clients };
}
