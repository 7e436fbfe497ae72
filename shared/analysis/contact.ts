// Contact details from the CV: name, e-mails, phones (E.164), classified links and location.

import { findSkill } from "../taxonomy/index.ts";
import { findPlaces } from "./gazetteer.ts";
import { headingKind } from "./headings.ts";
import { isHeadingVocabulary } from "./headingWords.ts";
import { findLocation } from "./location.ts";
import { findPhones, isRegion, regionOfInternationalNumber } from "./phones.ts";
import { findCountry, looksLikeLocation, REGION_BY_LANGUAGE } from "./places.ts";
import { endsLikeTitle } from "./titles.ts";
import type { Confident, Contact, ContactLink } from "./types.ts";

// The local part starts with a letter or digit: "EMAIL:-a@b.com" is "a@b.com"
const EMAIL = /(?<![\w.+])[\p{L}\d][\w.+-]*@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/giu;
// "name @gmail.com": a stray space before a webmail domain
const SPACED_WEBMAIL =
  /(?<![\w.+-])([\p{L}\d][\w.+-]*)\s@\s?((?:gmail|yahoo|ymail|hotmail|outlook|live|rediffmail|icloud|aol|protonmail)\.[a-z.]{2,})/giu;
const URL_PATTERN =
  /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+|(?:[a-z]{2,3}\.)?linkedin\.com\/[^\s<>"')\]]+|github\.com\/[^\s<>"')\]]+|gitlab\.com\/[^\s<>"')\]]+)/gi;
const PORTFOLIO_HOSTS =
  /(behance\.net|dribbble\.com|medium\.com|dev\.to|kaggle\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|\.github\.io|\.dev$|\.me$|\.io$|\.design$|\.page$|\.site$|\.tech$)/i;
const NAME_LABEL =
  /^(?:name|full name|vor- und nachname|nom|nom complet|nombre|nombre completo|nome|nome completo|naam)\s*[:：]\s*(.+)$/i;

