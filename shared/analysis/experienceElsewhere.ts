// Jobs stated outside the work-history section: the section may be missing, unnamed or cut short by a
// heading the layout misplaced, while the jobs still name themselves ("Company : Acme Ltd", "Currently
// working as X with Y").
import { findDateRanges } from "./dates.ts";
import { educationLevel as educationLevelOf, namesInstitution } from "./degrees.ts";
import { extractExperience } from "./experience.ts";
import { keyedJobs } from "./experienceFields.ts";
import { entriesFromSentences } from "./experienceSentences.ts";
import { trainingsAtWork } from "./experienceTrainings.ts";
import { nameKey } from "./nameKey.ts";
import { companyScore, type PieceJudge, titleScore } from "./roles.ts";
import type { SectionBlock } from "./sections.ts";
import type { ExperienceEntry, Month } from "./types.ts";
import { isWorkSentence, withStatementsParted } from "./workSentence.ts";

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
  // a dated statement that names an organisation outright ("Since May 2011 to May 2012 with Acme Bank, Pune")
  // is a job even without a title
  const dated = (entry: ExperienceEntry) => entry.start !== null && companyScore(entry.company ?? "") > 0;
  // No experience section read: jobs stated as sentences elsewhere ("Currently working as X with Y")
  if (entries.length === 0) {
    // and of the others, the lines that open on working somewhere ("Presently working with X as Y since ...")
    // (a statement after a full stop in a profile's prose opens a line of its own)
    const elsewhere = blocks.flatMap((block) =>
      NO_JOB_SENTENCES.has(block.kind)
        ? block.lines.filter((line) => isWorkSentence(line.text))
        : withStatementsParted(block.lines),
    );
    // a dated statement is one even under a misplaced "Trainings" heading
    const misplaced = blocks
      .filter((block) => block.kind === "certifications")
      .flatMap((b) => b.lines.filter((line) => !isWorkSentence(line.text)));
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
  // "Worked at Acme Ltd as an Engineer from July 2013 to June 2015" in a synopsis, or in one of two experience
  // sections whose other lists keyed jobs ("Current Experience" over "Work Experience" with "Company : X"), or a
  // snapshot's "6.4 years experience (Nov. 2007 To Mar. 2013) in Acme Retail Ltd.": a dated statement of a job the
  // work history's reading does not list
  const stated =
    experience.length === 0
      ? []
      : blocks
          .filter((block) => !NO_JOB_SENTENCES.has(block.kind))
          .flatMap((block) => entriesFromSentences(block.lines, asOf))
          .filter((entry) => entry.start !== null && (entry.title !== null || dated(entry)));
  // "6 weeks industrial training in Acme Fasteners" under a work-history heading: an internship the reading of its
  // dated jobs leaves out
  const trained = blocks
    .filter((block) => block.kind === "experience")
    .flatMap((block) => trainingsAtWork(block.lines, asOf));
  const added: ExperienceEntry[] = [];
  // the same job read again with its place ("Acme Steel Limited, Angul (ASL) Odisha" beside "Acme Steel Limited")
  const again = (entry: ExperienceEntry, key: string) =>
    entries.some(
      (other) =>
        other.start !== null &&
        other.start === entry.start &&
        other.company !== null &&
        key.startsWith(nameKey(other.company)),
    );
  for (const entry of [...keyed, ...stated, ...trained]) {
    const key = nameKey(entry.company ?? "");
    if (key === "" || known.has(key) || again(entry, key)) continue;
    known.add(key);
    added.push(entry);
  }
  if (added.length === 0) return entries;
  // a training's dates on the line below it, read before as a job of their own with no organisation
  // ("Registration No 48/06/6610 Date 11.09.2014 to 10.09.2015"), are the training's
  const datedAgain = (entry: ExperienceEntry) =>
    entry.company === null &&
    entry.start !== null &&
    trained.some((job) => added.includes(job) && job.start === entry.start && job.end === entry.end);
  return [...entries.filter((entry) => !datedAgain(entry)), ...added];
}

/**
 * Sections whose dated lines may be a work history under a heading read as another kind, or under a heading
 * not read as one at all (its lines then stay in the CV's opening block, read as contact).
 */
