// The candidate's name: a "Name:" label, a "CV – Name" title, the largest type, the header, a line the
// e-mail spells out, the line beside the candidate's own contacts, the signature; null when unsure.

import { stemmer } from "stemmer";
import titleWords from "../matching/titleWords.generated.json" with { type: "json" };
import { findSkill } from "../taxonomy/index.ts";
import { educationLevel } from "./degrees.ts";
import { afterDocumentTitle, DOCUMENT_TITLE } from "./documentTitles.ts";
import { headingKind } from "./headings.ts";
import { isHeadingVocabulary } from "./headingWords.ts";
import { looksLikeLocation } from "./places.ts";
import { endsLikeTitle, qualifiesTitles } from "./titles.ts";
import type { Confident } from "./types.ts";

const NAME_LABEL =
  /^(?:name|full name|name of (?:the )?(?:applicant|candidate)|(?:applicant|candidate)(?:['’]s)? name|vor- und nachname|nom|nom complet|nombre|nombre completo|nome|nome completo|naam)(?:\s*\.?\s*[:：–-]\s*|\s*\t\s*|\s{2,}|\.\s+)(.+)$/i;
// "Name  Jane Doe" with a space alone after the label: only "name" itself, and only before a name
const NAME_WORD_ALONE = /^(?:full\s+)?name\s+(\p{Lu}.*)$/iu;
const NOT_NAME_WORDS =
  /\b(curriculum|vitae|resume|résumé|lebenslauf|cv|currículo|page|seite|engineer|developer|manager|consultant|analyst|designer|university|universität|gmbh|inc|ltd|street|straße|strasse|rue|calle|skills|experience|summary|profile|contact|email|phone|address|linkedin|github|senior|junior|lead|team|data|software|product|marketing|sales|director|ingénieur|entwickler|desarrollador|sviluppatore|ontwikkelaar|berater|développeur|engenheiro|ingegnere|specialist|scientist|architect|intern|student|company|name|names|full|your|firstname|lastname|status|code|pin|passport|birth|date|visa|marital|nationality|religion|gender|sex|father|mother|husband|spouse|age|nagar|colony|road|lane|sector|vill|village|post|dist|district|block|phase|apartment|flat|house|near|govt|government|higher|secondary|school|college|services|declaration|objective|career|carrier|project|projects|training|workshop|regards|sincerely|faithfully|thanking|thanks|yours|signature|motors|enterprises|industries|traders|technologies|solutions|systems|corporation|corp|limited|pvt|llc|llp|plc|agency|associates|hospital|hotel|certified|award|medal|list|affiliations|memberships|entrepreneur|beginner|intermediate|advanced|expert|proficient|fluent|native|personal|attributes|dear|sir|madam|id|no|the|and|for|with|of|in|all)\b/i;
// "Curicullum Vaite", "Curriculam Vitea", "Resume": misspelt document titles
const PARTICLE = /^(van|von|de|der|den|da|di|du|del|della|dos|das|le|la|los|las|ter|zu|y|e)$/;
// how many of O*NET's job titles hold each word stem
const TITLE_STEMS = (titleWords as unknown as { stems: Record<string, number> }).stems;

/** "S.Malarvizhi", "VINOTH.C", "LEKSHMI .P": initials joined to a name read as words of their own. */
function spacedInitials(line: string): string {
  return line.replace(/\s*\.\s*(?=\p{L})/gu, ". ").replace(/[.,]+$/, "");
}

// a degree after the name: "Jane Doe, MBA", "K.A.Subash Bose. B.E", "Ravi Kumar (B.Tech)"
const DEGREE_AFTER =
  /(?:[.,]\s*|\s+\(\s*)(?:B\.?\s?E|B\.?\s?Tech|M\.?\s?Tech|M\.?\s?E|MBA|M\.?\s?B\.?\s?A|B\.?\s?Sc|M\.?\s?Sc|Ph\.?\s?D|B\.?\s?Com|M\.?\s?Com|MCA|BCA|B\.?\s?Arch|CPA|ACCA|PMP)\.?\s*\)?$/;

// a degree's abbreviation as a word of its own (a two-letter one only with its stops: "Ma" may be a name)
const DEGREE_WORD =
  /(?<![\p{L}.])(?:MBA|MCA|BCA|BBA|B\.?\s?Tech|M\.?\s?Tech|B\.?\s?Sc|M\.?\s?Sc|B\.?\s?Com|M\.?\s?Com|Ph\.?\s?D|LLB|LLM|[BM]\.\s?[EA]\.)(?![\p{L}])/iu;

// (in capitals without a stop, "MS" and "ER" are as often a name's initials: "MS Ramesh")
const HONORIFIC =
  /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Shri|Smt|Kum|Er|Engr)\.?\s*|(?:MR|MRS|MISS|SHRI|SMT|ENGR)\.?\s+|(?:MS|ER|KUM)\.\s*)(?=\p{Lu})/u;

/** A name as written, without a bullet, a label's dash, a degree after it or a closing full stop. */
export function cleanName(line: string): string {
  return (
    line
      // (an emoji set as an icon before the name: "👤 Jane Doe")
      .replace(/^(?:[\s•●▪■◦○·*‣⁃–—:\p{Extended_Pictographic}-]|\uFE0F)+/u, "")
      // a courtesy title before the name ("Mr. Ravi Kumar", "Er.Anil Rao", "Smt Leela Devi") is no part of it
      .replace(HONORIFIC, "")
      .replace(/[\s,]+$/, "")
      .replace(DEGREE_AFTER, "")
      // "Ravi Kumar (Civil Engineer)": the post in brackets after the name
      .replace(/\s*\(([^()]{3,40})\)$/u, (bracket, post: string) => (endsLikeTitle(post) ? "" : bracket))
      // a sentence's full stop goes; the one closing initials stays ("Sharanya P.V.")
      .replace(/(?<=\p{L}{2})\.+$/u, "")
      .trim()
  );
}

/** A person's name: two to four capitalised words, letters, hyphens and apostrophes only, not all initials. */
export function looksLikeName(raw: string): boolean {
  const trimmed = spacedInitials(cleanName(raw)).trim();
  if (trimmed.length < 4 || trimmed.length > 50 || trimmed.includes("\t") || NOT_NAME_WORDS.test(trimmed))
    return false;
  DOCUMENT_TITLE.lastIndex = 0;
  if (DOCUMENT_TITLE.test(trimmed)) return false;
  if (headingKind(trimmed) || looksLikeLocation(trimmed) || isHeadingVocabulary(trimmed)) return false;
  // a job title ("Chef Instructor", "Vice President"), a skill ("Core Java") or run-together text ("SuppCRAIG")
  if (endsLikeTitle(trimmed) || findSkill(trimmed) || /\p{Ll}\p{Lu}{2}/u.test(trimmed)) return false;
  // a degree after the name with no mark between ("Jane Doe MBA Finance") is no part of a name
  if (DEGREE_WORD.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  // "María de los Ángeles García López": particles do not count towards the two to four names.
  const names = words.filter((word) => !PARTICLE.test(word));
  // initials ("K. A. Subash Chandra Bose") do not count towards the four names either
  const spelt = names.filter((word) => !/^\p{Lu}\.?$/u.test(word));
  if (names.length < 2 || spelt.length > 4 || words.length > 7) return false;
  // "P. S." (a police station's abbreviation) is initials alone: a name has one word spelt out; a lone
  // accented capital ("Â") is a broken space, not an initial
  if (!names.some((word) => /\p{L}{2}/u.test(word)) || names.some((word) => /^[^\p{ASCII}]$/u.test(word)))
    return false;
  return words.every((word) => PARTICLE.test(word) || /^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u.test(word));
}

/** "ravi kumar", "Ravi kumar" as "Ravi Kumar": each word's first letter in capitals, the rest as written */
const capitalised = (text: string) =>
  cleanName(text).replace(
    /(^|[\s'’.-])(\p{Ll})/gu,
    (_whole, before: string, letter: string) => before + letter.toUpperCase(),
  );

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’.-])(\p{L})/gu,
      (_whole, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

const named = (line: string, confidence: number): Confident<string> => ({
  value: titleCase(cleanName(line)),
  confidence,
});

/** The letters of each e-mail address's local part, and of a LinkedIn profile's slug. */
function spellings(emails: string[], links: string[]): string[] {
  const locals = emails.map((email) => email.split("@")[0]);
  const slugs = links.flatMap((link) => /linkedin\.com\/in\/([^/?#]+)/i.exec(link)?.[1] ?? []);
  return [...locals, ...slugs]
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ""))
    .filter((s) => s.length >= 4);
}

/**
 * Every word of three letters or more is a word of job titles ("Adjunct Faculty", "Concrete Construction",
 * "Information Technology"): a heading or a skill of an anonymised CV, unless the e-mail spells part of it.
 */
function readsAsTitleWords(candidate: string): boolean {
  const words = candidate
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3);
  return words.length > 0 && words.every((word) => (TITLE_STEMS[stemmer(word)] ?? 0) >= 2);
}

/** True when some word of three letters or more of the candidate is in a spelling ("turner" in rturner@). */
function spelledInPart(candidate: string, spelled: string[]): boolean {
  const words = candidate
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3);
  return spelled.some((s) => words.some((word) => s.includes(word)));
}

/** True when every word of two letters or more of the candidate is in one spelling ("Vinjamuri Shreyas"). */
function spelledWordByWord(candidate: string, spelled: string[]): boolean {
  const words = candidate
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 2);
  return words.length >= 2 && spelled.some((s) => words.every((word) => s.includes(word)));
}

/**
 * A header line of two or three words whose letters the local part of an e-mail address spells out, in any
 * casing: "Agin sathiya" for aginsathiya@..., "RAVI kumar" for ravi.kumar84@...
 */
function spelledByEmail(lines: string[], spelled: string[]): string | null {
  for (const line of lines) {
    const candidate = cleanName(line.split(/\t|\s[|·•–—-]\s|\s{3,}/)[0]);
    const words = candidate.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{L}{2,}$/u.test(w))) continue;
    if (headingKind(candidate) || isHeadingVocabulary(candidate) || findSkill(candidate)) continue;
    const letters = words.join("").toLowerCase();
    if (letters.length >= 6 && spelled.some((local) => local.includes(letters)))
      return words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(" ");
  }
  return null;
}