export function classifyLink(url: string): ContactLink["kind"] {
  const lower = url.toLowerCase();
  if (lower.includes("linkedin.com/")) return "linkedin";
  if (/github\.com\//.test(lower) && !/\.github\.io/.test(lower)) return "github";
  const host = lower.replace(/^https?:\/\//, "").split("/")[0];
  return PORTFOLIO_HOSTS.test(host) || PORTFOLIO_HOSTS.test(lower) ? "portfolio" : "other";
}

export function normalizeUrl(raw: string): string {
  const trimmed = raw.replace(/[.,;:]+$/, "");
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function findEmails(text: string): string[] {
  const joined = text.replace(SPACED_WEBMAIL, "$1@$2");
  return [
    ...new Set(
      (joined.match(EMAIL) ?? []).map((email) =>
        email
          .toLowerCase()
          // a label glued to the address ("id-", "mail:") and a word glued after it ("...comskype")
          .replace(/^(?:e-?mail-?id|e-?mail|mail|id)[-:]+/, "")
          .replace(
            /\.(com|in|org|net|co\.in|co\.uk)(?:skype|linkedin|phone|mobile|mob|contact|address|tel|cell|ph)$/,
            ".$1",
          ),
      ),
    ),
  ];
}

export function findLinks(text: string, extraTargets: string[]): ContactLink[] {
  const seen = new Map<string, ContactLink>();
  const add = (raw: string) => {
    if (/^(mailto|tel):/i.test(raw) || raw.includes("@")) return;
    const url = normalizeUrl(raw);
    const key = url
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, "")
      .replace(/\/$/, "");
    if (!seen.has(key)) seen.set(key, { kind: classifyLink(url), url });
  };
  for (const match of text.matchAll(URL_PATTERN)) add(match[0]);
  for (const target of extraTargets) if (/^https?:\/\//i.test(target)) add(target);
  return [...seen.values()];
}

const NOT_NAME_WORDS =
  /\b(curriculum|vitae|resume|résumé|lebenslauf|cv|currículo|page|seite|engineer|developer|manager|consultant|analyst|designer|university|universität|gmbh|inc|ltd|street|straße|strasse|rue|calle|skills|experience|summary|profile|contact|email|phone|address|linkedin|github|senior|junior|lead|team|data|software|product|marketing|sales|director|ingénieur|entwickler|desarrollador|sviluppatore|ontwikkelaar|berater|développeur|engenheiro|ingegnere|specialist|scientist|architect|intern|student|company|name|names|full|your|firstname|lastname|status|code|pin|passport|birth|date|visa|marital|nationality|religion|gender|sex|father|mother|husband|spouse|age|nagar|colony|road|lane|sector|vill|village|post|dist|district|block|phase|apartment|flat|house|near|govt|government|higher|secondary|school|college|services|declaration|objective|career|carrier)\b/i;
// "Curicullum Vaite", "Curriculam Vitea", "Resume": misspelt document titles
const DOCUMENT_TITLE =
  /\b(?:c\w{0,3}r{1,2}\w{0,2}c{1,2}\w{0,2}l{1,2}\w{0,2}m|v\w{0,2}[ai]\w{0,2}t\w{0,2}e|bio[- ]?data)\b/i;

/** A person's name: two to four capitalised words, letters, hyphens and apostrophes only. */
/** "S.Malarvizhi", "VINOTH.C", "LEKSHMI .P": initials joined to a name read as words of their own. */
function spacedInitials(line: string): string {
  return line.replace(/\s*\.\s*(?=\p{L})/gu, ". ").replace(/[.,]+$/, "");
}

/** A name as written, without a bullet, a label's dash or a closing full stop. */
export function cleanName(line: string): string {
  return (
    line
      .replace(/^[\s•●▪■◦○·*‣⁃–—:-]+/, "")
      .replace(/[\s,]+$/, "")
      // a sentence's full stop goes; the one closing initials stays ("Sharanya P.V.")
      .replace(/(?<=\p{L}{2})\.+$/u, "")
      .trim()
  );
}

export function looksLikeName(raw: string): boolean {
  const line = spacedInitials(cleanName(raw));
  const trimmed = line.trim();
  if (trimmed.length < 4 || trimmed.length > 50 || trimmed.includes("\t") || NOT_NAME_WORDS.test(trimmed))
    return false;
  if (DOCUMENT_TITLE.test(trimmed)) return false;
  if (headingKind(trimmed) || looksLikeLocation(trimmed) || isHeadingVocabulary(trimmed)) return false;
  // a job title ("Chef Instructor", "Vice President"), a skill ("Core Java") or run-together text ("SuppCRAIG")
  if (endsLikeTitle(trimmed) || findSkill(trimmed) || /\p{Ll}\p{Lu}{2}/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  const particle = /^(van|von|de|der|den|da|di|du|del|della|dos|das|le|la|los|las|ter|zu|y|e)$/;
  // "María de los Ángeles García López": particles do not count towards the two to four names.
  const names = words.filter((word) => !particle.test(word));
  if (names.length < 2 || names.length > 4 || words.length > 7) return false;
  return words.every((word) => particle.test(word) || /^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u.test(word));
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’.-])(\p{L})/gu,
      (_whole, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

export interface ContactInput {
  text: string;
  /** the lines before the first section heading, then the rest of the document */
  headerLines: string[];
  allLines: string[];
  links: string[];
  /** the first page's largest-font line, when the extractor knows it */
  nameHint?: string;
  /** text of sections where numbers are others' (referees, employers' offices): used only when nothing else is */
  othersText?: string;
  defaultRegion?: string;
  documentLanguage: string;
}

/** The country whose places the text names most often (two mentions at least), or null. */
function mostNamedCountry(text: string): string | null {
  const counts = new Map<string, number>();
  for (const mention of findPlaces(text))
    counts.set(mention.place.country, (counts.get(mention.place.country) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : null;
}

/** Regions to try, best evidence first: a country-coded number, a named place, the caller's default, the language. */
export function phoneRegions(input: ContactInput): string[] {
  const header = input.headerLines.join("\n");
  const candidates = [
    regionOfInternationalNumber(input.text),
    findCountry(header),
    // the CV's own places (schools, employers, addresses) come before the caller's default
    mostNamedCountry(input.text),
    input.defaultRegion?.toUpperCase(),
    findCountry(input.text),
    REGION_BY_LANGUAGE[input.documentLanguage],
    "US",
  ];
  return [...new Set(candidates.filter((region): region is string => isRegion(region ?? undefined)))];
}

/**
 * A header line of two or three words whose letters the local part of an e-mail address spells out, in any
 * casing: "Agin sathiya" for aginsathiya@..., "RAVI kumar" for ravi.kumar84@...
 */
function spelledByEmail(lines: string[], emails: string[]): string | null {
  const locals = emails.map((email) =>
    email
      .split("@")[0]
      .toLowerCase()
      .replace(/[^a-z]/g, ""),
  );
  for (const line of lines) {
    const candidate = cleanName(line.split(/\t|\s[|·•–—-]\s|\s{3,}/)[0]);
    const words = candidate.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{L}{2,}$/u.test(w))) continue;
    if (headingKind(candidate) || isHeadingVocabulary(candidate) || findSkill(candidate)) continue;
    const letters = words.join("").toLowerCase();
    if (letters.length >= 6 && locals.some((local) => local.includes(letters)))
      return words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(" ");
  }
  return null;
}

function findName(input: ContactInput, emails: string[]): Confident<string> | null {
  for (const line of input.allLines.slice(0, 60)) {
    const labelled = NAME_LABEL.exec(line.trim());
    if (labelled && looksLikeName(labelled[1]))
      return { value: titleCase(cleanName(labelled[1])), confidence: 0.95 };
  }
  if (input.nameHint && looksLikeName(input.nameHint)) {
    return { value: titleCase(cleanName(input.nameHint)), confidence: 0.92 };
  }
  // The name may share its line with the title or contacts: "Jane Doe | Data Scientist", "Jane Doe — Senior
  // Engineer", "Jane Doe    jane@example.com", "Jane Doe. Project Engineer", "CURRICULUM VITAE – JANE DOE".
  const parts = (line: string) =>
    line
      .replace(/^.*?\b(?:curriculum vitae|resume|bio-?data)\s*[–—:-]\s*/i, "")
      .split(/\t|\s[|·•–—-]\s|,\s|\s{3,}|\.\s+(?=\p{Lu}\p{Ll})/u)[0];
  const headerIndex = input.headerLines.slice(0, 8).findIndex((line) => looksLikeName(parts(line)));
  if (headerIndex >= 0) {
    const name = cleanName(parts(input.headerLines[headerIndex]));
    return { value: titleCase(name), confidence: headerIndex === 0 ? 0.9 : 0.75 };
  }
  // A name in lower case ("Agin sathiya") that the e-mail address spells out ("aginsathiya@...")
  const spelled = spelledByEmail(input.headerLines.slice(0, 3), emails);
  if (spelled) return { value: spelled, confidence: 0.7 };
  // A name broken over the first two lines: "Camryn" / "Hilliard"
  const [first, second] = input.headerLines;
  if (first && second && /^\p{Lu}\p{Ll}+$/u.test(first.trim()) && /^\p{Lu}\p{Ll}+$/u.test(second.trim())) {
    const joined = `${first.trim()} ${second.trim()}`;
    if (looksLikeName(joined)) return { value: joined, confidence: 0.6 };
  }
  // Outside the header, only a line standing alone between blank lines or at the very top may be the name.
  const top = input.allLines.slice(0, 40);
  const anywhere = top.find(
    (line, i) =>
      looksLikeName(line) &&
      !/[,;:]$/.test(line.trim()) &&
      (i === 0 || top[i - 1].trim() === "") &&
      /^\s*(\S+(\s+\S+){0,3})?\s*$/.test(top[i + 1] ?? "") &&
      !/[.,;:]$/.test((top[i + 1] ?? "").trim()),
  );
  if (anywhere) return { value: titleCase(cleanName(anywhere)), confidence: 0.5 };
  // The signature under the declaration at the end: "Place: ... / Date: ... / (NAME)"
  const tail = input.allLines.slice(-12);
  const signed = tail.findIndex((line) =>
    /\b(?:declar|place\s*:|date\s*:|yours (?:faithfully|sincerely|truly))/i.test(line),
  );
  if (signed >= 0) {
    const signature = tail
      .slice(signed)
      .map((line) => line.replace(/^.*\b(?:faithfully|sincerely|truly|place|date)\b\s*:?\s*/i, "").trim())
      .find((line) => looksLikeName(line.replace(/^\(|\)$/g, "")));
    if (signature)
      return { value: titleCase(cleanName(signature.replace(/^\(|\)$/g, ""))), confidence: 0.55 };
  }
  return null;
}

/** The country of the candidate's first phone number, from its country code. */
function regionOfFirst(e164: string[]): string | null {
  const first = e164[0];
  return first ? regionOfInternationalNumber(first) : null;
}

export function extractContact(input: ContactInput): Contact {
  const regions = phoneRegions(input);
  const headerText = input.headerLines.join("\n");
  // referees' and employers' addresses count only when the CV gives no other
  const foundEmails = findEmails(input.text);
  const othersEmails = new Set(findEmails(input.othersText ?? ""));
  const ownEmails = foundEmails.filter((email) => !othersEmails.has(email));
  const emails = (ownEmails.length > 0 ? ownEmails : foundEmails).map((value) => ({
    value,
    confidence: headerText.toLowerCase().includes(value) ? 0.98 : 0.85,
  }));
  const all = findPhones(input.text, regions);
  const others = input.othersText ?? "";
  const own = all.filter((phone) => !others.includes(phone.raw));
  const phones = (own.length > 0 ? own : all)
    .slice(0, 3)
    .map((phone) => ({ value: phone.e164, confidence: phone.raw.startsWith("+") ? 0.95 : 0.85 }));
  const links = findLinks(input.text, input.links).map((value) => ({
    value,
    confidence: value.kind === "other" ? 0.6 : 0.9,
  }));
  return {
    name: findName(input, foundEmails),
    emails,
    phones,
    links,
    location: findLocation(input, regionOfFirst(phones.map((p) => p.value)), looksLikeName),
  };
}
