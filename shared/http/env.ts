// The Hono environment every function shares: what the middleware puts on the context.
import type { Clients } from "../clients/types.ts";
import type { Logger } from "../log/logger.ts";

export interface AppVariables {
  clients: Clients;
  requestId: string;
  log: Logger;
  /** set by the auth middleware on every route but health and metrics */
  tenantId: string;
}

export interface AppEnv {
  Variables: AppVariables;
}
