// An organisation's line that names its place beside it, over the dated line of a job held there.
import { isHeaderLike, nameAndPlaceCells } from "./experienceHeaders.ts";
import { looksLikeLocation } from "./places.ts";
import { titleScore } from "./roles.ts";

/** "NORTHGATE INVESTMENTS<TAB>Boston, MA": an organisation's name (no title's, no figure) and its place */
export function placedName(text: string): { name: string; place: string } | null {
  const cells = nameAndPlaceCells(text);
  return cells.length === 2 &&
    isHeaderLike(cells[0]) &&
    !/\d/.test(cells[0]) &&
    titleScore(cells[0]) === 0 &&
    looksLikeLocation(cells[1])
    ? { name: cells[0], place: cells[1] }
    : null;
}
