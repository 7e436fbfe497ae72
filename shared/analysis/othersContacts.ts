// Contact details that belong to someone other than the candidate: a referee's or a supervisor's block
// ("2. Dr. A. Rao / Professor / Mob: ..."), wherever the layout put it, even outside a References section,
// and the letterhead of an agency that lists the candidate on its site.

// A line that starts with a person's honorific ("1. Dr. Jane Roe", "Mr. John Smith, Manager"): a label
// before it ("Name: Mr. ...", "Father's Name: Mr. ...") makes it the candidate's or family data instead.
const HONORIFIC_LINE =
  /^[^\p{L}\d]*(?:\(?\d{1,2}[.)]\s*)?(?:dr|prof|mr|mrs|ms|miss|shri|sri|smt|er|engr)\.?\s+\p{Lu}/iu;
// "Supervisor: Paul Ayres", "Reporting to Mr. Rao", "Contact person: Jane Roe"; a colon at least, so that
// "Project Manager – Acme Corp" stays a job line
const ROLE_LABEL =
  /\b(?:(?:supervisor|manager|referee|reference|contact person|guide|mentor)\s*:|reporting (?:to|manager)\s*[:\-–]?|reports to\s*:?)\s*(?:(?:dr|prof|mr|mrs|ms|shri|smt)\.?\s+)?\p{Lu}\p{L}+\s+\p{Lu}/iu;

const BEFORE = 5;
const AFTER = 2;

/**
 * Indices of lines whose contacts are another person's: lines in the same blank-delimited block as a
 * referee's or supervisor's name, at most BEFORE lines after it or AFTER lines before it. The first
 * `ownLines` lines (the header, where the candidate's own name may carry "Dr.") never count, nor a line
 * that holds the candidate's name. With the name known, lines naming a roster site (see rosterSites) too.
 */
export function othersContactLines(lines: string[], ownLines: number, ownName?: string): Set<number> {
  const marked = new Set<number>();
  const name = ownName?.toLowerCase();
  lines.forEach((line, i) => {
    if (i < ownLines || !(HONORIFIC_LINE.test(line) || ROLE_LABEL.test(line))) return;
    if (name && line.toLowerCase().includes(name)) return;
    marked.add(i);
    for (let j = i - 1; j >= Math.max(ownLines, i - AFTER) && lines[j].trim() !== ""; j--) marked.add(j);
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + BEFORE) && lines[j].trim() !== ""; j++)
      marked.add(j);
  });
  const sites = ownName ? rosterSites(lines, ownName) : [];
  lines.forEach((line, i) => {
    const lower = line.toLowerCase();
    // the roster site's own address, not the candidate's page on it
    if (
      sites.some((site) =>
        new RegExp(`(?<![\\w.-])(?:www\\.)?${site.replaceAll(".", "\\.")}(?![\\w/.-])`).test(lower),
      )
    )
      marked.add(i);
  });
  return marked;
}

/**
 * Sites that show the candidate on a page of their own ("agency.com/janedoe" for Jane Doe) while the
 * site's name is not the candidate's: an agency's or employer's roster, whose bare address and phone
 * number in a letterhead reach the agency.
 */
function rosterSites(lines: string[], ownName: string): string[] {
  const words = ownName
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  const sites = new Set<string>();
  // An address starts a token and its parts are bounded, so a long run of dotted words costs linear time.
  for (const line of lines) {
    if (!line.includes("/")) continue;
    for (const match of line.matchAll(
      /(?<![\w.-])(?:www\.)?([a-z0-9-]{1,63}(?:\.[a-z]{2,24}){1,4})\/([\w.-]{1,80})/gi,
    )) {
      const site = match[1].toLowerCase();
      const page = match[2].toLowerCase();
      if (words.every((word) => page.includes(word)) && !words.some((word) => site.includes(word)))
        sites.add(site);
    }
  }
  return [...sites];
}

/** True when every line that holds `value` (compared without case) is another person's. */
export function onlyInOthersLines(value: string, lines: string[], others: Set<number>): boolean {
  const wanted = value.toLowerCase();
  const holding = lines.flatMap((line, i) => (line.toLowerCase().includes(wanted) ? [i] : []));
  return holding.length > 0 && holding.every((i) => others.has(i));
}
