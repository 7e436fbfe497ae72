// Deleting a CV everywhere in one call: its vector, the row (with its file), its cached analysis and every
// cached result of the tenant. The vector goes first: if the vector store is down the call fails and nothing
// is deleted, so a retry can finish the job; a deleted row never leaves a vector behind.
import type { Clients } from "../clients/types.ts";
import { cvExists, deleteCv } from "../db/cvs.ts";
import type { Logger } from "../log/logger.ts";
import { bestEffort } from "./best-effort.ts";
import type { Services } from "./context.ts";

export async function removeCv(
  clients: Clients,
  services: Services,
  tenantId: string,
  id: string,
  log?: Logger,
): Promise<boolean> {
  const db = clients.db();
  if (!(await cvExists(db, tenantId, id))) return false;
  await services.vectorsReady();
  await services.vectors.delete(tenantId, [id]);
  const contentHash = await deleteCv(db, tenantId, id);
  if (contentHash === null) return false;
  services.ranking.forget(tenantId, id);
  // The row is gone: a cache that is down must not turn that into an error (its entries expire by TTL).
  await Promise.all([
    bestEffort(
      () => services.cache.delete(tenantId, "analysis", contentHash),
      log,
      "deleting a cached analysis",
    ),
    bestEffort(() => services.cache.removeResults(tenantId), log, "removing cached results"),
  ]);
  return true;
}
