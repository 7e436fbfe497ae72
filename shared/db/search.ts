// The keyword half of hybrid search: CVs whose text matches the query or that hold one of its skills, within
// the CV filter, and the highlighted snippets shown with the fused results.
import { type Kysely, sql } from "kysely";
import type { CvFilter } from "../matching/cv-filter.ts";
import { cvFilterSql, cvsFilterColumns } from "./cv-filter.ts";
import type { Database } from "./schema.ts";

export interface KeywordHit {
  id: string;
  /** the CV's skills (canonical names) */
  skills: string[];
}

/** Best first: most of `skills` held, then text rank, then id. */
export async function keywordMatches(
  db: Kysely<Database>,
  tenantId: string,
  request: { query: string; skills: string[]; filter: CvFilter; limit: number },
): Promise<KeywordHit[]> {
  const { query, skills, filter, limit } = request;
  const tsQuery = sql`websearch_to_tsquery('simple', ${query})`;
  const rows = await db
    .selectFrom("cvs")
    .select([
      "id",
      "skills",
      sql<number>`ts_rank(search_vector, ${tsQuery})`.as("rank"),
      sql<number>`cardinality(array(select unnest(skills) intersect select unnest(${skills}::text[])))`.as(
        "overlap",
      ),
    ])
    .where("tenant_id", "=", tenantId)
    .where((eb) =>
      eb.or([
        eb(sql`search_vector`, "@@", tsQuery),
        ...(skills.length ? [eb(sql`skills`, "&&", sql`${skills}::text[]`)] : []),
      ]),
    )
    .where(cvFilterSql(filter, cvsFilterColumns))
    .orderBy("overlap", "desc")
    .orderBy("rank", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, skills: r.skills }));
}

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
