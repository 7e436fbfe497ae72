// The cheapest round trip to the database, for readiness checks.
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: a ping needs no schema, and the clients hold databases of any
export async function pingDatabase(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}
