// The CV filter (shared/matching/cv-filter.ts) as SQL: the same keys, compared in the database, for the cvs
// table and the pgvector table alike.
import { type RawBuilder, sql } from "kysely";
import { type CvFilter, filterTerm, locationKey, skillKeys } from "../matching/cv-filter.ts";

/** Where a table keeps what the filter compares: skill and location keys (text[]), years, a language column. */
export interface FilterColumns {
  skillKeys: string;
  years: string;
  locationKeys: string;
  language: string;
}

/** The filter's conditions joined by `and`; `true` when no condition is set. */
export function cvFilterSql(filter: CvFilter, columns: FilterColumns): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.skills?.length)
    conditions.push(sql`${sql.ref(columns.skillKeys)} @> ${skillKeys(filter.skills)}::text[]`);
  if (filter.minYears !== undefined) conditions.push(sql`${sql.ref(columns.years)} >= ${filter.minYears}`);
  if (filter.location !== undefined)
    conditions.push(sql`${sql.ref(columns.locationKeys)} @> array[${locationKey(filter.location)}]::text[]`);
  if (filter.language !== undefined)
    conditions.push(sql`lower(${sql.ref(columns.language)}) = ${filterTerm(filter.language)}`);
  return conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`;
}

/** The cvs table's filter columns (migration 0005). */
export const cvsFilterColumns: FilterColumns = {
  skillKeys: "cvs.skill_keys",
  years: "cvs.years",
  locationKeys: "cvs.location_keys",
  language: "cvs.language",
};