const MISNAMED_HISTORY = new Set(["summary", "other", "contact"]);
const WORK_IN_HEADING = /\b(?:experience|employment|work\s+history|career|jobs?)\b/i;

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
    .filter((block) => MISNAMED_HISTORY.has(block.kind) || block.kind === "education")
    .flatMap((block) =>
      extractExperience(block.lines, asOf, linkedInStyle, judge).filter(
        // the opening block's dated lines are as often a course ("Institute : X" / "Batch : 2012 - 2015")
        (entry) =>
          ((block.kind !== "contact" && block.kind !== "education") ||
            (!namesInstitution(entry.company ?? "") && !namesInstitution(entry.title ?? ""))) &&
          // "Education and Work History", "Career & Education": a heading read as education that names the work
          // too; under any other education heading, a job names its organisation by its legal form or trade
          // word and its title ("Acme Engineering Pvt. Ltd." / "Design Engineer" / "June 2012 - May 2015")
          (block.kind !== "education" ||
            WORK_IN_HEADING.test(block.heading) ||
            (companyScore(entry.company ?? "") > 0 &&
              titleScore(entry.title ?? "") > 0 &&
              educationLevelOf(entry.title ?? "") === null)),
      ),
    )
    .filter(
      (entry) =>
        entry.start !== null && (companyScore(entry.company ?? "") > 0 || titleScore(entry.title ?? "") > 0),
    );
}

/**
 * The jobs found with no work-history heading read (sentences, keyed fields) and those of the dated entries under
 * other headings together: the same start, or the same organisation, is the same job.
 */
export function withOtherJobs(found: ExperienceEntry[], other: ExperienceEntry[]): ExperienceEntry[] {
  const added = other.filter(
    (entry) =>
      !found.some(
        (job) =>
          (job.start !== null && job.start === entry.start) ||
          (job.company !== null && entry.company !== null && nameKey(job.company) === nameKey(entry.company)),
      ),
  );
  return added.length === 0 ? found : [...found, ...added];
}

/** "D|T|T" for "Jan'11 - Dec'14 | ACME LTD | Chennai": which of a line's cells is a date range, or null */
function rowShape(line: string, asOf: Month): string | null {
  const cells = line
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);
  // "Youth Leader 02/2016 to 03/2017 Company Name City , State": a line of one cell, its date range inside it
  // and not in brackets, as short as a header is and not a sentence ("Certified in X (Jan 2017 to Feb 2017) from Y.")
  if (cells.length === 1 && cells[0].split(/\s+/).length <= 14 && !/[.;:]$/.test(cells[0])) {
    const [range] = findDateRanges(cells[0], asOf);
    if (!range) return null;
    const before = cells[0].slice(0, range.index).trim();
    const after = cells[0].slice(range.index + range.length).trim();
    return before !== "" && after !== "" && !/[([]$/.test(before) ? "T D T" : null;
  }
  if (cells.length < 2) return null;
  const shape = cells.map((cell) => {
    const [range] = findDateRanges(cell, asOf);
    return range && range.index === 0 && range.length >= cell.length - 1 ? "D" : "T";
  });
  return shape.includes("D") && shape.includes("T") ? shape.join("|") : null;
}

/**
 * What a side column holds: skills, certificates, projects, languages, hobbies and personal details; memberships
 * and honours ("other", "awards") list dated rows of their own.
 */
const SIDE_KINDS = new Set(["skills", "certifications", "projects", "languages", "interests", "contact"]);

/**
 * A work history that goes on past headings of another column: in a two-column PDF the side column's headings
 * ("IT Skills", "Certificates", "Project") may fall between the main column's jobs, which then stand under them;
 * a heading inside a job's description ("Trainings") does the same. Lines shaped like the work history's own dated
 * rows ("Jan'11 - Dec'14 | ACME LTD | Chennai", "Youth Leader 02/2016 to 03/2017 Company Name City , State") head
 * its jobs there too, with the lines below them.
 */
export function historyPastSideHeadings(
  blocks: SectionBlock[],
  experience: ExperienceEntry[],
  asOf: Month,
  linkedInStyle: boolean,
  judge: PieceJudge | null,
): ExperienceEntry[] {
  const last = blocks.findLastIndex((block) => block.kind === "experience");
  if (last < 0) return [];
  const shapes = new Set(
    blocks[last].lines.flatMap((line) => {
      const shape = rowShape(line.text, asOf);
      return shape ? [shape] : [];
    }),
  );
  if (shapes.size === 0) return [];
  const seen = new Set(experience.map((entry) => `${nameKey(entry.company ?? "")}|${entry.start}`));
  const found: ExperienceEntry[] = [];
  for (const block of blocks.slice(last + 1)) {
    if (!SIDE_KINDS.has(block.kind)) continue;
    const rows = block.lines.filter((line) => shapes.has(rowShape(line.text, asOf) ?? ""));
    if (rows.length === 0) continue;
    // the jobs those rows head, not a dated line of the section's own after them
    const starts = new Set(rows.map((row) => findDateRanges(row.text, asOf)[0]?.start ?? null));
    const from = block.lines.indexOf(rows[0]);
    for (const entry of extractExperience(block.lines.slice(from), asOf, linkedInStyle, judge)) {
      const key = `${nameKey(entry.company ?? "")}|${entry.start}`;
      if (
        entry.start === null ||
        !starts.has(entry.start) ||
        companyScore(entry.company ?? "") <= 0 ||
        seen.has(key)
      )
        continue;
      seen.add(key);
      found.push(entry);
    }
  }
  return found;
}
