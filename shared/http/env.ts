// The Hono environment every function shares: what the middleware puts on the context.
import type { Clients } from "../clients/types.ts";
import type { Settings } from "../config/settings.ts";
import type { Logger } from "../log/logger.ts";
import type { Services } from "../services/context.ts";

export interface AppVariables {
  clients: Clients;
  /** the clients' settings, read once at start */
  settings: Settings;
  requestId: string;
  log: Logger;
  /** set by the auth middleware on every route but health, metrics and the API description */
  tenantId: string;
  /** the vector store, embedder, cache and ranking index of the clients; set beside tenantId */
  services: Services;
  /**
   * set by load shedding while the request holds a fleet-wide slot: gives it back early (a body that stalls
   * does not keep a slot from other callers); harmless to call twice
   */
  releaseGlobalSlot?: () => void;
}

export interface AppEnv {
  Variables: AppVariables;
}
