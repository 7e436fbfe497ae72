// Certificate courses and credentials listed under a certifications heading are qualifications too (the education
// level "other"): "Certification in CNC Programming", "Diploma in Product Design", "Course on AutoCAD", "Certified
// AutoCAD", "AWS Certified Developer", "NEBOSH IGC", and an item a known certifying body issued ("IBM Database"). Only
// items that name themselves a course or a credential, or name such a body, count; trainings given, licences,
// memberships and activities do not.
import { ISSUERS, initialsOf, schoolNamed } from "./credentials.ts";
import { INSTITUTION_WORDS, namesInstitution } from "./degrees.ts";
import { couldBeInstitution } from "./educationInstitutions.ts";
import { nameKey } from "./nameKey.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import type { TextLine } from "./sections.ts";
import type { Certification, EducationEntry } from "./types.ts";

// "Certificate in X", "Certification Program in X", a diploma, a course, "Certified Scrum Product Owner", "X
// Certification", a credential known by its short name
const COURSE_WORD =
  /\b(?:certificat(?:e|ion)|certified|diploma|course|NEBOSH|IOSH|ASNT|PMP|CAPM|CPA|CFA|ACCA|CISSP|CISA|CCNA|CCNP|MCSE|ITIL|PRINCE2|Six Sigma)\b/i;
// what a person did or gave, not a qualification held: "Training to bank staff", "Attended a session"
const ACTIVITY =
  /^(?:training|trained|trainings|undergone|underwent|attended|did|done|had|provides?|providing|participated|visited|presented|conducted|organi[sz]ed|member)\b/i;