export interface NameInput {
  /** the lines of the contact blocks: the header before the first section heading first */
  headerLines: string[];
  allLines: string[];
  /** the first page's largest-font line, when the extractor knows it */
  nameHint?: string;
  links: string[];
}

export interface OwnContacts {
  emails: string[];
  /** the phone numbers as written in the text */
  phones: string[];
}

// The name may share its line with the title or contacts: "Jane Doe | Data Scientist", "Jane Doe — Senior
// Engineer", "Jane Doe    jane@example.com", "Jane Doe jane@example.com Mobile ...", "Jane Doe. Project
// Engineer", "CURRICULUM VITAE – JANE DOE".
const firstPart = (line: string) =>
  (afterDocumentTitle(line) ?? line).split(
    /\t|\s[|·•–—-]\s|,\s|\s{3,}|\.\s+(?=\p{Lu}\p{Ll})|\s(?=[\w.+-]+@[\w-]+\.)/u,
  )[0];
const CONTACT_IN_LINE = /@|\d{5}|\b(?:e-?mail|mobile|mob|phone|tel|cell)\b/i;

/**
 * "Jane Doe Civil Engineer", "JANE DOE B.E. (CIVIL)": a name with the candidate's title or degree after it and no
 * mark between; the first two to four words when they read as a name and the rest as a title or a degree.
 */
