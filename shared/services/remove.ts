// Deleting a CV everywhere in one call: its vector, the row (with its file), its cached analysis and every
// cached result of the tenant. The vector goes first: if the vector store is down the call fails and nothing
// is deleted, so a retry can finish the job; a deleted row never leaves a vector behind.
import type { Clients } from "../clients/types.ts";
import { deleteCv } from "../db/cvs.ts";
import type { Services } from "./context.ts";

export async function removeCv(
  clients: Clients,
  services: Services,
  tenantId: string,
  id: string,
): Promise<boolean> {
  const db = clients.db();
  const exists = await db
    .selectFrom("cvs")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!exists) return false;
  await services.vectorsReady();
  await services.vectors.delete(tenantId, [id]);
  const contentHash = await deleteCv(db, tenantId, id);
  if (contentHash === null) return false;
  services.ranking.forget(tenantId, id);
  await Promise.all([
    services.cache.delete(tenantId, "analysis", contentHash),
    services.cache.removeResults(tenantId),
  ]);
  return true;
}