// a CV builder's placeholders and a "Key : Value" row's key are no course
const NOT_A_NAME = /[[\]{}]|:\s*$|^\(|\b(?:title|name|duration|licen[cs]e)\s*$/i;

// a list item's mark, a word processor's "o" bullet among them ("o Hold a Diploma in Tally.")
const LIST_MARK = /^\s*(?:[•●▪■◦○·*‣⁃–—-]|o(?=\s+\p{Lu}))?\s*/u;

/**
 * The school of a course from its issuer: one named with a school word, or one the line introduces with "at",
 * "from" or "by" that could be a school's name ("..., At Sadguru Shikshan", "... certified by NICT").
 */
function courseSchool(issuer: string | null, course: string): string | null {
  if (!issuer) return null;
  const name = issuer.replace(/^(?:at|from|by)\s+/i, "").replace(/[.;,]+$/, "");
  if (INSTITUTION_WORDS.test(issuer)) return name;
  // "Diploma in Computer Applications – NIIT, Pune": a diploma's, certificate's or course's issuer in capitals
  // (not the course's own initials: "Diploma in Computer Applications (DCA)")
  const offered =
    /\b(?:diploma|certificate|course)\b/i.test(course) &&
    /^\p{Lu}{3,}$/u.test(name) &&
    !initialsOf(course, name);
  return (name !== issuer.replace(/[.;,]+$/, "") || offered) && couldBeInstitution(name) ? name : null;
}

/** The certificate courses among certifications that the education entries do not already hold. */
export function coursesFromCertifications(
  certifications: Certification[],
  education: EducationEntry[],
): EducationEntry[] {
  const known = education.map((entry) => nameKey(entry.degree ?? ""));
  const courses: EducationEntry[] = [];
  for (const certification of certifications) {
    const { name, issuer, date } = certification;
    const text = name.trim();
    // the layout named the school: "Institute Name : X" over "Course : Y", "Y certified by X Academy"
    const named =
      schoolNamed(certification) && issuer !== null && couldBeInstitution(issuer.replace(/[.;,]+$/, ""));
    if (
      (!COURSE_WORD.test(text) && !(issuer && ISSUERS.test(issuer)) && !named) ||
      ACTIVITY.test(text) ||
      NOT_A_NAME.test(text) ||
      text.length > 90 ||
      text.split(/\s+/).length > 12
    )
      continue;
    const key = nameKey(text);
    if (key === "" || known.some((degree) => degree.includes(key) || (degree !== "" && key.includes(degree))))
      continue;
    known.push(key);
    courses.push({
      degree: text.replace(/[.;,]+$/, ""),
      level: degreeLevelOf(text) ?? "other",
      field: null,
      institution: named ? (issuer as string).replace(/[.;,]+$/, "") : courseSchool(issuer, text),
      start: null,
      end: date,
      grade: null,
      confidence: 0.5,
    });
  }
  return courses;
}

// "Diploma in Computer Applications X Institute", "6 Months Diploma in Tally", "ITI Diploma 1 Year", "Certified in
// HVAC Design from X",
// "Completed Web Design course from X": a line that opens with the course it names
const OPENS_WITH_COURSE =
  /^(?:(?:successfully\s+)?(?:completed|done|passed|hold|holds|holding|have|has|possess(?:es|ing)?)\s+(?:a|an|the)\s+)?(?:(?:completed|done|passed)\s+)?(?:(?:\d{1,2}|one|two|three|six)\s*(?:months?|monts?|years?|weeks?)\s+)?(?:(?:diploma|certificate|certification|certified)\s+(?:in|on|of|course|for)\s+\p{L}|i\.?t\.?i\.?\s+diploma\b|\p{Lu}[\p{L}&.'’ -]{2,60}?\s+course\s+(?:from|at)\s+\p{Lu})/iu;

/**
 * Lines under a skills or activities heading that open with a course followed there ("Diploma in Computer
 * Applications", "Certified in HVAC Design from X"): education lines the education section missed.
 */
export function courseLinesElsewhere(lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const text = line.text.replace(LIST_MARK, "").trim();
    return text.length <= 160 && OPENS_WITH_COURSE.test(text) ? [{ text, start: line.start }] : [];
  });
}

/** Entries whose degree the education entries already hold, left out. */
export function newEntries(found: EducationEntry[], education: EducationEntry[]): EducationEntry[] {
  const known = education.map((entry) => nameKey(entry.degree ?? ""));
  return found.filter((entry) => {
    const key = nameKey(entry.degree ?? "");
    return (
      key !== "" && !known.some((degree) => degree !== "" && (degree.includes(key) || key.includes(degree)))
    );
  });
}

// a training or course a line names: "Internal Auditor Training on ISO 14001", "Completed a course in Tally"
const TRAINED = /\b(?:training|course|programme|program|workshop)\b/i;
// an industrial or summer training at a company is an internship, no qualification
const INTERNSHIP =
  /\b(?:industrial|summer|winter|in-?plant|project|on-?the-?job)\s+training\b|\bintern(?:ship)?\b/i;

/**
 * "Internal Auditor Training on ISO 14001:2004 from VEXIL.", "Completed training on X from Y Enterprises, Kolkata":
 * with no degree or school word, the body a training or course was followed at is named after the line's last
 * "from", "by" or "at"; it must read as a name (no place, no skill, no digits). The training is what comes before.
 */
export function trainingAt(line: string): { course: string; body: string } | null {
  if (!TRAINED.test(line) || INTERNSHIP.test(line)) return null;
  const cuts = [...line.matchAll(/\s(?:from|by|at)\s+(?=\p{Lu})/gu)];
  const last = cuts[cuts.length - 1];
  if (!last?.index) return null;
  const after = line.slice(last.index + last[0].length);
  const body = (/^[^,;()]+/.exec(after)?.[0] ?? "").replace(/[.\s]+$/, "").trim();
  const course = line
    .slice(0, last.index)
    .replace(/^\s*[•●▪■◦○·*‣⁃–—-]?\s*(?:completed|done|attended|undergone|did)?\s*/iu, "")
    .trim();
  return body !== "" && course !== "" && TRAINED.test(course) && couldBeInstitution(body)
    ? { course, body }
    : null;
}

/**
 * "Civil Draftsmanship (CAD) from Harbor Training Institute, Pune.": a line that names what was studied and,
 * after "from", where: an entry of its own, as each item of a list is (a PDF's symbol-font bullets are lost with
 * their glyphs, so such a list reaches the text unmarked). "Passed out from" or "Graduated from" names the school
 * of the line before, no study of its own.
 */
export function namesStudyFrom(line: string): boolean {
  const at = /\s+from\s+(?=\p{Lu})/u.exec(line);
  if (!at) return false;
  const before = line.slice(0, at.index).trim();
  return (
    /\p{L}/u.test(before) &&
    !/^(?:passed(?:\s+out)?|graduated|affiliated|recogni[sz]ed|approved|pursuing|studying|studied|completed)$/i.test(
      before,
    )
  );
}

/**
 * "B.E. Mechanical Engineering, Anna University, 2012", "HSC | Kendriya Vidyalaya | 2008": lines that open with a
 * degree and name a school or a year, for a CV whose education heading was not read as one (its rows then sit
 * in the section before). Long lines and sentences ("B.E. graduate with five years in ...") are not rows.
 */
export function degreeLinesElsewhere(lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const text = line.text.replace(LIST_MARK, "").trim();
    const [first] = text.split(/\s*[,|\t]\s*|\s+[-–—]\s+|\s+from\s+/i);
    const level = first && first.split(/\s+/).length <= 6 ? degreeLevelOf(first) : null;
    return level !== null &&
      level !== "other" &&
      text.split(/\s+/).length <= 16 &&
      (namesInstitution(text) || /\b(?:19|20)\d{2}\b/.test(text))
      ? [{ text, start: line.start }]
      : [];
  });
}
