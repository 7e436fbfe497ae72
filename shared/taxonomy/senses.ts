// Decides whether an everyday-word skill form ("Go", "Spring", "Excel", "R") means the skill here,
// from its casing and neighbouring words; undecided cases are settled by other skills nearby.
import type { WordToken } from "./tokens.ts";

/** the match being judged: tokens [first, last] of `text` */
export interface SenseContext {
  text: string;
  tokens: WordToken[];
  first: number;
  last: number;
}

export type SenseVerdict = "skill" | "everyday" | "needs-context";

interface SenseRule {
  /** true when neighbouring words show the everyday sense */
  everyday?: (c: SenseContext) => boolean;
  /** true when neighbouring words settle the skill sense ("SWIFT MT103") */
  cue?: (c: SenseContext) => boolean;
  /** the capitalized word alone is enough (Excel, Java): everyday use is the exception */
  standalone?: boolean;
  /** only a skill right beside it (a list "Make, CMake") supports it, not one a sentence away */
  listOnly?: boolean;
}

const set = (words: string) => new Set(words.split(" "));
// A neighbour counts only when nothing but spaces or a hyphen separates it: "C-level. C/C++" must not
// read "level" as the word before the second C.
const PHRASE_GAP = /^[ \t\u00a0-]{1,3}$/;
const next = (c: SenseContext) => {
  const b = c.tokens[c.last + 1];
  return b && PHRASE_GAP.test(c.text.slice(c.tokens[c.last].end, b.start)) ? b.norm : "";
};
const prev = (c: SenseContext, k = 1) => {
  const a = c.tokens[c.first - k];
  return a && PHRASE_GAP.test(c.text.slice(a.end, c.tokens[c.first - k + 1].start)) ? a.norm : "";
};
const gapAfter = (c: SenseContext) => {
  const after = c.tokens[c.last + 1];
  return c.text.slice(c.tokens[c.last].end, after ? after.start : c.tokens[c.last].end + 3);
};
const gapBefore = (c: SenseContext) => {
  const before = c.tokens[c.first - 1];
  return c.text.slice(
    before ? before.end : Math.max(0, c.tokens[c.first].start - 3),
    c.tokens[c.first].start,
  );
};
/** the next word even across a comma ("Java, Indonesia"), but not across a line break */
const nextInLine = (c: SenseContext) => {
  const b = c.tokens[c.last + 1];
  return b && !/[\n\r]/.test(c.text.slice(c.tokens[c.last].end, b.start)) ? b.norm : "";
};
const isYear = (w: string) => /^(?:19|20)\d\d$/.test(w);
const isCapitalized = (t: WordToken | undefined) => !!t && /^\p{Lu}/u.test(t.raw);
/** "R. Smith", "J. R. Tolkien": a single letter used as an initial */
const isInitial = (c: SenseContext) =>
  (gapAfter(c) === ". " && isCapitalized(c.tokens[c.last + 1])) ||
  (/^\. ?$/.test(gapBefore(c)) && (c.tokens[c.first - 1]?.norm.length ?? 0) === 1);

const GO_NEXT = set(
  "to live ahead back beyond above through out over into for get on off forward home far further along the a an green getter getters between extra mile",
);
const GO_PREV = set(
  "to will would can could must should let lets let's we i you they not don't didn't never ready",
);
const GRADE_PREV = set(
  "grade grades level class type vitamin plan section part appendix block category tier band score mark a b",
);
const SPRING_NEXT = set(
  "semester term break season festival cleaning collection quarter fair intake campaign",
);
const SPRING_PREV = set("this last next early late during since until every each the");
const EXCEL_NEXT = set("at in as under on when within through beyond academically both");
const EXCEL_PREV = set("to will i we they you can could helped help strive continue continues");
const JAVA_NEXT = set("island sea indonesia coffee bali sumatra lombok borneo jakarta");
const TRAVEL = set(
  "travelling traveling travelled traveled visited visiting visit trip holiday holidays lived living born",
);
const JAVA_PREV = set("central east west island");
const SWIFT_NEXT = set(
  "delivery response action turnaround resolution execution decision decisions progress recovery implementation completion promotion growth feedback service",
);
const SWIFT_CUE = set(
  "payments payment messaging messages network code codes transfers transfer gpi bic iso banking",
);
const CHEF_PREV = set("head sous pastry executive private junior senior commis line personal chief master");
const CHEF_NEXT = set("de at for in and");
const LAMBDA_NEXT = set("expression expressions calculus");
const RUST_NEXT = set("removal prevention proofing protection belt");
// "Windows XP", "Windows- 7", "Windows, Vista": a version or a sibling system settles the operating system
const WINDOWS_NEXT = set(
  "xp vista 7 8 8.1 10 11 95 98 2000 2003 2008 2012 2016 2019 me nt server os platform platforms linux unix macos mac",
);

