// An organisation's name as a field or header states it, without what CVs append to it: the place
// ("Acme Ltd-Pune, India", "Acme Ltd, Chennai"), a note in brackets ("(A part of Acme Group, USA)",
// "( ISO-9001 certified"), a trailing dash or dot.
import { LEGAL_FORMS } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";

/** "Mumbai, India", "Coimbatore - India", "Muscat": every part a place. */
function isPlace(text: string): boolean {
  const parts = text.split(/\s*,\s*|\s+[-–—]\s+/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => looksLikeLocation(part));
}

/** "TALOJA- NAVI MUMBAI", "Hinjewadi, Pune": a locality the gazetteer may not know, then a place it knows. */
function isLocalityInPlace(text: string): boolean {
  const parts = text.split(/\s*[,–—-]\s*/).filter(Boolean);
  const last = parts.pop();
  return (
    last !== undefined &&
    parts.length > 0 &&
    looksLikeLocation(last) &&
    parts.every((part) => /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(part))
  );
}

/** A bracketed note that is no part of the name: a place, a figure, or a phrase (lower-case words) of more than three words. */
function isNote(inside: string): boolean {
  const text = inside.trim();
  return (
    isPlace(text) ||
    isLocalityInPlace(text) ||
    /\d/.test(text) ||
    (text.split(/\s+/).length > 3 && /(?<!\S)\p{Ll}/u.test(text))
  );
}

// a place after a legal form with a space only: "Acme Traders Pvt. Ltd. Delhi"
const PLACE_AFTER_LEGAL_FORM = new RegExp(
  String.raw`(?<=\b(?:co|${LEGAL_FORMS})\.?)\s+((?!${LEGAL_FORMS}\b)\p{L}{3,20}(?:\s\p{L}{3,20})?)$`,
  "iu",
);

// where an address starts after the name: a post box; a house number after the name's organisation word ("Acme
// Consultants 89, Gujarat Vihar"); anything after a legal form and its comma ("Acme India Pvt. Ltd., Acme House,
// Nehru Place", "Acme Ltd., Sector 18, Noida")
const ADDRESS = new RegExp(
  String.raw`(?:[\s,]+p\.?\s?o\.?\s*box\b|(?<=\b(?:consultants|associates|engineers|builders|contractors|enterprises|industries|services|solutions|group|company|corporation|${LEGAL_FORMS})\.?)\s\d{1,4}[a-z]?,\s|(?<=\b${LEGAL_FORMS}\.?),\s(?!\s*${LEGAL_FORMS}\b)).*$`,
  "iu",
);

// "Acme Engineers Pvt Ltd, Taloja", "Acme LLC - Jubail": after a legal form and its comma or dash, a word or two
// in capitals is the place (a town the gazetteer may not know), not the name
const ENDS_WITH_LEGAL_FORM = new RegExp(String.raw`\b(?:${LEGAL_FORMS})\.?$`, "iu");
// (with a space only, "Acme Pvt Ltd Taloja", one word that names no organisation: "Acme Ltd Engineering Services"
// keeps its words)
function townAfterLegalForm(name: string, tail: RegExpExecArray, spaced: boolean): boolean {
  if (spaced && (/\s/.test(tail[1].trim()) || companyScore(tail[1]) > 0 || titleScore(tail[1]) > 0))
    return false;
  return (
    ENDS_WITH_LEGAL_FORM.test(name.slice(0, tail.index).trim()) &&
    /^\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?\.?\s*$/u.test(tail[1]) &&
    !new RegExp(String.raw`^\s*(?:${LEGAL_FORMS})\b`, "iu").test(tail[1])
  );
}

export function organisationName(value: string): string {
  // (a full stop after a closing bracket closes the line, not the note: "Acme Engg, Ludhiana (Punjab).")
  let name = value.trim().replace(ADDRESS, "").replace(/\)\.$/, ")");
  // an unclosed bracket runs on into a note: "High Polymer Labs Ltd ( ISO-9001, ISO-14000 and"
  const open = name.lastIndexOf("(");
  if (open > 0 && name.indexOf(")", open) === -1) name = name.slice(0, open).trim();
  const note = /\s*\(([^()]*)\)\s*$/.exec(name);
  if (note && note.index > 0 && isNote(note[1])) name = name.slice(0, note.index).trim();
  // "Acme Ltd-Pune, India", "Acme Ltd, Chennai", "Acme Ltd – Muscat – Oman": a place after the name
  for (;;) {
    // or after a legal form with a space only: "Acme Traders Pvt. Ltd. Delhi"
    const parted = /(?:\s*[-–—]\s*|,\s*)([^,()–—-]+)$/.exec(name);
    const tail = parted ?? PLACE_AFTER_LEGAL_FORM.exec(name);
    if (!tail || tail.index === 0 || !(isPlace(tail[1]) || townAfterLegalForm(name, tail, parted === null)))
      break;
    name = name.slice(0, tail.index).trim();
  }
  name = name.replace(/[\s,;:–—-]+$/, "");
  // a closing dot belongs to an abbreviation ("B.V.", "Pvt. Ltd."), not to a name ("Acme Engineering.")
  return /(?:\b\p{L}{1,2}\.){2,}$|\b(?:inc|ltd|co|corp|pvt|bros|intl)\.$/iu.test(name)
    ? name
    : name.replace(/[\s.]+$/, "");
}
