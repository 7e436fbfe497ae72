// Finds skill mentions in text with a trie over normalized word tokens: longest match wins, and
// everyday-word forms are kept only when their casing, neighbours or nearby skills support them.
import { judgeSense, supportReach } from "./senses.ts";
import type { WordToken } from "./tokens.ts";
import {
  formKeys,
  initialismJoints,
  isJoiningGap,
  jointsAgree,
  tokenize,
  withoutLeadingDot,
} from "./tokens.ts";
import type { SkillMention, TaxonomySkill } from "./types.ts";

/** "titled": the first word starts with a capital ("Power Point" or "Power point" for PowerPoint, never "power point") */
type Casing = "upper" | "capitalized" | "titled" | "any";

interface FormEntry {
  skill: number;
  ambiguous: boolean;
  casing: Casing;
  /**
   * an initialism of one- or two-letter parts joined by a symbol ("A/P", "P&L", "R&D", "M&A"): the symbols
   * between its parts, which the text must repeat ("A&P", airframe and powerplant, is not "A/P")
   */
  joints?: string;
}

function jointsFit(
  joints: string | undefined,
  text: string,
  tokens: WordToken[],
  first: number,
  last: number,
) {
  if (joints === undefined) return true;
  let found = "";
  for (let k = first + 1; k <= last; k++) found += text.slice(tokens[k - 1].end, tokens[k].start).trim();
  return jointsAgree(joints, found);
}

interface TrieNode {
  children?: Map<string, TrieNode>;
  entries?: FormEntry[];
}

export interface MentionIndex {
  skills: readonly TaxonomySkill[];
  /** each skill's family (all tech categories are one), by skill index */
  families: string[];
  root: TrieNode;
}

// All-capital names ("PR", "BASIC", "SPICE", "GRASS") are ordinary words in lowercase, so they match
// only as capitals; these are safe to match in any case because CVs often write them lowercase, and product
// names that are no English word are written "Ansys", "Catia", "Scada" as often as in capitals.
const LOWERCASE_SAFE = new Set(
  "JS SQL PHP AWS GCP CSS HTML JSON YAML XML K8S ETL NLP SEO CRM ERP SAP CAD UX UI API GIT SASS SCSS DBT HTML5 CSS3 VBA JSP MATLAB COBOL FORTRAN CICD NOSQL ANSYS CATIA KNIME MEDITECH NGINX STATISTICA VLOOKUP XLOOKUP SCADA HACCP HIPAA MSSQL PLSQL RDBMS PRINCE2 OWASP".split(
    " ",
  ),
);

function casingOf(form: string, ambiguous: boolean): Casing {
  // letters only: "C++" and ".NET" are judged by C and NET
  let upper = 0;
  let lower = 0;
  for (const ch of form) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  const allCaps = upper > 1 && lower === 0;
  if (ambiguous) {
    if (allCaps) return "upper";
    return upper > 0 ? "capitalized" : "any";
  }
  if (allCaps && !LOWERCASE_SAFE.has(form.toUpperCase())) return "upper";
  return "any";
}

/** whether the matched words are written the way a casing demands; checked on the raw tokens */
function casingFits(casing: Casing, tokens: WordToken[], first: number, last: number): boolean {
  if (casing === "any") return true;
  // "Power point", "Auto cad": CVs often capitalise only the first part; "in design" stays ordinary words
  if (casing === "titled") return /^\p{Lu}/u.test(tokens[first].raw);
  if (casing === "capitalized") {
    const raw = tokens[first].raw;
    const lead = raw.charCodeAt(0) === 46 ? raw[1] : raw[0];
    return lead !== lead.toLowerCase();
  }
  for (let t = first; t <= last; t++) if (tokens[t].raw !== tokens[t].raw.toUpperCase()) return false;
  return true;
}

function insert(root: TrieNode, keys: string[], entry: FormEntry): void {
  let node = root;
  for (const key of keys) {
    node.children ??= new Map();
    let child = node.children.get(key);
    if (!child) {
      child = {};
      node.children.set(key, child);
    }
    node = child;
  }
  node.entries ??= [];
  const same = node.entries.find(
    (e) => e.skill === entry.skill && e.casing === entry.casing && e.joints === entry.joints,
  );
  if (same) same.ambiguous &&= entry.ambiguous;
  else node.entries.push(entry);
}

const TECH = new Set(
  "programming_language framework library database cloud devops data ai_ml practice tool web ict software os security".split(
    " ",
  ),
);
const familyOf = (category: string) => (TECH.has(category) ? "tech" : category);

