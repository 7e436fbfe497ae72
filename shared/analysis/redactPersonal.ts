// Personal details a blind review must not show, beyond contact data: date of birth and age, passport and
// other ID numbers, parents' and spouse's names, religion, caste, nationality, marital status and gender,
// postcodes, and
// the referees (names and contacts of other people). Labelled values ("Date of Birth : 12-03-1990") lose the
// value and keep the label, so the reader sees that something was there; a references section loses its body.
//
// Every pattern is anchored on a literal label or a fixed shape and reads a bounded value, so the time stays
// linear in the text, whatever a hostile upload holds.

export interface PersonalSpan {
  start: number;
  end: number;
  placeholder: string;
}

// A value runs to the end of its line, a tab, a bar, or two spaces (the next column of a details table),
// at most 80 characters.
const VALUE = String.raw`([^\s|][^\n\t|]{0,79}?)(?=\s{2,}|[\t|\n]|$)`;
// After a label: a colon, dash or full stop (even two: ":-"), a tab (a table's next cell), or nothing before a
// digit ("DOB 12/03/1990"); details tables pad both sides with spaces or tabs ("Date of Birth    :   30-07-1991").
const SEPARATOR = String.raw`(?:(?:[ \t]{0,80}[:\-–=.]){1,3}[ \t]{0,80}|[ ]{0,80}\t[ \t]{0,80}|[ ]{2,40}|[ ]?(?=\d))`;
// A label alone on its line, its value on the next (a table read one cell per line); or, at the start of a
// line, one space between them ("Marital Status Single").
const NEXT_LINE = String.raw`[ \t]{0,80}(?:[:\-–][ \t]{0,80})?\n[ \t]{0,80}`;
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;

// Only a colon or dash, where the label word is also an everyday word ("children age 5 to 7").
const STRICT_SEPARATOR = String.raw`[ \t]{0,80}[:\-–][ \t]{0,80}`;

const OF = String.raw`(?:['’”]?s)?`;
const NUMBER = String.raw`(?:\s{0,2}(?:no|num|number|nr|#)\.?)?`;

/** a label's alternatives, what replaces its value, whether the value must hold a digit, and its separator */
interface LabelSpec {
  labels: string;
  placeholder: string;
  needsDigit?: boolean;
  separator?: string;
}

const SPECS: LabelSpec[] = [
  {
    labels: String.raw`date\s{1,3}of\s{1,3}birth|birth\s{0,3}date|d\.?\s?o\.?\s?b\.?|born(?:\s{1,3}on)?|geburtsdatum|date\s{1,3}de\s{1,3}naissance|fecha\s{1,3}de\s{1,3}nacimiento|data\s{1,3}de\s{1,3}nascimento`,
    placeholder: "[BIRTH DATE]",
    needsDigit: true,
  },
  { labels: "age", placeholder: "[AGE]", needsDigit: true, separator: STRICT_SEPARATOR },
  {
    labels: String.raw`passport${NUMBER}|pan${NUMBER}|pan\s{1,3}card${NUMBER}|aadh?aa?r(?:\s{1,3}card)?${NUMBER}|national\s{1,3}id(?:entity)?(?:\s{1,3}card)?${NUMBER}|id\s{0,3}(?:card|no|number|nr)\.?|ssn|social\s{1,3}security${NUMBER}|voter\s{0,3}id${NUMBER}|driv(?:ing|er${OF})\s{1,3}licen[cs]e${NUMBER}|nric|cnic|emirates\s{1,3}id${NUMBER}|iqama${NUMBER}|personalausweis|dni|nie|nif|cpf`,
    placeholder: "[ID NUMBER]",
    needsDigit: true,
  },
  {
    labels: String.raw`(?:father|mother|spouse|husband|wife|guardian|parent)${OF}\s{0,3}name|(?:father|mother|spouse|husband|wife|guardian)`,
    placeholder: "[NAME]",
  },
  {
    labels: String.raw`(?:father|mother|parent|spouse|husband|wife)${OF}\s{0,3}(?:occupation|profession)`,
    placeholder: "[PERSONAL]",
  },
  {
    labels: String.raw`religion|caste|nationality|citizenship|category\s{0,3}\(caste\)|marital\s{1,3}status|civil\s{1,3}status|gender|sex`,
    placeholder: "[PERSONAL]",
  },
  {
    labels: String.raw`pin(?:\s{0,3}code)?|zip(?:\s{0,3}code)?|postal\s{0,3}code|post\s{0,3}code|postcode`,
    placeholder: "[POSTCODE]",
    needsDigit: true,
  },
];

