// Removes personal data from an analysis and its text: name, e-mails, phones, links, street addresses, photos,
// and the personal details of redactPersonal.ts (birth date, ID numbers, relatives, religion, postcodes, referees).
import { personalSpans } from "./redactPersonal.ts";
import { escapeRegExp } from "./regexText.ts";
import type { AnalysisResult, Section } from "./types.ts";

interface Span {
  start: number;
  end: number;
  placeholder: string;
}

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
const URL_LIKE =
  /\b(?:https?:\/\/\S+|www\.\S+|(?:[a-z]{2,3}\.)?linkedin\.com\/\S+|github\.com\/\S+|gitlab\.com\/\S+|(?<![\w.-])[\w-]+\.(?:github\.io|dev|me|io)\/?\S*)/gi;
const PHONE_CANDIDATE = /(?<![\w+@/.-])(?:\+|00)?\(?\d[\d ().\-/]{5,22}\d(?![\w@])/g;
const STREET =
  /(?:\b\d{1,5}[ \t]+(?:[A-Z][\w'-]*[ \t]){1,4}(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.|lane|drive|way|place)\b|\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|laan|straat|gracht|plein|dijk)\s+\d+[a-z]?\b|\b(?:rue|avenue|boulevard|chemin|calle|avenida|av\.|plaza|paseo|rua|travessa|largo|via|viale|piazza|corso)\s+(?:[\p{L}'’-]+\s){0,4}?\d{1,4}[a-z]?\b|\b\d{1,4},?\s+(?:rue|avenue|boulevard|chemin|via|rua)\s+[\p{L}'’ -]{2,40}|\b(?:\d{5}|(?!19|20)\d{4})[ \t]+[\p{Lu}][\p{L}-]+(?=[ \t]*(?:$|[,|\n])))/gmu;
const PHOTO =
  /\b(?:photo|foto|picture|bild|profile picture|headshot)\s*[:：]?\s*\S{0,256}\.(?:jpe?g|png|gif|webp|heic)\b|\[(?:photo|foto|image)\]|(?<!\S)\S+\.(?:jpe?g|png|heic|webp)\b/giu;

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/** `whole`: the text is the CV's whole text, so the references sections' offsets apply to it */
function collectSpans(text: string, result: AnalysisResult, whole = false): Span[] {
  const referees = whole ? result.analysis.sections.filter((s) => s.kind === "references") : [];
  const spans: Span[] = personalSpans(text, referees, whole);
  const add = (pattern: RegExp, placeholder: string) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].length, placeholder });
    }
  };
  add(EMAIL, "[EMAIL]");
  add(URL_LIKE, "[LINK]");
  add(PHOTO, "[PHOTO]");
  add(STREET, "[ADDRESS]");
  const phoneDigits = result.analysis.contact.phones.map((phone) => digitsOf(phone.value));
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    // A written number matches a found one when its digits, trunk zero dropped, end the E.164 digits.
    const digits = digitsOf(match[0]).replace(/^00/, "").replace(/^0/, "");
    if (digits.length >= 7 && phoneDigits.some((phone) => phone.endsWith(digits) || digits.endsWith(phone))) {
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].trimEnd().length, placeholder: "[PHONE]" });
    }
  }
  const name = result.analysis.contact.name?.value;
  if (name) {
    const words = name.split(/\s+/).map(escapeRegExp);
    add(new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "giu"), "[NAME]");
  }
  // Earlier and longer spans win where two patterns overlap.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}

function applySpans(text: string, spans: Span[]): { text: string; mapOffset: (offset: number) => number } {
  let out = "";
  let cursor = 0;
  const shifts: { at: number; delta: number }[] = [];
  let delta = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + span.placeholder;
    delta += span.placeholder.length - (span.end - span.start);
    shifts.push({ at: span.end, delta });
    cursor = span.end;
  }
  out += text.slice(cursor);
  const mapOffset = (offset: number) => {
    let shift = 0;
    for (const entry of shifts) if (entry.at <= offset) shift = entry.delta;
    return offset + shift;
  };
  return { text: out, mapOffset };
}

/** Redacts any string the same way the text is redacted, for fields such as highlights and the summary. */
function redactString(value: string, result: AnalysisResult): string {
  return applySpans(value, collectSpans(value, result)).text;
}

function redactStrings<T>(value: T, result: AnalysisResult): T {
  if (typeof value === "string") return redactString(value, result) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, result)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactStrings(item, result)]),
    ) as T;
  }
  return value;
}

export function redactAnalysis(result: AnalysisResult): AnalysisResult {
  const { text, mapOffset } = applySpans(result.text, collectSpans(result.text, result, true));
  const { contact, sections, ...rest } = result.analysis;
  const redactedSections: Section[] = sections.map((section) => ({
    ...section,
    start: mapOffset(section.start),
    end: mapOffset(section.end),
  }));
  const location = contact.location
    ? { ...contact.location, value: redactString(contact.location.value, result) }
    : null;
  return {
    text,
    analysis: {
      ...redactStrings(rest, result),
      contact: {
        name: contact.name ? { ...contact.name, value: "[NAME]" } : null,
        emails: contact.emails.map((email) => ({ ...email, value: "[EMAIL]" })),
        phones: contact.phones.map((phone) => ({ ...phone, value: "[PHONE]" })),
        links: contact.links.map((link) => ({ ...link, value: { kind: link.value.kind, url: "[LINK]" } })),
        location,
      },
      sections: redactedSections,
    },
  };
}
