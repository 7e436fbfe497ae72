// Deleting a CV everywhere in one call: the row (with its file), its vector, its cached analysis and every
// cached result of the tenant. The row goes first: once it is gone nothing can serve the CV again.
import type { Clients } from "../clients/types.ts";
import { deleteCv } from "../db/cvs.ts";
import type { Services } from "./context.ts";

export async function removeCv(
  clients: Clients,
  services: Services,
  tenantId: string,
  id: string,
): Promise<boolean> {
  const contentHash = await deleteCv(clients.db(), tenantId, id);
  if (contentHash === null) return false;
  services.ranking.forget(tenantId, id);
  await Promise.all([
    services.cache.delete(tenantId, "analysis", contentHash),
    services.cache.invalidateResults(tenantId),
    services.vectorsReady().then(() => services.vectors.delete(tenantId, [id])),
  ]);
  return true;
}
