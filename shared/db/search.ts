// The highlighted snippets shown with search results: the CV's text around the query's words.
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/** Each existing CV among `ids` with a snippet of its text around the query's words (marked «»). */
export async function searchSnippets(
  db: Kysely<Database>,
  tenantId: string,
  query: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("cvs")
    .select([
      "id",
      sql<string>`ts_headline('simple', translate(text, '<>', '  '), websearch_to_tsquery('simple', ${query}), 'MaxWords=18, MinWords=6, MaxFragments=2, StartSel=«, StopSel=»')`.as(
        "snippet",
      ),
    ])
    .where("tenant_id", "=", tenantId)
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.snippet]));
}
