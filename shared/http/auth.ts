// API-key authentication: every route but health and metrics needs `Authorization: Bearer <key>`, and the
// key's tenant scopes everything the request can see. AUTH_MODE=none (loopback only) uses one local tenant.
import { createMiddleware } from "hono/factory";
import { ensureTenant, tenantForKey } from "../db/tenants.ts";
import { KEY_REVOCATIONS } from "../services/keys.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

export const LOCAL_TENANT = "local";

// Looked-up keys are remembered briefly so a burst of requests costs one query. A revocation announced over
// Redis (services/keys.ts) clears the memory at once; without Redis a revoked key stops working within this time.
const KEY_MEMORY_MS = 10_000;

/** The middleware; its key memory belongs to it (one per app), not to the module. */
export function authenticate(isPublic: (path: string) => boolean) {
  const remembered = new Map<string, { tenantId: string | null; until: number }>();
  let localTenantId: Promise<string> | undefined;
  let listening = false;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (isPublic(c.req.path)) return next();
    const { clients } = c.var;
    if (clients.settings.authMode === "none") {
      localTenantId ??= ensureTenant(clients.db(), LOCAL_TENANT).catch((error) => {
        localTenantId = undefined;
        throw error;
      });
      c.set("tenantId", await localTenantId);
      return next();
    }
    if (!listening) {
      listening = true;
      // Any revocation forgets every remembered key: the message names a key id, the memory holds keys.
      clients.keyValue()?.subscribe?.(KEY_REVOCATIONS, () => remembered.clear());
    }
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new HttpError(401, "unauthorized", "send an API key as Authorization: Bearer <key>", undefined, {
        "WWW-Authenticate": 'Bearer realm="cv-analyzer"',
      });
    const key = match[1];
    const now = Date.now();
    let known = remembered.get(key);
    if (!known || known.until < now) {
      known = { tenantId: await tenantForKey(clients.readDb(), key), until: now + KEY_MEMORY_MS };
      if (remembered.size > 10_000) remembered.clear();
      remembered.set(key, known);
    }
    if (!known.tenantId)
      throw new HttpError(401, "unauthorized", "the API key is unknown or revoked", undefined, {
        "WWW-Authenticate": 'Bearer realm="cv-analyzer", error="invalid_token"',
      });
    c.set("tenantId", known.tenantId);
    return next();
  });
}
