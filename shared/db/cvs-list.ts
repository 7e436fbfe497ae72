// The CV list: a page of the tenant's CVs under the one CV filter and the words of q, in one of a few orders,
// paged by keyset (the last row's sort key and seq), and the count of every CV the same conditions pass.
import { type Kysely, type RawBuilder, sql } from "kysely";
import { cvFilterSql, cvsFilterColumns } from "./cv-filter.ts";
import type { CvFilters, CvSummary } from "./cvs.ts";
import type { Database } from "./schema.ts";

export const CV_SORTS = ["recent", "name", "years", "quality"] as const;
export type CvSort = (typeof CV_SORTS)[number];
export type SortOrder = "asc" | "desc";

/** How a sort key part is read back from a cursor: its SQL type. */
export type KeyType = "int" | "real" | "text";

interface KeyPart {
  expr: RawBuilder<unknown>;
  type: KeyType;
}

/**
 * The sort key of each order, before seq (which breaks ties and makes every key unique). Every part is never
 * null, so a row comparison pages exactly. Names sort case-insensitively with the unnamed last either way: the
 * first part says whether the CV has a name, turned so that named CVs come first in both directions.
 */
export function sortKey(sort: CvSort, order: SortOrder): KeyPart[] {
  switch (sort) {
    case "recent":
      return [];
    case "years":
      return [{ expr: sql`cvs.years`, type: "real" }];
    case "quality":
      return [{ expr: sql`cvs.quality`, type: "real" }];
    case "name":
      return [
        {
          expr: order === "asc" ? sql`(cvs.name is null)::int` : sql`(cvs.name is not null)::int`,
          type: "int",
        },
        { expr: sql`coalesce(lower(cvs.name), '')`, type: "text" },
      ];
  }
}

/** The key types of a sort, for reading a cursor back. */
export const sortKeyTypes = (sort: CvSort): KeyType[] => sortKey(sort, "asc").map((part) => part.type);

/** Where the next page starts: the last row's key parts (as text) and seq. */
export interface ListPosition {
  key: string[];
  seq: string;
}

export interface ListPage {
  items: (CvSummary & { position: ListPosition })[];
  more: boolean;
}

const conditions = (tenantId: string, filters: CvFilters) => {
  const where = [sql`cvs.tenant_id = ${tenantId}`, cvFilterSql(filters, cvsFilterColumns)];
  if (filters.q) where.push(sql`cvs.search_vector @@ websearch_to_tsquery('simple', ${filters.q})`);
  return where;
};

/** A page of CVs in the order asked, after the position (from the previous page's last row). */
export async function listCvs(
  db: Kysely<Database>,
  tenantId: string,
  filters: CvFilters,
  page: { limit: number; sort: CvSort; order: SortOrder; after?: ListPosition },
): Promise<ListPage> {
  const key = sortKey(page.sort, page.order);
  const where = conditions(tenantId, filters);
  if (page.after) {
    const { after } = page;
    const values = after.key.map((value, i) => sql`${value}::${sql.raw(key[i].type)}`);
    const left = sql.join([...key.map((part) => part.expr), sql`cvs.seq`]);
    const right = sql.join([...values, sql`${after.seq}::bigint`]);
    where.push(page.order === "asc" ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`);
  }
  const direction = sql.raw(page.order);
  const orderBy = sql.join([...key.map((part) => sql`${part.expr} ${direction}`), sql`cvs.seq ${direction}`]);
  const keyColumns = key.map((part, i) => sql`(${part.expr})::text as ${sql.ref(`k${i}`)}`);
  const { rows } = await sql<Row>`
    select cvs.id, cvs.seq::text as seq, cvs.filename, cvs.created_at as "createdAt", cvs.name, cvs.skills,
      cvs.years, cvs.location, cvs.language, cvs.possible_duplicate_of as "possibleDuplicateOf",
      cvs.headline
      ${keyColumns.length ? sql`, ${sql.join(keyColumns)}` : sql``}
    from cvs where ${sql.join(where, sql` and `)}
    order by ${orderBy}
    limit ${page.limit + 1}`.execute(db);
  return {
    more: rows.length > page.limit,
    items: rows.slice(0, page.limit).map((r) => ({
      id: r.id,
      filename: r.filename,
      createdAt: new Date(r.createdAt).toISOString(),
      name: r.name,
      headline: r.headline,
      skills: r.skills,
      years: r.years,
      location: r.location,
      language: r.language,
      possibleDuplicateOf: r.possibleDuplicateOf,
      position: { seq: r.seq, key: key.map((_, i) => String(r[`k${i}`])) },
    })),
  };
}

/** A row as selected: the summary's columns under its names, the seq and the sort key parts k0, k1… as text. */
type Row = Omit<CvSummary, "createdAt"> & { seq: string; createdAt: Date | string } & Record<
    `k${number}`,
    string
  >;

/** How many of the tenant's CVs pass the filters and q: the list's total, whatever the page. */
export async function countCvs(db: Kysely<Database>, tenantId: string, filters: CvFilters): Promise<number> {
  const { rows } = await sql<{ count: string | number }>`
    select count(*) as count from cvs where ${sql.join(conditions(tenantId, filters), sql` and `)}`.execute(
    db,
  );
  return Number(rows[0]?.count ?? 0);
}