// A value never starts with a label: a column of labels whose values sit elsewhere ("Gender" over "Marital
// Status"), or the rest of a longer label ("Pin" then "Code: 560001").
const ANY_LABEL = SPECS.map((spec) => spec.labels).join("|");
const NOT_A_LABEL = String.raw`(?!(?:${ANY_LABEL}|code|no|number|card|name|status|details)(?![\p{L}]))`;

const LABELLED = SPECS.map(({ labels, placeholder, needsDigit = false, separator = SEPARATOR }) => ({
  pattern: new RegExp(`${NOT_AFTER_LETTER}(?:${labels})${separator}${NOT_A_LABEL}${VALUE}`, "gimu"),
  // the label opening its line (after a bullet or number at most) and ending it, or followed by one space
  nextLine: new RegExp(
    `^[ \\t•▪◦*\\-\\d.)]{0,6}(?:${labels})(?:${NEXT_LINE}| )${NOT_A_LABEL}${VALUE}`,
    "gimu",
  ),
  placeholder,
  needsDigit,
}));

// "S/O Ram Kumar" (son of), "D/O", "W/O", "C/O": the relation in front of a parent's or spouse's name.
const RELATION_OF = /(?<![\p{L}\p{N}])[SDWC]\s?\/\s?O\.?\s{1,3}((?:[\p{Lu}][\p{L}.'’-]{0,30}\s?){1,4})/gu;

// Postcodes by their shape where no label says so: a UK postcode; a six-digit Indian PIN after a place and a
// dash or comma ("Pune - 411001"); a US ZIP after a state's two letters ("Austin, TX 78701").
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
const PIN_AFTER_PLACE = /(?<=\p{L}\.?\s{0,3}[-–,]\s{0,3})\d{3}\s?\d{3}(?![\p{N}])/gu;
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const US_ZIP = new RegExp(`(?<=,\\s{0,3}(?:${US_STATES})\\s{1,3})\\d{5}(?:-\\d{4})?(?![\\p{N}])`, "gu");

// A labelled postcode's own characters, not the state or country after it ("560001 Karnataka").
const POSTCODE_VALUE =
  /^(?:\d{3}\s?\d{3}(?!\d)|\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\S+)/i;

/**
 * The spans of personal details in `text`; `referees` are the body offsets of references sections, if known;
 * `whole` is false for a field of the analysis rather than the CV's text.
 */
export function personalSpans(
  text: string,
  referees: readonly { start: number; end: number }[] = [],
  whole = true,
): PersonalSpan[] {
  const spans: PersonalSpan[] = [];
  for (const { pattern, nextLine, placeholder, needsDigit } of LABELLED) {
    // a field (a title, a skill) is a line of its own: only a label with a separator says a value follows
    for (const match of [...text.matchAll(pattern), ...(whole ? text.matchAll(nextLine) : [])]) {
      // separators the value repeats (": - 20/09/1992") are not part of it
      const lead = /^[:\-–=.\s]*/.exec(match[1])?.[0].length ?? 0;
      let value = match[1].slice(lead).trimEnd();
      if (value === "" || (needsDigit && !/\d/.test(value))) continue;
      if (placeholder === "[POSTCODE]") value = POSTCODE_VALUE.exec(value)?.[0] ?? value;
      const start = (match.index ?? 0) + match[0].length - match[1].length + lead;
      spans.push({ start, end: start + value.length, placeholder });
    }
  }
  for (const match of text.matchAll(RELATION_OF)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    spans.push({ start, end: start + match[1].trimEnd().length, placeholder: "[NAME]" });
  }
  for (const pattern of [UK_POSTCODE, PIN_AFTER_PLACE, US_ZIP]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].length, placeholder: "[POSTCODE]" });
    }
  }
  for (const section of referees) {
    // the body after the heading line: the referees' names, roles, phones and e-mails
    const lineEnd = text.indexOf("\n", section.start);
    const start = lineEnd < 0 || lineEnd >= section.end ? section.end : lineEnd + 1;
    const end = text.slice(start, section.end).trimEnd().length + start;
    if (end > start) spans.push({ start, end, placeholder: "[REFEREES]" });
  }
  return spans;
}