function nameBeforeTitle(line: string, isName: (text: string) => boolean): string | null {
  const words = line.trim().split(/\s+/);
  // the shortest name first: the title keeps its own words ("Jane Baker Site Engineer" is Jane Baker, a site
  // engineer), and a title starts with a word of titles ("Ravi Kumar Northgate Site Engineer")
  for (let n = 2; n <= Math.min(4, words.length - 1); n++) {
    const head = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    const title = endsLikeTitle(rest) && qualifiesTitles(words[n]);
    if ((title || educationLevel(rest) !== null) && educationLevel(head) === null && isName(head))
      return head;
  }
  return null;
}

/** The header's name: its first name-like line, or the two lines of a name wrapped in a table cell. */
function headerName(
  headerLines: string[],
  spelled: string[],
  isName: (text: string) => boolean,
): Confident<string> | null {
  const lines = headerLines.slice(0, 8);
  // a line that continues the one before ("..., Keyshot," / "Wacom Tablet, Scanners") is prose or a list
  const index = lines.findIndex(
    (line, i) => isName(firstPart(line)) && !(i > 0 && /[,;]$/.test(lines[i - 1].trim())),
  );
  // a name with its title after it on an earlier line comes first
  const titled = lines
    .slice(0, index < 0 ? lines.length : index)
    .map((line) => nameBeforeTitle(firstPart(line), isName));
  const first = titled.findIndex((name) => name !== null);
  if (first >= 0) return named(titled[first] as string, first === 0 ? 0.85 : 0.7);
  if (index < 0) return null;
  // "CURRICULUM" / "VITAE" / "RAVI" / "MAURYA" / "VILL- ..." / "Utter Pradesh": a name broken a word a line
  // above the first line that reads as one is the name
  const above = brokenName(lines.slice(0, index), isName);
  if (above) return named(above, 0.7);
  const name = cleanName(firstPart(lines[index]));
  // "Hassna Mohammad   mobile: ..." over "Hanif Abbas   email: ...": a name cell wrapped beside the contacts
  const next = lines[index + 1];
  if (next && CONTACT_IN_LINE.test(lines[index].slice(name.length)) && CONTACT_IN_LINE.test(next)) {
    const rest = cleanName(firstPart(next));
    const joined = `${name} ${rest}`;
    if (/^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u.test(rest) && !looksLikeLocation(rest) && isName(joined))
      return named(joined, 0.8);
  }
  const wrapped = wrappedOn(name, next ?? "", isName);
  if (wrapped) return named(wrapped, 0.8);
  // "Shreyas Vinjmauri" over "VINJAMURI SHREYAS" and shreyas.vinjamuri@...: the spelling the address confirms
  if (!spelledWordByWord(name, spelled)) {
    const confirmed = lines.find(
      (line) => isName(firstPart(line)) && spelledWordByWord(firstPart(line), spelled),
    );
    if (confirmed) return named(firstPart(confirmed), 0.85);
  }
  return named(name, index === 0 ? 0.9 : 0.75);
}

