// The compact, JSON-serializable profile stored beside each CV, so ranking thousands of CVs against a job
// reads a few fields instead of the full analysis.
import type { Analysis, EducationLevel, ExperienceEntry } from "../analysis/types.ts";
import { highestLevel } from "./_education.ts";
import { type SkillCatalog, taxonomyCatalog } from "./catalog.ts";
import { occupationsOf } from "./occupations.ts";

export interface CvProfile {
  /** canonical skill names, in the analysis' order */
  skills: string[];
  /** months each skill was used, where the analysis knows it */
  skillMonths: Record<string, number>;
  /** total professional experience, overlaps merged, one decimal */
  years: number;
  educationLevel: EducationLevel | null;
  location: string | null;
  languages: string[];
  /** skill → where the CV shows it, e.g. "Senior Engineer at Acme (2019-03 – present)" or "Skills section" */
  evidence: Record<string, string>;
  /** the headline and every role's title, as the CV gives them: what lexical matching weighs most */
  titles?: string[];
  /** skill → the CV's own words naming it: the line, and the mention's offsets in the CV's text */
  quotes?: Record<string, SkillQuote>;
  /**
   * O*NET occupations the CV's headline and job titles name; weight 1 for the headline and the latest role,
   * less for older roles
   */
  occupations?: CvOccupation[];
  /** false when the CV has a work-history section whose dates could not be read (years then say nothing) */
  experienceKnown?: boolean;
  /** false when the CV has an education section in which no level could be read */
  educationKnown?: boolean;
}

export interface CvOccupation {
  /** the title as the CV gives it */
  title: string;
  /** the O*NET codes it names */
  codes: string[];
  weight: number;
}

export interface SkillQuote {
  /** the line of the CV that names the skill, at most QUOTE_CHARS long */
  text: string;
  /** offsets of the mention in the CV's text (AnalysisResult.text) */
  start: number;
  end: number;
}

const QUOTE_CHARS = 160;

function period(entry: ExperienceEntry): string {
  const end = entry.current ? "present" : entry.end;
  if (entry.start === null && end === null) return "";
  return ` (${entry.start ?? "?"} – ${end ?? "?"})`;
}

function describeRole(entry: ExperienceEntry): string {
  if (entry.title === null && entry.company === null) return `Work experience${period(entry)}`;
  const role = entry.title ?? "Role";
  return `${entry.company === null ? role : `${role} at ${entry.company}`}${period(entry)}`;
}

// Most recent first: current roles, then by end month, then by start month ("YYYY-MM" sorts as text).
function byRecency(a: ExperienceEntry, b: ExperienceEntry): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  const end = (b.end ?? "").localeCompare(a.end ?? "");
  return end !== 0 ? end : (b.start ?? "").localeCompare(a.start ?? "");
}

/** skill → where it shows: the most recent role that names it, else a project or certification, else the skills list */
function skillEvidence(analysis: Analysis, skills: string[], catalog: SkillCatalog): Record<string, string> {
  const evidence: Record<string, string> = {};
  const wanted = new Set(skills);
  const record = (text: string, where: string) => {
    for (const mention of catalog.findSkillMentions(text)) {
      if (wanted.has(mention.name) && evidence[mention.name] === undefined) evidence[mention.name] = where;
    }
  };
  for (const entry of [...analysis.experience].sort(byRecency)) {
    record([entry.title ?? "", ...entry.highlights].join("\n"), describeRole(entry));
  }
  for (const project of analysis.projects) {
    for (const name of project.skills) {
      const canonical = catalog.findSkill(name)?.name ?? name;
      if (wanted.has(canonical) && evidence[canonical] === undefined)
        evidence[canonical] = `Project "${project.name}"`;
    }
    record(`${project.name}\n${project.description ?? ""}`, `Project "${project.name}"`);
  }
  for (const certification of analysis.certifications)
    record(certification.name, `Certification "${certification.name}"`);
  const fallback = analysis.sections.some((s) => s.kind === "skills")
    ? "Skills section"
    : "Mentioned in the CV";
  for (const skill of skills) evidence[skill] ??= fallback;
  return evidence;
}

