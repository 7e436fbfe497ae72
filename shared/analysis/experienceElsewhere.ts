// Jobs stated outside the work-history section: the section may be missing, unnamed or cut short by a
// heading the layout misplaced, while the jobs still name themselves ("Company : Acme Ltd", "Currently
// working as X with Y").
import { namesInstitution } from "./degrees.ts";
import { extractExperience } from "./experience.ts";
import { keyedJobs } from "./experienceFields.ts";
import { entriesFromSentences } from "./experienceSentences.ts";
import { companyScore, type PieceJudge, titleScore } from "./roles.ts";
import type { SectionBlock } from "./sections.ts";
import type { ExperienceEntry, Month } from "./types.ts";

const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();

/** Sections whose "Name / Designation / Organisation" fields are someone else's or a school's. */
const NOT_JOBS = new Set(["references", "experience"]);
/** Sections whose sentences ("worked on", "working with") describe studies, projects or skills, not jobs. */
const NO_JOB_SENTENCES = new Set(["education", "projects", "certifications", "references", "skills"]);

export function withJobsElsewhere(
  experience: ExperienceEntry[],
  blocks: SectionBlock[],
  asOf: Month,
): ExperienceEntry[] {
  let entries = experience;
  // No experience section read: jobs stated as sentences elsewhere ("Currently working as X with Y")
  if (entries.length === 0) {
    const elsewhere = blocks.filter((block) => !NO_JOB_SENTENCES.has(block.kind)).flatMap((b) => b.lines);
    // a dated statement that names an organisation outright ("Since May 2011 to May 2012 with Acme Bank, Pune")
    // is a job even without a title, and even under a misplaced "Trainings" heading
    const dated = (entry: ExperienceEntry) => entry.start !== null && companyScore(entry.company ?? "") > 0;
    const misplaced = blocks.filter((block) => block.kind === "certifications").flatMap((b) => b.lines);
    entries = [
      ...entriesFromSentences(elsewhere, asOf).filter((entry) => entry.title !== null || dated(entry)),
      ...entriesFromSentences(misplaced, asOf).filter(dated),
    ];
  }
  const known = new Set(entries.flatMap((entry) => (entry.company ? [nameKey(entry.company)] : [])));
  const keyed = blocks
    .filter((block) => !NOT_JOBS.has(block.kind))
    .flatMap((block) =>
      keyedJobs(block.lines, asOf, block.kind === "education" || block.kind === "certifications"),
    );
  // "Worked at Acme Ltd as an Engineer from July 2013 to June 2015" in a synopsis: a dated statement of a
  // job the work history does not list
  const stated =
    experience.length === 0
      ? []
      : blocks
          .filter((block) => !NO_JOB_SENTENCES.has(block.kind) && block.kind !== "experience")
          .flatMap((block) => entriesFromSentences(block.lines, asOf))
          .filter((entry) => entry.title !== null && entry.start !== null);
  const added: ExperienceEntry[] = [];
  for (const entry of [...keyed, ...stated]) {
    const key = nameKey(entry.company ?? "");
    if (key === "" || known.has(key)) continue;
    known.add(key);
    added.push(entry);
  }
  return added.length > 0 ? [...entries, ...added] : entries;
}

/**
 * Sections whose dated lines may be a work history under a heading read as another kind, or under a heading
 * not read as one at all (its lines then stay in the CV's opening block, read as contact).
 */
const MISNAMED_HISTORY = new Set(["summary", "other", "contact"]);

/**
 * A work history under a heading read as another kind ("Professional Summary:" over "Acme Ltd" / "Civil Engineer
 * December 2016 – Present"): when no job was found anywhere, the dated entries of a summary or an unnamed
 * section that name an organisation or a job title are jobs.
 */
export function jobsUnderOtherHeadings(
  blocks: SectionBlock[],
  asOf: Month,
  linkedInStyle: boolean,
  judge: PieceJudge | null,
): ExperienceEntry[] {
  return blocks
    .filter((block) => MISNAMED_HISTORY.has(block.kind))
    .flatMap((block) =>
      extractExperience(block.lines, asOf, linkedInStyle, judge).filter(
        // the opening block's dated lines are as often a course ("Institute : X" / "Batch : 2012 - 2015")
        (entry) =>
          block.kind !== "contact" ||
          (!namesInstitution(entry.company ?? "") && !namesInstitution(entry.title ?? "")),
      ),
    )
    .filter(
      (entry) =>
        entry.start !== null && (companyScore(entry.company ?? "") > 0 || titleScore(entry.title ?? "") > 0),
    );
}