// "Julia Roberts", "Ruby Smith", "Tom Jenkins": a first name before a capitalized word, or a surname
// after one, is a person unless the neighbour is a word about the skill ("Ruby Developer").
const NOT_A_NAME = set(
  "senior junior lead principal staff expert advanced basic developer developers engineer",
);
const isNameWord = (t: WordToken | undefined, gap: string) =>
  !!t && isCapitalized(t) && t.raw !== t.raw.toUpperCase() && PHRASE_GAP.test(gap) && !NOT_A_NAME.has(t.norm);
const firstName = (c: SenseContext) => {
  const after = c.tokens[c.last + 1];
  return (
    !!after &&
    isNameWord(after, c.text.slice(c.tokens[c.last].end, after.start)) &&
    !SKILL_NEXT.has(after.norm)
  );
};
const surname = (c: SenseContext) => {
  const before = c.tokens[c.first - 1];
  return !!before && isNameWord(before, c.text.slice(before.end, c.tokens[c.first].start));
};

export const senseRules: Record<string, SenseRule> = {
  Ruby: { everyday: firstName },
  Julia: { everyday: firstName },
  Pascal: { everyday: firstName },
  Ada: { everyday: firstName },
  Crystal: { everyday: firstName },
  Jasmine: { everyday: firstName },
  Cassandra: { everyday: firstName },
  Jenkins: { everyday: surname },
  Gatsby: { everyday: (c) => surname(c) || firstName(c) },
  Sinatra: { everyday: surname },
  Go: {
    everyday: (c) =>
      GO_NEXT.has(next(c)) ||
      GO_PREV.has(prev(c)) ||
      (gapAfter(c) === "-" && !isCapitalized(c.tokens[c.last + 1])) ||
      // "Go/No-Go decisions"
      (gapAfter(c) === "/" && nextInLine(c) === "no") ||
      (gapBefore(c) === "-" && prev(c) === "no"),
  },
  R: { everyday: (c) => /^[&'’]/.test(gapAfter(c)) || isInitial(c) || GRADE_PREV.has(prev(c)) },
  C: {
    everyday: (c) =>
      /^[-&+'’]/.test(gapAfter(c)) ||
      // "C.V.", "C. Jones": a letter with a full stop before a capital is an abbreviation or an initial
      (/^\. ?$/.test(gapAfter(c)) && isCapitalized(c.tokens[c.last + 1])) ||
      isInitial(c) ||
      GRADE_PREV.has(prev(c)) ||
      next(c) === "level",
  },
  Spring: { everyday: (c) => isYear(next(c)) || SPRING_NEXT.has(next(c)) || SPRING_PREV.has(prev(c)) },
  "Microsoft Excel": {
    standalone: true,
    everyday: (c) => EXCEL_NEXT.has(next(c)) || EXCEL_PREV.has(prev(c)),
  },
  Java: {
    standalone: true,
    everyday: (c) =>
      JAVA_NEXT.has(nextInLine(c)) ||
      JAVA_PREV.has(prev(c)) ||
      ((prev(c) === "in" || prev(c) === "to") && TRAVEL.has(prev(c, 2))),
  },
  Chef: { everyday: (c) => CHEF_PREV.has(prev(c)) || CHEF_NEXT.has(next(c)) },
  Less: { everyday: (c) => next(c) === "than" || next(c) === "of" },
  Make: { listOnly: true },
  Express: { everyday: (c) => prev(c) === "american" || next(c) === "delivery" || next(c) === "mail" },
  Swift: { everyday: (c) => SWIFT_NEXT.has(next(c)) },
  "SWIFT payments": {
    cue: (c) => /^mt\d{3}$/.test(next(c)) || SWIFT_CUE.has(next(c)) || SWIFT_CUE.has(prev(c)),
  },
  // "lambda expressions" in Java or C# are a language feature, not the AWS service
  "AWS Lambda": { everyday: (c) => LAMBDA_NEXT.has(next(c)) },
  Rust: { everyday: (c) => RUST_NEXT.has(next(c)) },
  // the accounting package; the verb ("to tally the figures", "tally up") is the everyday word
  Tally: { standalone: true, everyday: (c) => prev(c) === "to" || TALLY_NEXT.has(next(c)) },
  Windows: { cue: (c) => WINDOWS_NEXT.has(nextInLine(c)) || prev(c) === "ms" || prev(c) === "microsoft" },
};

const TALLY_NEXT = set("the up of with sheet sheets marks mark votes");

// Words right after a form that settle it as a skill: "Go developer", "Spring applications".
const SKILL_NEXT = set(
  "developer developers development programming programmer language lang framework engineer engineers code codebase backend microservices sdk api apis scripts scripting stack dev devs modules library libraries runtime compiler toolchain applications apps services",
);
const SKILL_PREV = set("using via languages language stack technologies frameworks tools");
// "programming in Rust", "experience with Go": a preposition after a word about doing technical work
const SKILL_PREV_PHRASE = set(
  "programming written coded developed development experience experienced proficient proficiency skilled expertise expert fluent knowledge built implemented",
);

const PLACE_NEXT = set(
  "street st road rd lane avenue ave drive close way place park square house gardens hill",
);

// Words near a language name that show it is spoken, not an adjective of nationality ("a German bank").
const LANGUAGE_CUES = set(
  "native fluent fluently fluency proficient proficiency bilingual mother tongue speaker speakers speaking spoken speak speaks written conversational intermediate basic advanced beginner elementary working professional level upper a1 a2 b1 b2 c1 c2 ielts toefl toeic delf dalf dele hsk jlpt topik cefr languages language translation translator interpreter interpreting",
);

function hasLanguageCue(c: SenseContext): boolean {
  const from = Math.max(0, c.first - 3);
  const to = Math.min(c.tokens.length - 1, c.last + 3);
  for (let i = from; i <= to; i++) {
    if (i >= c.first && i <= c.last) continue;
    // only on the same line: a heading two lines up says nothing about this word
    const [a, b] = i < c.first ? [c.tokens[i], c.tokens[c.first]] : [c.tokens[c.last], c.tokens[i]];
    if (/[\n\r]/.test(c.text.slice(a.end, b.start))) continue;
    if (LANGUAGE_CUES.has(c.tokens[i].norm)) return true;
  }
  return false;
}

interface JudgedSkill {
  name: string;
  category: string;
}

/** judge one match of an everyday-word form; the caller settles "needs-context" from nearby skills */
export function judgeSense(skill: JudgedSkill, c: SenseContext): SenseVerdict {
  // "12 Spring Street", "Java House": part of an address or a place name
  if (PLACE_NEXT.has(next(c))) return "everyday";
  if (skill.category === "language") return hasLanguageCue(c) ? "skill" : "needs-context";
  const rule = senseRules[skill.name];
  if (rule?.everyday?.(c)) return "everyday";
  if (rule?.standalone || rule?.cue?.(c)) return "skill";
  if (rule?.listOnly) return "needs-context";
  if (SKILL_NEXT.has(next(c)) || SKILL_PREV.has(prev(c))) return "skill";
  if ((prev(c) === "in" || prev(c) === "with") && SKILL_PREV_PHRASE.has(prev(c, 2))) return "skill";
  return "needs-context";
}

/** how far (in words) a supporting skill may sit from an undecided form */
export function supportReach(skill: JudgedSkill): number {
  if (skill.category === "language") return 3;
  return senseRules[skill.name]?.listOnly ? 2 : 12;
}
