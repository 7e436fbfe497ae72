// A "job" that a layout put among the jobs but is an education row ("Ph.D" at "Indian Institute of Technology").
import { INSTITUTION_WORDS } from "./degrees.ts";
import { titleScore } from "./roles.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import type { EducationEntry, ExperienceEntry } from "./types.ts";

/**
 * "Graduate Engineer Trainee", "Post Graduate Teacher", "MBA Trainee (B.Tech)": a title that ends on a role
 * word names a job, however many degree words it holds ("Masters Student" is still a student).
 */
function namesRole(title: string): boolean {
  const last =
    title
      .replace(/\([^)]*\)/g, " ")
      .trim()
      .split(/\s+/)
      .pop() ?? "";
  return titleScore(last) > 0 && !/^students?$/i.test(last);
}

/**
 * A "job" whose title is a degree at a school ("Ph.D" at "Indian Institute of Technology") is an education row
 * that a layout put among the jobs: it is read as education and never adds to years of experience.
 */
export function educationFromJob(entry: ExperienceEntry): EducationEntry | null {
  const title = entry.title?.trim() ?? "";
  const level = title.split(/\s+/).length <= 5 ? degreeLevelOf(title) : null;
  if (
    level === null ||
    namesRole(title) ||
    level === "other" ||
    (entry.company !== null && !INSTITUTION_WORDS.test(entry.company))
  )
    return null;
  return {
    degree: title,
    level,
    field: null,
    institution: entry.company,
    start: entry.start,
    end: entry.end,
    grade: null,
    confidence: 0.5,
  };
}
