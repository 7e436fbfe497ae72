// The CV list as the API gives it: one page in the order asked, and how many CVs pass the same conditions.
import type { Kysely } from "kysely";
import type { CvFilters } from "../db/cvs.ts";
import {
  type CvSort,
  countCvs,
  type ListPage,
  type ListPosition,
  listCvs,
  type SortOrder,
} from "../db/cvs-list.ts";
import type { Database } from "../db/schema.ts";

/** Each order's direction when none is asked: newest, most years and best quality first; names A to Z. */
export const defaultOrder = (sort: CvSort): SortOrder => (sort === "name" ? "asc" : "desc");

export async function listCvPage(
  db: Kysely<Database>,
  tenantId: string,
  filters: CvFilters,
  page: { limit: number; sort: CvSort; order: SortOrder; after?: ListPosition },
): Promise<ListPage & { total: number }> {
  // The count reads the same rows as the page, so both run at once on the pool.
  const [items, total] = await Promise.all([
    listCvs(db, tenantId, filters, page),
    countCvs(db, tenantId, filters),
  ]);
  return { ...items, total };
}
