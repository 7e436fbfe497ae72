// The lines of a certifications section as one line per course or credential, before each is read: a keyed
// block ("Institute Name : X" over "Course Title : Y") is one item, a school named alone over the courses it
// gave lends them its name, a line that continues the one above in lower case is joined to it, and a course
// followed "in" or "at" a school is parted from the school with a comma, the way the reader parts a name from
// its issuer. Each line carries the school its layout named outright (a key, a school line, "in X Institute"),
// and whether it says who certified it; either makes the item a course without a course word in its name.
import { namesInstitution } from "./degrees.ts";
import { columnWordsOnly, couldBeInstitution } from "./educationInstitutions.ts";
import { LEGAL_FORMS } from "./legalForms.ts";
import { degreeLevelOf } from "./schoolNames.ts";

export interface CertificationLine {
  text: string;
  /** the school the layout named for the item (a key, a school line over it, "in X Institute") */
  school: string | null;
  /** the line says who certified it: "... certified by X Academy" */
  certifiedBy: boolean;
}

const BULLET = /^\s*[•●▪■◦○·*‣⁃–—-]\s*/u;
// a numbered item's mark: "1)", "2.", "(iii)", "b)"
const NUMBERED = /^\s*(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])\)|\d{1,2}\.(?!\d))\s+/iu;
// an item's first line marked by a bullet or a number, or by an indent where the bullet's glyph was lost
// (" Completed 2 month training in X" over "CORPORATES PVT LTD. Noida" at the margin)
const marked = (raw: string) => BULLET.test(raw) || NUMBERED.test(raw) || /^[ \u00a0]+\S/u.test(raw);
// a line cut inside a name or a sentence: it ends on a joining word ("The Kestrel Minerals and" over "Metals
// Ltd."), or on a comma after a line as long as prose runs (a short one is a list's item: "Certified in AutoCAD,"),
// or the next opens with the legal form that closes the name ("Harbor Heavy Electricals" over "Limited, Pune")
const CUT_END = /\s(?:and|&|of|for|in|at|the|from|with|on)$/iu;
const PROSE_LINE = 60;
const cutInside = (text: string) => CUT_END.test(text) || (text.endsWith(",") && text.length >= PROSE_LINE);
const FORM_START = new RegExp(String.raw`^${LEGAL_FORMS}\.?(?=[\s,;]|$)`, "i");
const KEYED = /^([\p{L} .'’/]{2,40}?)\s*[:：]\s*[-–]?\s*(\S.*)$/u;
const SCHOOL_KEY =
  /^(?:name\s+of\s+(?:the\s+)?)?(?:institute|institution|school|college|university|academy|training\s+(?:centre|center|institute)|centre|center)(?:\s+name)?$/i;
const COURSE_KEY =
  /^(?:name\s+of\s+(?:the\s+)?)?(?:course|training|program(?:me)?|certificat(?:e|ion)|qualification)(?:\s+(?:name|title|attended|undergone))?$|^title$/i;
// what else such a block gives: its time and its result, read into neither name
const OTHER_KEY =
  /^(?:duration|period|year|date|dates|completed|completion|year\s+of\s+(?:passing|completion)|grade|result|marks|percentage|place|location|venue|city)$/i;
const TIME_KEY = /^(?:period|year|date|dates|completed|completion|year\s+of\s+(?:passing|completion))$/i;

const COURSE_WORD =
  /\b(?:certificat(?:e|ion)|certified|diploma|course|training|programme|program|workshop|i\.?t\.?i)\b/i;
// a qualification's own words, which a training or a workshop attended is not
export const CREDENTIAL =
  /\b(?:certificat(?:e|ion)|certified|diploma|course|i\.?t\.?i|NEBOSH|IOSH|ASNT|PMP|CCNA|CCNP|MCSE|ITIL|PRINCE2)\b/i;
// a course's own "in": "Diploma in X", "Certificate course in X", "Training on X"
const BARE_COURSE =
  /^(?:(?:advanced?|basic|hono(?:u)?rs?|post\s+graduate|pg|professional|short[- ]term|\d+\s+(?:months?|weeks?|days?))\s+)*(?:diploma|certificate|certification|course|training|programme|program)(?:\s+(?:course|programme|program))?$/i;

interface Keyed {
  key: string;
  value: string;
}

function keyedOf(line: string): Keyed | null {
  const match = KEYED.exec(line.replace(/\t+/g, " "));
  if (!match) return null;
  const key = match[1].trim().replace(/\s+/g, " ");
  return SCHOOL_KEY.test(key) || COURSE_KEY.test(key) || OTHER_KEY.test(key)
    ? { key, value: match[2].trim() }
    : null;
}

/** A school named alone, with at most its dates and place in brackets: "X TRAINING CENTER (Apr 2016) (Kochi)". */
function schoolAlone(line: string): string | null {
  const name = line
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .replace(/[,;.\s]+$/, "")
    .trim();
  return name !== "" &&
    namesInstitution(name) &&
    !COURSE_WORD.test(name.replace(/\btraining\s+(?=cent(?:re|er)|institute|academy|school)/gi, "")) &&
    // "Institute/ College": a table's label cell, not a name
    !/\b(?:in|at|from|by|on)\b|\d|\//i.test(name) &&
    couldBeInstitution(name) &&
    degreeLevelOf(name) === null &&
    name.split(" ").length <= 8
    ? name
    : null;
}

/**
 * "Diploma in Automation in X Institute, Pune (2016)": the course and the school after its last "in", "at" or
 * "from", where the course is more than its kind ("Diploma in Computer Applications" keeps its "in") and names
 * a credential. A school without a school word must be named in capitals ("ITI Trade in NCVT Jodhpur"), so
 * that a subject ("Foundation Course in Human Rights") is no school.
 */
function partedAtSchool(line: string): { course: string; school: string; rest: string } | null {
  const cuts = [...line.matchAll(/\s(?:[Ii]n|[Aa]t|AT|[Ff]rom|FROM)\s+(?=\p{Lu})/gu)];
  const last = cuts[cuts.length - 1];
  if (last?.index === undefined) return null;
  const course = line
    .slice(0, last.index)
    .replace(/[,;\s]+$/, "")
    .trim();
  const after = line.slice(last.index + last[0].length);
  const school = (/^[^,;(]+/.exec(after)?.[0] ?? "").replace(/[.\s]+$/, "").trim();
  const bare = course.replace(BULLET, "");
  // a name's words are capitalised but for its joining words ("... certified by CSC" is none)
  if (
    school.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !/^(?:of|and|the|for|de|du|la)$/.test(word))
  )
    return null;
  if (bare === "" || school === "" || BARE_COURSE.test(bare)) return null;
  if (!CREDENTIAL.test(bare) && degreeLevelOf(bare) === null) return null;
  const capitals = /\b\p{Lu}{3,}\b/u.test(school);
  // (after "from", a proper name: "NEBOSH IGC from British Safety Council", "Certificate in Tally from Arun
  // Computers")
  const named = /^\s(?:from|FROM|From)\s/.test(last[0]) && school.split(/\s+/).length <= 6;
  return couldBeInstitution(school) && (namesInstitution(school) || capitals || named)
    ? { course, school, rest: after.slice(after.indexOf(school) + school.length) }
    : null;
}

// a table's label row ("Course | Institute | Year"): the index of the cell that names the school's column
function schoolColumn(line: string): number | null {
  const cells = line.split("\t").map((cell) => cell.trim());
  if (cells.length < 2 || cells.some((cell) => cell !== "" && columnWordsOnly(cell) === null)) return null;
  const at = cells.findIndex((cell) => /institut|college|school|universit|academy|board/i.test(cell));
  return at >= 0 ? at : null;
}

/** The lines of a certifications section, one item each (see the head of this file). */
export function certificationLines(lines: string[]): CertificationLine[] {
  const out: CertificationLine[] = [];
  let block: Keyed[] = [];
  let school: string | null = null;
  const flush = () => {
    if (block.length === 0) return;
    const course = block.find((k) => COURSE_KEY.test(k.key))?.value;
    const body =
      /^[^,;(]+/.exec(block.find((k) => SCHOOL_KEY.test(k.key))?.value ?? "")?.[0].trim() || undefined;
    const time = block.find((k) => TIME_KEY.test(k.key))?.value;
    if (course)
      out.push({ text: time ? `${course} (${time})` : course, school: body ?? null, certifiedBy: false });
    block = [];
  };
  // how the last item's first line was marked (an indent alone takes one wrapped line: "(Certified Course) 2014"
  // under " Embedded training in X", not the description under it); the line opens a paragraph; items given the school line's name; the
  // school's column of a table under its label row
  let mark: "bullet" | "indent" | null = null;
  let column: number | null = null;
  let opening = true;
  let given = 0;
  // the last item was parted at a school that ends its line, so a wrapped line goes on with the school's name
  let schoolAtEnd = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      flush();
      if (given > 0) school = null;
      opening = true;
      continue;
    }
    const opens = opening;
    opening = false;
    const labels = schoolColumn(raw);
    if (labels !== null) {
      column = labels;
      continue;
    }
    const cells = raw.split("\t").map((cell) => cell.trim());
    if (column !== null && cells.length > column && cells.length >= 2 && cells[column] !== "") {
      const rest = cells.filter((_, i) => i !== column && cells[i] !== "");
      out.push({ text: rest.join("\t"), school: cells[column], certifiedBy: false });
      continue;
    }
    if (!raw.includes("\t")) column = null;
    const keyed = keyedOf(line);
    if (keyed) {
      // a key met again opens the next block
      if (block.some((k) => k.key.toLowerCase() === keyed.key.toLowerCase())) flush();
      block.push(keyed);
      continue;
    }
    flush();
    const previous = out[out.length - 1];
    // "... certified by CSC" over "computer education, Chennai.": one item wrapped in two lines; so is a line
    // with no bullet or indent under a marked one
    if (
      previous &&
      !opens &&
      !/[.;:]$/.test(previous.text) &&
      (/^\p{Ll}/u.test(line) ||
        (mark !== null && !marked(raw)) ||
        ((cutInside(previous.text) || FORM_START.test(line)) && !marked(raw)))
    ) {
      // "... certificate From ORCHARD BUILDING SYSTEMS" over "INDIA LTD": the school's name goes on
      if (schoolAtEnd && previous.school !== null && /^\p{Lu}/u.test(line))
        previous.school = `${previous.school} ${(/^[^,;(]+/.exec(line)?.[0] ?? "").replace(/[.\s]+$/, "")}`;
      else previous.text = `${previous.text} ${line}`;
      if (mark === "indent") mark = null;
      continue;
    }
    mark = BULLET.test(raw) || NUMBERED.test(raw) ? "bullet" : marked(raw) ? "indent" : null;
    // a school named alone at a paragraph's head gives its name to the short items under it
    const alone = opens ? schoolAlone(line.replace(BULLET, "")) : null;
    if (alone) {
      school = alone;
      given = 0;
      continue;
    }
    const parted = partedAtSchool(line);
    schoolAtEnd = parted !== null && parted.rest.trim() === "";
    if (parted)
      out.push({
        text: `${parted.course} ${parted.rest.replace(/^\s*\.(?=\s|$)/, "").trim()}`.trim(),
        school: parted.school,
        certifiedBy: false,
      });
    else {
      if (line.split(/\s+/).length > 12) school = null;
      if (school) given++;
      out.push({ text: line, school, certifiedBy: /\scertified\s+by\s/i.test(line) });
    }
  }
  flush();
  return out;
}