/** A name-like line just above (or else just below) the candidate's own e-mail or phone number. */
function besideContacts(
  lines: string[],
  own: OwnContacts,
  isName: (text: string) => boolean,
): Confident<string> | null {
  const values = [...own.emails, ...own.phones].map((value) => value.toLowerCase());
  for (const [i, line] of lines.entries()) {
    if (!values.some((value) => line.toLowerCase().includes(value))) continue;
    const near = [i - 1, i - 2, i - 3, i + 1, i + 2, i + 3].filter((j) => j >= 0 && j < lines.length);
    const found = near.map((j) => lines[j].split(/\t|\s{3,}/)[0]).find((part) => isName(part));
    if (found) return named(found, 0.7);
  }
  return null;
}

/**
 * "RAVI KUMAR" over "PANDEY", "Name: J.RAVI" over "KUMAR": a surname wrapped onto a line of its own, in the same
 * capitals; the name with it, or null
 */
function wrappedOn(
  name: string,
  next: string,
  isName: (text: string) => boolean = looksLikeName,
): string | null {
  const single = next.trim();
  return /^\p{Lu}[\p{L}'’-]+$/u.test(single) &&
    (single === single.toUpperCase()) === (name === name.toUpperCase()) &&
    name.split(/\s+/).length <= 3 &&
    // a name that ends in an initial ("Lekshmi .P") is whole; the line below is its address
    !/(?:^|[\s.])\p{Lu}\.?$/u.test(name) &&
    !looksLikeLocation(single) &&
    !headingKind(single) &&
    isName(`${name} ${single}`)
    ? `${name} ${single}`
    : null;
}

const ONE_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u;

function brokenName(lines: string[], isName: (text: string) => boolean): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [first, second] = [lines[i].trim(), lines[i + 1].trim()];
    if (!ONE_WORD.test(first) || !ONE_WORD.test(second)) continue;
    if ((first === first.toUpperCase()) !== (second === second.toUpperCase())) continue;
    if ([first, second].some((word) => headingKind(word) || looksLikeLocation(word))) continue;
    if (isName(`${first} ${second}`)) return `${first} ${second}`;
  }
  return null;
}

