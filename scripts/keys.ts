// API keys from the command line: `npm run keys -- create --tenant acme`, `list`, `revoke <id>`.
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings, SettingsError } from "../shared/config/settings.ts";
import { migrateToLatest } from "../shared/db/migrations.ts";
import { createApiKey, listApiKeys } from "../shared/db/tenants.ts";
import { revokeKey } from "../shared/services/keys.ts";

const usage = `usage:
  npm run keys -- create --tenant <name>   make a key (printed once)
  npm run keys -- list                     list keys (prefix, tenant, state)
  npm run keys -- revoke <key id>          revoke a key`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  let settings: ReturnType<typeof loadSettings>;
  try {
    settings = loadSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const clients = createNodeClients(settings);
  try {
    const db = clients.db();
    await migrateToLatest(db);
    if (command === "create") {
      const at = rest.indexOf("--tenant");
      const tenant = at >= 0 ? rest[at + 1] : undefined;
      if (!tenant || !/^[A-Za-z0-9._-]{1,64}$/.test(tenant)) {
        process.stderr.write(`--tenant needs a name of letters, digits, . _ - (1-64)\n${usage}\n`);
        return 2;
      }
      const made = await createApiKey(db, tenant);
      process.stdout.write(
        `${JSON.stringify({ id: made.id, tenant, tenantId: made.tenantId, key: made.key })}\n`,
      );
      process.stderr.write("Store the key now: it is not kept and cannot be shown again.\n");
      return 0;
    }
    if (command === "list") {
      const keys = await listApiKeys(db);
      if (keys.length === 0)
        process.stdout.write("no API keys yet; make one with: npm run keys -- create --tenant <name>\n");
      for (const k of keys)
        process.stdout.write(
          `${k.id}  ${k.prefix}…  ${k.tenantName}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active"}\n`,
        );
      return 0;
    }
    if (command === "revoke" && rest[0]) {
      const { revoked, announced } = await revokeKey(clients, rest[0]);
      process.stdout.write(revoked ? `revoked ${rest[0]}\n` : `no active key ${rest[0]}\n`);
      if (revoked && !announced)
        process.stderr.write(
          "Running processes were not told (no Redis): they refuse the key within 10 s.\n",
        );
      return revoked ? 0 : 1;
    }
    process.stderr.write(`${usage}\n`);
    return 2;
  } finally {
    await clients.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
