// The compact, JSON-serializable profile stored beside each CV, so ranking thousands of CVs against a job
// reads a few fields instead of the full analysis.
import type { Analysis, EducationLevel, ExperienceEntry } from "../analysis/types.ts";
import { highestLevel } from "./_education.ts";
import { type SkillCatalog, taxonomyCatalog } from "./catalog.ts";

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
}

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

export function toCvProfile(analysis: Analysis, catalog: SkillCatalog = taxonomyCatalog): CvProfile {
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
  };
}
