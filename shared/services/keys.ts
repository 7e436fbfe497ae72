// Revoking an API key: the row first, then every process told at once over Redis pub/sub, so the key stops
// working everywhere now rather than when each process's memory of it lapses (10 s).
import type { Clients } from "../clients/types.ts";
import { revokeApiKey } from "../db/tenants.ts";

/** the channel revocations are announced on; the message is the key's id */
export const KEY_REVOCATIONS = "cv_analyzer:keys:revoked";

/**
 * Revokes the key; `announced` says whether the running processes were told (false without Redis, or when
 * Redis is down: they then stop accepting the key within their key memory).
 */
export async function revokeKey(
  clients: Clients,
  id: string,
): Promise<{ revoked: boolean; announced: boolean }> {
  const revoked = await revokeApiKey(clients.db(), id);
  if (!revoked) return { revoked, announced: false };
  const store = clients.keyValue();
  if (!store?.publish) return { revoked, announced: false };
  try {
    await store.publish(KEY_REVOCATIONS, id);
    return { revoked, announced: true };
  } catch {
    return { revoked, announced: false };
  }
}
