// What the engine and the simple baselines predict for one CV, in the terms the real-set labels use.
// The baselines are what a user would get without the engine: the first line as the name, regular
// expressions for contacts, lines with organisation or school words, and every taxonomy term in the text.
import { findPhoneNumbersInText } from "libphonenumber-js";
import type { AnalysisResult } from "../../shared/analysis/types.ts";
import { findSkillMentions } from "../../shared/taxonomy/index.ts";
import { rangesInText } from "./dateScore.ts";
import type { Prediction } from "./realScore.ts";

export function fromAnalysis(result: AnalysisResult): Prediction {
  const a = result.analysis;
  return {
    name: a.contact.name?.value ?? null,
    emails: a.contact.emails.map((e) => e.value),
    phones: a.contact.phones.map((p) => p.value),
    location: a.contact.location?.value ?? null,
    experience: a.experience.map((e) => ({
      title: e.title,
      employer: e.company,
      start: e.start,
      end: e.end,
      current: e.current,
    })),
    education: a.education.map((e) => ({
      degree: e.degree,
      level: e.level,
      institution: e.institution,
      year: (e.end ?? e.start)?.slice(0, 4) ?? null,
    })),
    totalMonths: a.experience.length > 0 ? a.totals.months : null,
    present: a.document.dated.month,
    certifications: a.certifications.map((c) => c.name),
    // the labels list hard skills; soft skills are reported in their own category and not scored here
    skills: a.skills
      .filter((s) => s.category !== "soft_skill")
      .map((s) => ({ name: s.name, surfaces: s.aliasesSeen })),
    languages: a.languages.map((l) => l.language),
  };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const ORG_WORD =
  /\b(ltd|limited|pvt|private|inc|llc|llp|corp|corporation|company|co\.|technologies|solutions|services|systems|industries|bank|group|gmbh)\b/i;
const SCHOOL_WORD = /\b(university|college|institute|school|academy|vidyalaya|polytechnic|iit|nit)\b/i;
const YEAR = /\b(19[6-9]\d|20[0-3]\d)\b/;
const yearsIn = (text: string) => text.match(new RegExp(YEAR.source, "g")) ?? [];
const endNear = (text: string): string | null => {
  const years = yearsIn(text);
  return years.length > 1 ? years[years.length - 1] : null;
};
const LEVELS: [RegExp, string][] = [
  [/\b(ph\.? ?d|doctorate)\b/i, "doctorate"],
  [/\b(m\.? ?tech|m\.? ?sc|m\.? ?a\b|mba|mca|m\.? ?com|master)/i, "master"],
  [/\b(b\.? ?tech|b\.? ?e\b|b\.? ?sc|b\.? ?com|b\.? ?a\b|bba|bca|bachelor)/i, "bachelor"],
  [/\b(diploma|associate)\b/i, "associate"],
  [/\b(ssc|hsc|10th|12th|class x|high school|secondary)\b/i, "secondary"],
];
const COURSE_LINE = /\b(certificat\w*|certified|course|training|diploma|iti)\b/i;
const LANGUAGES = [
  "English",
  "Hindi",
  "Marathi",
  "Tamil",
  "Telugu",
  "Kannada",
  "Bengali",
  "Gujarati",
  "Punjabi",
  "Urdu",
  "Malayalam",
  "Spanish",
  "French",
  "German",
  "Arabic",
];

/** `present`: the month "present" means; the baseline is given the engine's, having no dating of its own. */
export function baseline(text: string, present: string): Prediction {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const experience = lines.flatMap((line, i) =>
    ORG_WORD.test(line) && !SCHOOL_WORD.test(line)
      ? [
          {
            employer: line,
            title: lines[i - 1] ?? null,
            start:
              lines
                .slice(i, i + 3)
                .join(" ")
                .match(YEAR)?.[0] ?? null,
            // the last year near the line, when it differs from the first
            end: endNear(lines.slice(i, i + 3).join(" ")),
            current: /\b(present|current|till date|to date)\b/i.test(lines.slice(i, i + 3).join(" ")),
          },
        ]
      : [],
  );
  const education = lines.flatMap((line) => {
    const level = LEVELS.find(([re]) => re.test(line))?.[1] ?? null;
    const institution = SCHOOL_WORD.test(line) ? line : null;
    const year = yearsIn(line).at(-1) ?? null;
    return level || institution ? [{ degree: level ? line : null, level, institution, year }] : [];
  });
  // a short line that says it is a certificate or course
  const certifications = lines.filter((l) => COURSE_LINE.test(l) && l.split(/\s+/).length <= 12);
  const skills = new Map<string, string[]>();
  for (const m of findSkillMentions(text))
    if (m.category !== "soft_skill") skills.set(m.name, [...(skills.get(m.name) ?? []), m.surface]);
  return {
    name: lines[0] ?? null,
    emails: [...new Set(text.match(EMAIL) ?? [])],
    phones: [...new Set(findPhoneNumbersInText(text).map((f) => f.number.number))],
    location: lines.slice(0, 15).find((l) => l.includes(",") && !/[\d@]/.test(l)) ?? null,
    experience,
    education,
    certifications,
    skills: [...skills].map(([name, surfaces]) => ({ name, surfaces })),
    languages: LANGUAGES.filter((l) => new RegExp(`\\b${l}\\b`, "i").test(text)),
    totalMonths: rangesInText(text, present),
    present,
  };
}