// "A VIJIT G HOSH": small capitals whose larger first letters the text set apart, two names at least
const SPLIT_SMALL_CAPS = /^\p{Lu} \p{Lu}\p{L}+(?: \p{Lu} \p{Lu}\p{L}+)+$/u;

export function findName(input: NameInput, own: OwnContacts): Confident<string> | null {
  const found = pickName(input, own);
  if (!found || !SPLIT_SMALL_CAPS.test(found.value)) return found;
  const value = found.value.replace(
    /(\p{Lu}) (\p{Lu})(\p{L}+)/gu,
    (_whole, first: string, second: string, rest: string) => first + (second + rest).toLowerCase(),
  );
  return { ...found, value };
}

function pickName(input: NameInput, own: OwnContacts): Confident<string> | null {
  const top = input.allLines.slice(0, 60);
  for (const [i, line] of top.entries()) {
    const marked = NAME_LABEL.exec(line.trim());
    const labelled = marked ?? NAME_WORD_ALONE.exec(line.trim());
    if (labelled && looksLikeName(labelled[1]))
      return named(wrappedOn(cleanName(labelled[1]), top[i + 1] ?? "") ?? labelled[1], 0.95);
    // "Name : ravi kumar": after a marked label, a name in any case
    if (marked && looksLikeName(capitalised(marked[1]))) return named(capitalised(marked[1]), 0.9);
  }
  const spelled = spellings(own.emails, input.links);
  // a line that reads as job-title words is a heading or a skill unless the e-mail confirms it
  const isName = (text: string) =>
    looksLikeName(text) && (!readsAsTitleWords(cleanName(text)) || spelledInPart(text, spelled));
  if (input.nameHint && isName(input.nameHint)) return named(input.nameHint, 0.92);
  // "CURRICULAM VIATE – JANE DOE" anywhere near the top names the candidate
  for (const line of top) {
    const titled = afterDocumentTitle(line);
    if (titled && isName(titled)) return named(titled, 0.9);
  }
  const header = headerName(input.headerLines, spelled, isName);
  if (header) return header;
  // A name in lower case ("Agin sathiya") that the e-mail address spells out ("aginsathiya@...")
  const spelledName = spelledByEmail(input.headerLines.slice(0, 3), spelled);
  if (spelledName) return { value: spelledName, confidence: 0.7 };
  // A name broken over two lines near the top, a word each in the same case: "Camryn" / "Hilliard", "RAVI" /
  // "KUMARASWAMY" (also under a document title)
  const broken = brokenName(input.headerLines.slice(0, 4), isName);
  if (broken) return { value: broken, confidence: 0.6 };
  const beside = besideContacts(input.allLines, own, isName);
  if (beside) return beside;
  // Outside the header, only a line standing alone between blank lines or at the very top may be the name.
  const early = input.allLines.slice(0, 40);
  const anywhere = early.find(
    (line, i) =>
      isName(line) &&
      !/[,;:]$/.test(line.trim()) &&
      (i === 0 || early[i - 1].trim() === "") &&
      /^\s*(\S+(\s+\S+){0,3})?\s*$/.test(early[i + 1] ?? "") &&
      !/[.,;:]$/.test((early[i + 1] ?? "").trim()),
  );
  if (anywhere) return named(anywhere, 0.5);
  // The signature under the declaration at the end: "Place: ... / Date: ... / (NAME)"
  const tail = input.allLines.slice(-12);
  const signed = tail.findIndex((line) =>
    /\b(?:declar|place\s*:|date\s*:|yours (?:faithfully|sincerely|truly))/i.test(line),
  );
  if (signed >= 0) {
    const signature = tail
      .slice(signed)
      .map((line) => line.replace(/^.*\b(?:faithfully|sincerely|truly|place|date)\b\s*:?\s*/i, "").trim())
      .find((line) => isName(line.replace(/^\(|\)$/g, "")));
    if (signature) return named(signature.replace(/^\(|\)$/g, ""), 0.55);
  }
  return null;
}
