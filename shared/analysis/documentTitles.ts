// The titles a CV gives itself ("Curriculum Vitae", "Resume", "Bio-data", misspelt as often as not) and the name
// that stands before or after one on its line.
export const DOCUMENT_TITLE =
  /\b(?:c\w{0,3}r{1,2}\w{0,2}c{1,2}\w{0,2}l{1,2}\w{0,2}m|v\w{0,2}[ai]\w{0,2}t\w{0,2}e|bio[- ]?data|resume)\b/gi;

/**
 * The text after a document title and its dash: "CURRICULAM VIATE – JANE DOE" gives "JANE DOE"; a title that
 * opens the line may stand before the name with a space alone ("RESUME RAVI KUMAR").
 */
export function afterDocumentTitle(line: string): string | null {
  // "CV of Jane Doe", "C.V. – Jane Doe": an abbreviated title only before "of" or a dash, since "CV Raman" may
  // be a name's initials
  const abbreviated = /^\s*c\.?\s?v\.?\s*(?:[–—:-]+|\s\bof\b)\s*(\p{Lu}.+)$/iu.exec(line);
  if (abbreviated) return abbreviated[1].trim();
  const closing = /^\s*(\p{Lu}[^–—:|]*?)(?:['’]s)?\s+c\.?\s?v\.?\s*$/iu.exec(line);
  if (closing) return closing[1].trim();
  let start = -1;
  let end = -1;
  for (const match of line.matchAll(DOCUMENT_TITLE)) {
    if (start < 0) start = match.index ?? 0;
    end = (match.index ?? 0) + match[0].length;
  }
  if (end < 0) return null;
  // "Jane Doe Resume", "Jane Doe's CV": the name, then the title that closes the line
  const before = /^\s*(\p{Lu}[^–—:|]*?)(?:['’]s)?\s*$/u.exec(line.slice(0, start));
  // (not a title's own letters spaced apart: "C URRICULUM VITAE")
  const joined = before?.[1].replace(/\s+/g, "") ?? "";
  if (
    before &&
    start > 0 &&
    /^[\s.]*$/.test(line.slice(end)) &&
    before[1].split(/\s+/).every((word) => /\p{L}{2}|^\p{Lu}\.$/u.test(word)) &&
    !new RegExp(DOCUMENT_TITLE.source, "i").test(joined)
  )
    return before[1].trim();
  const rest = /^\s*(?:[–—:-]+|\bof\b)\s*(.+)$/iu.exec(line.slice(end));
  if (rest) return rest[1].trim();
  const opens = line.slice(0, start).trim() === "";
  const spaced = /^\s+(\p{Lu}.+)$/u.exec(line.slice(end));
  return opens && spaced ? spaced[1].trim() : null;
}