export function buildMentionIndex(skills: readonly TaxonomySkill[]): MentionIndex {
  const root: TrieNode = {};
  skills.forEach((skill, index) => {
    const forms = [skill.name, ...skill.aliases];
    for (const form of forms) {
      const keys = formKeys(form);
      if (keys.length === 0) continue;
      const ambiguous = skill.ambiguous?.includes(form) ?? false;
      const casing = casingOf(form, ambiguous);
      const joints = initialismJoints(form);
      insert(
        root,
        keys,
        joints === undefined
          ? { skill: index, ambiguous, casing }
          : { skill: index, ambiguous, casing, joints },
      );
      // "NodeJS" and "scikitlearn" are the same names written as one word (short ones are not: M&A)
      if (keys.length > 1) {
        const compact = keys.join("");
        if (compact.length >= 4) insert(root, [compact], { skill: index, ambiguous, casing });
      }
      // and the other way: "PowerPoint", "AutoCAD", "SolidWorks" written apart ("Power Point", "Auto-CAD"),
      // each part capitalised, so "in design" never reads as InDesign
      const parts = keys.length === 1 ? form.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [];
      if (parts.length > 1 && parts.every((part) => part.length >= 2)) {
        const split = parts.flatMap((part) => formKeys(part));
        if (split.length === parts.length) insert(root, split, { skill: index, ambiguous, casing: "titled" });
      }
    }
  });
  return { skills, families: skills.map((s) => familyOf(s.category)), root };
}

interface Found {
  first: number;
  last: number;
  /** the skills this match can be, best first; more than one only while undecided */
  options: number[];
  decided: boolean;
}

// "Python3", "Java17", "Angular15": a one-word skill name with a version glued on
// (a version is short or a year: "TS16949" is a quality standard, not TypeScript 16949)
const VERSIONED = /^(\D{2,}?)v?(?:\d{1,2}|(?:19|20)\d\d)(?:\.\d+)*$/;

function versionedMatch(
  index: MentionIndex,
  text: string,
  tokens: WordToken[],
  i: number,
): Found | undefined {
  const norm = tokens[i].norm;
  const code = norm.charCodeAt(norm.length - 1);
  if (code < 48 || code > 57) return undefined;
  const base = VERSIONED.exec(norm)?.[1];
  const entries = base ? index.root.children?.get(base)?.entries : undefined;
  return entries ? judgeEntries(index, text, tokens, i, i, entries) : undefined;
}

/**
 * Letters joined by dots ("H.S", "W.A") that run on into more of the same ("H.S.C", "A.W.A.") are another
 * abbreviation or a person's initials; a short capital name before a long number ("TS 16949") is a code;
 * one letter hyphened to a word ("R-Style") is a compound word. None is the skill the shorter spelling names.
 */
function partOfLongerCode(text: string, tokens: WordToken[], first: number, last: number): boolean {
  // "TS 16949", "AS-9100": a short capital name followed by a long number is a standard or a model
  if (
    first === last &&
    /^\p{Lu}{1,3}$/u.test(tokens[first].raw) &&
    /^[ -]?(?!(?:19|20)\d\d\b)\d{3,}/.test(text.slice(tokens[first].end))
  )
    return true;
  // "R-Style", "C-Section": one letter hyphened to a word makes a compound word
  if (first === last && /^\p{L}$/u.test(tokens[first].raw) && /^-\p{L}/u.test(text.slice(tokens[first].end)))
    return true;
  for (let t = first; t <= last; t++) if (tokens[t].raw.replace(/\./g, "").length > 1) return false;
  if (first === last) return false;
  const joined = (a: WordToken | undefined, b: WordToken | undefined) =>
    a !== undefined &&
    b !== undefined &&
    /^[.&]$/.test(text.slice(a.end, b.start).trim()) &&
    !/\s{2,}|\n/.test(text.slice(a.end, b.start)) &&
    a.raw.replace(/\./g, "").length === 1 &&
    b.raw.replace(/\./g, "").length === 1;
  return joined(tokens[last], tokens[last + 1]) || joined(tokens[first - 1], tokens[first]);
}

/** "on-boarding", "up-selling", "trouble-shooting": a one-word name written in two parts joined by a hyphen */
function hyphenedMatch(index: MentionIndex, text: string, tokens: WordToken[], i: number): Found | undefined {
  const next = tokens[i + 1];
  if (next === undefined || text.slice(tokens[i].end, next.start) !== "-") return undefined;
  const entries = index.root.children?.get(tokens[i].norm + next.norm)?.entries;
  return entries ? judgeEntries(index, text, tokens, i, i + 1, entries) : undefined;
}