/** skill → its first mention in the CV's text, with the line around it */
function skillQuotes(text: string, skills: string[], catalog: SkillCatalog): Record<string, SkillQuote> {
  const quotes: Record<string, SkillQuote> = {};
  const wanted = new Set(skills);
  for (const mention of catalog.findSkillMentions(text)) {
    if (!wanted.has(mention.name) || quotes[mention.name] !== undefined) continue;
    const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
    const lineEnd = text.indexOf("\n", mention.end);
    let from = lineStart;
    let to = lineEnd === -1 ? text.length : lineEnd;
    // A long line (a paragraph) is cut around the mention.
    if (to - from > QUOTE_CHARS) {
      from = Math.max(from, mention.start - QUOTE_CHARS / 2);
      to = Math.min(to, from + QUOTE_CHARS);
    }
    quotes[mention.name] = {
      text: text.slice(from, to).replace(/\s+/g, " ").trim(),
      start: mention.start,
      end: mention.end,
    };
  }
  return quotes;
}

/** the headline's and the roles' titles that name occupations, most recent first, each title once */
function cvOccupations(analysis: Analysis): CvOccupation[] {
  const found: CvOccupation[] = [];
  const add = (title: string | null | undefined, weight: number) => {
    if (!title || found.some((f) => f.title.toLowerCase() === title.toLowerCase())) return;
    const codes = occupationsOf(title).map((o) => o.code);
    if (codes.length > 0) found.push({ title, codes, weight: Math.round(weight * 100) / 100 });
  };
  add(analysis.headline?.value, 1);
  // The latest role says what the candidate does now; older ones count for less, down to 0.6.
  const roles = [...analysis.experience].sort(byRecency);
  roles.forEach((entry, i) => {
    add(entry.title, Math.max(0.6, 1 - 0.1 * i));
  });
  return found;
}

/**
 * The profile ranking reads. `text` (the CV's extracted text) gives each skill a quote with offsets; without it
 * the profile carries no quotes.
 */
export function toCvProfile(
  analysis: Analysis,
  catalog: SkillCatalog = taxonomyCatalog,
  text?: string,
): CvProfile {
  const skills: string[] = [];
  const skillMonths: Record<string, number> = {};
  const add = (name: string) => {
    const canonical = catalog.findSkill(name)?.name ?? name;
    if (!skills.includes(canonical)) skills.push(canonical);
    return canonical;
  };
  for (const entry of analysis.skills) {
    const name = add(entry.name);
    if (entry.monthsUsed !== null && entry.monthsUsed > 0) {
      skillMonths[name] = Math.max(skillMonths[name] ?? 0, entry.monthsUsed);
    }
  }
  for (const project of analysis.projects) for (const name of project.skills) add(name);
  const months = analysis.totals.months > 0 ? analysis.totals.months : analysis.totals.years * 12;
  return {
    skills,
    skillMonths,
    years: Math.round((months / 12) * 10) / 10,
    educationLevel: highestLevel(analysis.education.map((e) => e.level)),
    location: analysis.contact.location?.value ?? null,
    languages: [...new Set(analysis.languages.map((l) => l.language))],
    evidence: skillEvidence(analysis, skills, catalog),
    ...(text === undefined ? {} : { quotes: skillQuotes(text, skills, catalog) }),
    titles: [
      ...new Set(
        [analysis.headline?.value, ...analysis.experience.map((e) => e.title)].filter(
          (t): t is string => typeof t === "string" && t !== "",
        ),
      ),
    ],
    occupations: cvOccupations(analysis),
    experienceKnown: months > 0 || !analysis.sections.some((s) => s.kind === "experience"),
    educationKnown:
      analysis.education.some((e) => e.level !== null && e.level !== "other") ||
      !analysis.sections.some((s) => s.kind === "education"),
  };
}
