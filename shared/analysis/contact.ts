// Contact details from the CV: name, e-mails, phones (E.164), classified links and location.

import { findLocation } from "./location.ts";
import { findName, looksLikeName } from "./names.ts";
import { onlyInOthersLines, othersContactLines } from "./othersContacts.ts";
import { phoneRegions } from "./phoneCountry.ts";
import { findPhones, regionOfInternationalNumber } from "./phones.ts";
import type { Contact, ContactLink } from "./types.ts";

// The local part starts with a letter or digit: "EMAIL:-a@b.com" is "a@b.com"
const EMAIL = /(?<![\w.+])[\p{L}\d][\w.+-]*@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/giu;
// "name @gmail.com": a stray space before a webmail domain
const WEBMAIL = [
  "gmail",
  "yahoo",
  "ymail",
  "hotmail",
  "outlook",
  "live",
  "rediffmail",
  "icloud",
  "aol",
  "protonmail",
];
const SPACED_WEBMAIL = new RegExp(
  `(?<![\\w.+-])([\\p{L}\\d][\\w.+-]*)\\s@\\s?((?:${WEBMAIL.join("|")})\\.[a-z.]{2,})`,
  "giu",
);
// "name@gma il.com", "name@hot mail.com": a space inside a webmail domain
const SPLIT_WEBMAIL = /@([a-z]{1,9}) ([a-z]{1,9})(?=\.[a-z]{2,})/gi;
const URL_PATTERN =
  /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[^\s<>"')\]]+|(?:[a-z]{2,3}\.)?linkedin\.com\/[^\s<>"')\]]+|github\.com\/[^\s<>"')\]]+|gitlab\.com\/[^\s<>"')\]]+)/gi;
const PORTFOLIO_HOSTS =
  /(behance\.net|dribbble\.com|medium\.com|dev\.to|kaggle\.com|gitlab\.com|bitbucket\.org|stackoverflow\.com|\.github\.io|\.dev$|\.me$|\.io$|\.design$|\.page$|\.site$|\.tech$)/i;

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
  const joined = text
    .replace(SPACED_WEBMAIL, "$1@$2")
    .replace(SPLIT_WEBMAIL, (whole, a: string, b: string) =>
      WEBMAIL.includes(`${a}${b}`.toLowerCase()) ? `@${a}${b}` : whole,
    );
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

export interface ContactInput {
  text: string;
  /** the lines of the contact blocks: the header before the first section heading, then personal details */
  headerLines: string[];
  allLines: string[];
  links: string[];
  /** the first page's largest-font line, when the extractor knows it */
  nameHint?: string;
  /** text of sections where numbers are others' (referees, employers' offices): used only when nothing else is */
  othersText?: string;
  /** text of the work-history sections: an employer's office number there is never the candidate's */
  employersText?: string;
  defaultRegion?: string;
  documentLanguage: string;
}

/** The country of the candidate's first phone number, from its country code. */
function regionOfFirst(e164: string[]): string | null {
  const first = e164[0];
  return first ? regionOfInternationalNumber(first) : null;
}

/** How many of the document's first lines hold the candidate's own header (three non-empty lines at least). */
function leadingHeaderLength(allLines: string[], headerLines: string[]): number {
  let header = 0;
  let nonEmpty = 0;
  let end = 0;
  for (const [i, line] of allLines.entries()) {
    if (line.trim() === "") continue;
    if (line === headerLines[header]) header++;
    else if (nonEmpty >= 3) break;
    nonEmpty++;
    end = i + 1;
  }
  return end;
}

export function extractContact(input: ContactInput): Contact {
  const regions = phoneRegions(input);
  const headerText = input.headerLines.join("\n").toLowerCase();
  const foundEmails = findEmails(input.text);
  const foundPhones = findPhones(input.text, regions);
  const sectionOthers = input.othersText ?? "";
  const sectionEmails = new Set(findEmails(sectionOthers));
  const ownLines = leadingHeaderLength(input.allLines, input.headerLines);
  // a number in the work history is an employer's office ("Bangalore - 560019. Ph: 080 ...") unless its
  // line labels it as a mobile or carries an e-mail address, as the candidate's own details do
  const employers = (input.employersText ?? "").split("\n");
  const employersNumber = (raw: string) =>
    employers.some((line) => line.includes(raw) && !/@|\b(?:mobile|cell|e-?mail)\b/i.test(line));
  // A referee's or supervisor's block is another person's wherever it stands; a References or Experience
  // section's contacts count only when the CV gives no other (its own under "References: on request").
  const candidates = (ownName?: string) => {
    const othersLines = othersContactLines(input.allLines, ownLines, ownName);
    const attributed = (raw: string) => onlyInOthersLines(raw, input.allLines, othersLines);
    const emails = foundEmails.filter((email) => !attributed(email));
    const phones = foundPhones.filter((phone) => !attributed(phone.raw) && !employersNumber(phone.raw));
    const ownEmails = emails.filter((email) => !sectionEmails.has(email));
    const ownPhones = phones.filter((phone) => !sectionOthers.includes(phone.raw));
    const usable = ownPhones.length > 0 ? ownPhones : phones;
    // an office line is the candidate's only when the CV gives no other number
    const personal = usable.filter((phone) => !phone.office);
    return {
      emails: ownEmails.length > 0 ? ownEmails : emails,
      phones: personal.length > 0 ? personal : usable,
      // what stands outside every others' section and block, for the name beside it
      surelyOwn: { emails: ownEmails, phones: ownPhones.map((phone) => phone.raw) },
    };
  };
  const first = candidates();
  const name = findName(input, first.surelyOwn);
  const own = name ? candidates(name.value) : first;
  const emails = own.emails.map((value) => ({ value, confidence: headerText.includes(value) ? 0.98 : 0.85 }));
  const phones = own.phones
    .slice(0, 3)
    .map((phone) => ({ value: phone.e164, confidence: phone.raw.startsWith("+") ? 0.95 : 0.85 }));
  const links = findLinks(input.text, input.links).map((value) => ({
    value,
    confidence: value.kind === "other" ? 0.6 : 0.9,
  }));
  return {
    name,
    emails,
    phones,
    links,
    location: findLocation(
      input,
      regionOfFirst(phones.map((p) => p.value)),
      looksLikeName,
      name?.value ?? null,
    ),
  };
}
