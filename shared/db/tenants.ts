// Tenants and their API keys. A key is shown once when made; only its SHA-256 is stored.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  tenantName: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

export async function hashApiKey(key: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
}

function newKey(): string {
  const random = new Uint8Array(24);
  crypto.getRandomValues(random);
  // base64url without padding: 32 characters of entropy after a recognizable prefix
  const body = btoa(String.fromCharCode(...random))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `cva_${body}`;
}

export async function ensureTenant(db: Kysely<Database>, name: string): Promise<string> {
  const existing = await db.selectFrom("tenants").select("id").where("name", "=", name).executeTakeFirst();
  if (existing) return existing.id;
  const id = crypto.randomUUID();
  await db
    .insertInto("tenants")
    .values({ id, name })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("tenants").select("id").where("name", "=", name).executeTakeFirstOrThrow();
  return row.id;
}

/** Makes a key for the tenant (created if new). The returned `key` exists nowhere else: print it once. */
export async function createApiKey(db: Kysely<Database>, tenantName: string) {
  const tenantId = await ensureTenant(db, tenantName);
  const key = newKey();
  const id = crypto.randomUUID();
  await db
    .insertInto("api_keys")
    .values({ id, tenant_id: tenantId, prefix: key.slice(0, 8), hash: await hashApiKey(key) })
    .execute();
  return { id, tenantId, key };
}

/** The tenant a key belongs to, or null when it is unknown or revoked. */
export async function tenantForKey(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom("api_keys")
    .select("tenant_id")
    .where("hash", "=", await hashApiKey(key))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row?.tenant_id ?? null;
}

export async function revokeApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable("api_keys")
    .set({ revoked_at: new Date() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  const rows = await db
    .selectFrom("api_keys")
    .innerJoin("tenants", "tenants.id", "api_keys.tenant_id")
    .select([
      "api_keys.id",
      "api_keys.tenant_id",
      "tenants.name",
      "api_keys.prefix",
      "api_keys.created_at",
      "api_keys.revoked_at",
    ])
    .orderBy("api_keys.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    tenantName: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}