function matchAt(index: MentionIndex, text: string, tokens: WordToken[], i: number): Found | undefined {
  let node = index.root.children?.get(tokens[i].norm);
  // most words start no skill name
  if (!node) return versionedMatch(index, text, tokens, i) ?? hyphenedMatch(index, text, tokens, i);
  const ends: Array<[number, FormEntry[]]> = [];
  if (node.entries) ends.push([i, node.entries]);
  for (let j = i + 1; j < tokens.length; j++) {
    if (!node.children || !isJoiningGap(text, tokens[j - 1].end, tokens[j].start)) break;
    node = node.children.get(withoutLeadingDot(tokens[j].norm));
    if (!node) break;
    if (node.entries) ends.push([j, node.entries]);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    if (partOfLongerCode(text, tokens, i, ends[k][0])) continue;
    const found = judgeEntries(index, text, tokens, i, ends[k][0], ends[k][1]);
    if (found) return found;
  }
  return hyphenedMatch(index, text, tokens, i);
}

/** the skills a spelling at tokens [first, last] can be, after casing and sense checks */
function judgeEntries(
  index: MentionIndex,
  text: string,
  tokens: WordToken[],
  first: number,
  last: number,
  entries: FormEntry[],
): Found | undefined {
  // an exact casing ("SWIFT" for the payment network) beats a looser one ("Swift" written in capitals)
  const fitting: FormEntry[] = [];
  for (const entry of entries) {
    if (!casingFits(entry.casing, tokens, first, last)) continue;
    if (!jointsFit(entry.joints, text, tokens, first, last)) continue;
    if (entry.casing === "upper") fitting.unshift(entry);
    else fitting.push(entry);
  }
  const undecided: number[] = [];
  for (const entry of fitting) {
    if (!entry.ambiguous) {
      if (undecided.length === 0) return { first, last, options: [entry.skill], decided: true };
      undecided.push(entry.skill);
      continue;
    }
    const verdict = judgeSense(index.skills[entry.skill], { text, tokens, first, last });
    if (verdict === "skill" && undecided.length === 0)
      return { first, last, options: [entry.skill], decided: true };
    if (verdict !== "everyday") undecided.push(entry.skill);
  }
  return undecided.length > 0 ? { first, last, options: undecided, decided: false } : undefined;
}

/** whether a match vouches for an undecided one of `family` */
function supports(index: MentionIndex, other: Found, family: string): boolean {
  if (index.families[other.options[0]] !== family) return false;
  // a bare list of languages ("English, German") vouches for itself; other words need a decided skill
  return other.decided || family === "language";
}

/** an undecided match stands if a decided skill of the same family sits close enough */
function settle(index: MentionIndex, found: Found[], at: number): number | undefined {
  const target = found[at];
  for (const option of target.options) {
    const skill = index.skills[option];
    const family = index.families[option];
    const reach = supportReach(skill);
    // matches are in text order, so look outwards and stop once they are out of reach
    for (let k = at - 1; k >= 0 && target.first - found[k].last <= reach; k--)
      if (supports(index, found[k], family)) return option;
    for (let k = at + 1; k < found.length && found[k].first - target.last <= reach; k++)
      if (supports(index, found[k], family)) return option;
  }
  return undefined;
}

// "M.S Office", "Ms. Word": Microsoft's "MS" written with dots, before one of its products (never "M.S." the
// degree); read as "MS" with the same length, so offsets stay
const DOTTED_MS =
  /\bM\.?\s?S\.?(?=[\s-]*(?:office|word|excel|power\s?point|access|outlook|project|visio|windows|dos|paint)\b)/gi;

export function findMentions(index: MentionIndex, original: string): SkillMention[] {
  const text = original.replace(DOTTED_MS, (match) => (/\./.test(match) ? "MS".padEnd(match.length) : match));
  const tokens = tokenize(text);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matchAt(index, text, tokens, i);
    if (match) {
      found.push(match);
      i = match.last + 1;
    } else i++;
  }
  const mentions: SkillMention[] = [];
  found.forEach((match, at) => {
    const skill = match.decided ? match.options[0] : settle(index, found, at);
    if (skill === undefined) return;
    const { name, category } = index.skills[skill];
    const start = tokens[match.first].start;
    const end = tokens[match.last].end;
    mentions.push({ name, category, surface: original.slice(start, end), start, end });
  });
  return mentions;
}
