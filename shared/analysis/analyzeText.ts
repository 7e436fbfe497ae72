// The text half of the engine: from reading-order text to the full structured analysis, synchronously.
import { extractContact } from "./contact.ts";
import { extractCertifications, extractProjects } from "./credentials.ts";
import { dateDocument } from "./documentDate.ts";
import { detectDocumentLanguage } from "./documentLanguage.ts";
import { extractEducation } from "./education.ts";
import {
  courseLinesElsewhere,
  coursesFromCertifications,
  degreeLinesElsewhere,
  newEntries,
} from "./educationCourses.ts";
import { educationFromJob } from "./educationFromJobs.ts";
import { labelledEducationLines } from "./educationLines.ts";
import { AnalysisError } from "./errors.ts";
import { separateEuropassLabels } from "./europass.ts";
import { extractExperience } from "./experience.ts";
import {
  historyPastSideHeadings,
  jobsUnderOtherHeadings,
  withJobsElsewhere,
  withOtherJobs,
} from "./experienceElsewhere.ts";
import { tidyEducation, tidyExperience } from "./experienceTidy.ts";
import { DEFAULT_LIMITS } from "./limits.ts";
import { repairMojibake } from "./mojibake.ts";
import { nameKey } from "./nameKey.ts";
import { qualityReport } from "./quality.ts";
import type { PieceJudge } from "./roles.ts";
import { titleScore } from "./roles.ts";
import { detectSections, type SectionBlock, sectionText, toSections } from "./sections.ts";
import { defaultPieceJudge } from "./segmenter/judge.ts";
import { defaultSkillJudge, type SkillJudge } from "./skillJudge.ts";
import { extractSkills } from "./skills.ts";
import {
  extractSpokenLanguages,
  isLanguageLevelLine,
  namesLanguage,
  statesLanguages,
} from "./spokenLanguages.ts";
import { experienceTotals } from "./totals.ts";
import type { Analysis, AnalysisResult, Confident, DocumentType, Month } from "./types.ts";
import { joinWrappedListLines } from "./wrappedLines.ts";

export interface ExtractedDocument {
  type: DocumentType;
  text: string;
  pages: number;
  /** link targets the file carries outside its visible text (PDF annotations, DOCX relationships) */
  links: string[];
  nameHint?: string;
  /** when the file says it was last written (PDF or DOCX metadata) */
  written?: Month | null;
}

export interface TextAnalysisOptions {
  asOf: Month;
  defaultRegion?: string;
  maxTextChars?: number;
  /** the learned reader of experience header pieces; the shipped model by default, null for rules alone */
  pieceJudge?: PieceJudge | null;
  /** the learned judge of which skills the CV claims; the shipped model by default, null for rules alone */
  skillJudge?: SkillJudge | null;
}

/** One canonical text: Unix newlines, no ligatures or invisible characters, at most one blank line in a row. */
export function normalizeText(text: string): string {
  return (
    separateEuropassLabels(repairMojibake(text))
      .replace(/\r\n?/g, "\n")
      // icon-font glyphs (private use area) decorate headings and contact lines; they carry no text
      .replace(/[\ue000-\uf8ff]/g, "")
      // a list item's glyph ("➢", "►", "✓", "❖") is a bullet
      .replace(/^([ \t]*)[➢➤►▶❖◆◇✓✔➔⇒⮚▸▹◾❑❒✦★⦿](?:[ \t]+|(?=\p{L}))/gmu, "$1• ")
      // an ordinal's superscript set on a line of its own by the PDF ("10" / "th")
      .replace(/\n[ \t]*(?:st|nd|rd|th)[ \t]*(?=\n)/g, "")
      .normalize("NFKC")
      .replace(/[\u200b-\u200d\ufeff\u00ad]/g, "")
      .replace(/[\u00a0\u2000-\u200a\u202f]/g, " ")
      // a run of blanks says no more past 40 than at 40, and regular expressions that try every split of a run cost
      // its length squared or cubed: a hostile line of 100,000 spaces after "A.S :" took minutes
      .replace(/[ \t]{41,}/g, (run) => run.slice(0, 40))
      .replace(/(?<! ) +\n/g, "\n")
      // "Bachelorof Science": a degree's "of" run on by an export that dropped the space at a line's wrap
      .replace(/\b(bachelor|master|associate|doctor)(s?)(of)\b/gi, "$1$2 $3")
      .replace(/\n{3,}/g, "\n\n")
      // "W O R K   E X P E R I E N C E", "J A N E   D O E": capitals set apart by tracking, as designed CVs set
      // headings and names, read as the words they spell (two spaces or more part the words)
      .replace(/^[ \t]*(?:\p{Lu}[ ]{1,3}){3,}\p{Lu}[ \t]*(?=:?[ \t]*$)/gmu, (line) =>
        line
          .trim()
          .split(/ {2,}/)
          .map((word) => word.replace(/ /g, ""))
          .join(" "),
      )
      // columns aligned with spaces (a plain-text CV, a DOCX typed with the space bar): three spaces or more
      // inside a line part two cells as a tab does ("High School      P.S.E.B.      2006"); not around a colon or
      // a dash, where they align a key's value ("Name      : Jane Doe", "Board      -      U.P. Board")
      .replace(/(?<=[^\s:=–—-])[ ]{3,}(?=[^\s:=–—-])/g, "\t")
      .trim()
  );
}

// "Languages: ...", "Language Known : - ...", "Linguistic ability\t: ...", "Languages Known\tTamil, English"
const LANGUAGES_LABEL =
  /^\s*(?:(?:[•●▪■◦○·*‣⁃–—-]|o(?=\s)|\d{1,2}[.)])\s*)?(?:language['’]?s?|languagesknown|linguistic|sprachen|sprachkenntnisse|langues|idiomas|lingue|talen|línguas)(?:\s+(?:known|know|spoken|proficiency|skills|ability|abilities|capabilities))?\s*(?:[:：]|\t|\s-\s|\s{2,})/i;

// the label with its list not on its line: "Languages Know" / "Urdu, English", "Languages Known : English," /
// "Hindi, Urdu and Telugu" (a label cell and its value, or a list wrapped in a narrow column)
const LANGUAGES_LABEL_OPEN =
  /^\s*(?:(?:[•●▪■◦○·*‣⁃–—-]|o(?=\s)|\d{1,2}[.)])\s*)?(?:language['’]?s?|languagesknown|linguistic|sprachen|sprachkenntnisse|langues|idiomas|lingue|talen|línguas)(?:\s+(?:known|know|spoken|proficiency|skills|ability|abilities|capabilities))?\s*(?:[:：\-–]\s*)?(?:$|.*(?:,|&|\band)\s*$)/i;

/** lines that name spoken languages outside a languages section, with the next line of a label left open */
function labelledLanguageLines(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (LANGUAGES_LABEL.test(line) || isLanguageLevelLine(line) || statesLanguages(line)) out.push(line);
    // a table's row that gives the name alone ("Arabic") among rows that give levels ("Urdu\tExcellent\t...")
    else if (
      namesLanguage(line.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?/u, "").trim()) &&
      [lines[i - 1], lines[i + 1]].some((near) => near !== undefined && isLanguageLevelLine(near))
    )
      out.push(line);
    const next = lines[i + 1]?.trim() ?? "";
    if (LANGUAGES_LABEL_OPEN.test(line) && next !== "" && next.length <= 80) out.push(next);
  });
  return out;
}

// sections where a course followed may be listed among other things (not work, projects or the summary)
const COURSE_SECTIONS = new Set<SectionBlock["kind"]>(["skills", "interests", "awards", "other", "summary"]);

function linesOf(blocks: SectionBlock[], kind: SectionBlock["kind"]) {
  return blocks.filter((block) => block.kind === kind).flatMap((block) => block.lines);
}

/** Replaces e-mails and URLs with spaces of the same length, so skill offsets stay valid but "github.com" is no skill. */
function maskContactDetails(text: string): string {
  // Each alternative starts only where a token starts, so a long run without a match costs linear time.
  return text.replace(
    /(?<!\S)\S*@\S*|(?<![\w.-])(?:https?:\/\/|www\.)\S+|(?<![\w.-])[\w.-]+\.(?:com|io|dev|net|org|de|fr)\/\S*/gi,
    (match) => " ".repeat(match.length),
  );
}

/** Joins a skills list that wrapped mid-item ("..., Microsoft\nOffice"), keeping offsets, so the item reads whole. */
function joinWrappedLists(text: string, sections: { kind: string; start: number; end: number }[]): string {
  let out = text;
  for (const section of sections.filter((candidate) => candidate.kind === "skills")) {
    const body = joinWrappedListLines(out.slice(section.start, section.end));
    out = out.slice(0, section.start) + body + out.slice(section.end);
  }
  return out;
}

/** Without a summary heading, a prose line of twenty words or more in the header block is the summary. */
function unheadedSummary(headerLines: string[]): Confident<string> | null {
  const prose = headerLines.find((line) => line.split(/\s+/).length >= 20 && !/@|https?:|\t/.test(line));
  return prose ? { value: prose.trim(), confidence: 0.6 } : null;
}

// lists a sidebar ends with, which run on into the main column's first lines when the sidebar is read first
const SIDEBAR_KINDS = new Set(["skills", "languages", "certifications", "interests", "awards"]);
/** a CV builder's job header: its anonymised organisation field after a year ("... 02/2016 to 03/2017 Company Name") */
const BUILDER_JOB = /\b(?:19|20)\d{2}\b.*\bCompany Name\b(?!\s*[:：\t])/;

/**
 * "Certifications" / "AWS Certified ..." / "Jane Doe" / "Data Engineer at Acme" / "Summary": where a sidebar was
 * read before the main column, the candidate's name on a line of its own ends the sidebar's last list; the
 * name's block is the header, not certificates or skills.
 */
function withNameBlock(blocks: SectionBlock[], name: string | null): SectionBlock[] {
  if (name === null) return blocks;
  const own = name.toLowerCase();
  return blocks.flatMap((block) => {
    if (!SIDEBAR_KINDS.has(block.kind)) return [block];
    const at = block.lines.findIndex((line, i) => i > 0 && line.text.trim().toLowerCase() === own);
    // the name's block is short, a headline and a place under the name before the main column's first heading (a
    // name among a details table's values has more of them after it)
    if (at < 0 || block.lines.slice(at + 1).filter((line) => line.text.trim() !== "").length > 4)
      return [block];
    const start = block.lines[at].start;
    return [
      { ...block, lines: block.lines.slice(0, at), end: start },
      { kind: "contact" as const, heading: "", start, end: block.end, lines: block.lines.slice(at) },
    ];
  });
}

function findHeadline(
  headerLines: string[],
  name: string | undefined,
  analysisTitle: string | null,
): Confident<string> | null {
  const nameAt = name
    ? headerLines.findIndex((line) => line.includes(name) || line.toLowerCase().includes(name.toLowerCase()))
    : -1;
  // The title may follow the name on its own line ("Jane Doe | Data Scientist").
  // (the name may be written in capitals and given in title case)
  const written = nameAt >= 0 && name ? headerLines[nameAt].toLowerCase().indexOf(name.toLowerCase()) : -1;
  const besideName =
    written >= 0 && name
      ? (headerLines[nameAt].slice(0, written) + headerLines[nameAt].slice(written + name.length)).replace(
          /^[\s|·•–—,-]+/,
          "",
        )
      : "";
  for (const line of [besideName, ...headerLines.slice(nameAt + 1, nameAt + 4)]) {
    const candidate = line.split(/\t|\s[|·•]\s/)[0].trim();
    if (candidate.length < 3 || candidate.length > 80 || /@|\d{3}|https?:|www\./.test(candidate)) continue;
    if (titleScore(candidate) > 0) return { value: candidate, confidence: 0.85 };
  }
  return analysisTitle ? { value: analysisTitle, confidence: 0.6 } : null;
}

export function analyzeExtracted(document: ExtractedDocument, options: TextAnalysisOptions): AnalysisResult {
  const maxTextChars = options.maxTextChars ?? DEFAULT_LIMITS.maxTextChars ?? Number.POSITIVE_INFINITY;
  if (document.text.length > maxTextChars) {
    // Linear as the parsers are, megabytes of text are no CV and would only burn CPU.
    throw new AnalysisError(
      "too_large",
      `The document holds ${document.text.length} characters of text; the limit is ${maxTextChars}`,
    );
  }
  const text = normalizeText(document.text);
  // "present" in the CV is the CV's own month, not the analysis date
  const dated = dateDocument(text, document.written ?? null, options.asOf);
  options = { ...options, asOf: dated.month };
  let blocks = detectSections(text);
  const allLines = text.split("\n");
  const language = detectDocumentLanguage(text);
  const headerLines = [...linesOf(blocks, "contact")]
    .map((line) => line.text)
    .filter((line) => line.trim() !== "");
  const contact = extractContact({
    text,
    headerLines,
    allLines,
    links: document.links,
    nameHint: document.nameHint,
    othersText: blocks
      .filter((block) => block.kind === "references" || block.kind === "experience")
      .map(sectionText)
      .join("\n"),
    employersText: blocks
      .filter((block) => block.kind === "experience")
      .map(sectionText)
      .join("\n"),
    defaultRegion: options.defaultRegion,
    documentLanguage: language,
  });
  blocks = withNameBlock(blocks, contact.name?.value ?? null);
  const linkedInStyle =
    blocks.some((block) => /^top skills$/i.test(block.heading)) ||
    /\(\d+\s+(?:years?|months?)(?:\s+\d+\s+months?)?\)/.test(text);
  // the piece model learned from English CVs; other languages keep the word rules alone
  const judge =
    language !== "en" ? null : options.pieceJudge === undefined ? defaultPieceJudge() : options.pieceJudge;
  let experience = withJobsElsewhere(
    extractExperience(linesOf(blocks, "experience"), options.asOf, linkedInStyle, judge),
    blocks,
    options.asOf,
  );
  experience = [
    ...experience,
    ...historyPastSideHeadings(blocks, experience, options.asOf, linkedInStyle, judge),
  ];
  if (experience.length === 0)
    experience = jobsUnderOtherHeadings(blocks, options.asOf, linkedInStyle, judge);
  // no work-history heading read, but a job stated in a sentence or keyed fields: the dated jobs under the
  // opening block or another heading are read beside it, not only when nothing else was found
  else if (!blocks.some((block) => block.kind === "experience"))
    experience = withOtherJobs(
      experience,
      jobsUnderOtherHeadings(blocks, options.asOf, linkedInStyle, judge),
    );
  experience = tidyExperience(experience);
  const jobsThatAreDegrees = experience.flatMap((entry) => educationFromJob(entry) ?? []);
  if (jobsThatAreDegrees.length > 0)
    experience = experience.filter((entry) => educationFromJob(entry) === null);
  const totals = experienceTotals(experience, options.asOf);
  // a job laid out under the education heading is read as a job, not as a course of the organisation's name
  const jobOrganisations = new Set(
    experience.flatMap((entry) => (entry.company ? [nameKey(entry.company)] : [])),
  );
  const sectionEducation = extractEducation(linesOf(blocks, "education"), options.asOf).filter(
    (entry) =>
      !(
        (entry.level === "other" || entry.level === null) &&
        [entry.degree, entry.institution].some((name) => name && jobOrganisations.has(nameKey(name)))
      ),
  );
  // "Qualification : M.Sc." in the header, "Technical Qualification: Diploma ..." under another heading: a level
  // the education section does not hold
  const labelledEducation = extractEducation(
    labelledEducationLines(blocks.filter((block) => block.kind !== "education").flatMap((b) => b.lines)),
    options.asOf,
  ).filter((entry) => !sectionEducation.some((found) => found.level === entry.level));
  // "M.Tech (Structural), X Institute, 2014" under the name: a degree row in the header, of a level no section holds
  // (with its year: a headline names a level too, "Secondary School Teacher of Mathematics")
  const headerRows = extractEducation(
    degreeLinesElsewhere(linesOf(blocks, "contact")).filter(
      (line) => /\b(?:19|20)\d{2}\b/.test(line.text) && titleScore(line.text) === 0,
    ),
    options.asOf,
  ).filter(
    (entry) => ![...sectionEducation, ...labelledEducation].some((found) => found.level === entry.level),
  );
  // "Recruitment" / "Trainings" / "Billing" in a clerk's duties read as a heading: a certifications block holding
  // a CV builder's dated job header ("Youth Leader 02/2016 to 03/2017 Company Name City , State") is a work history's
  const certifications = extractCertifications(
    blocks
      .filter(
        (block) =>
          block.kind === "certifications" && !block.lines.some((line) => BUILDER_JOB.test(line.text)),
      )
      .flatMap((block) => block.lines.map((line) => line.text)),
  );
  const educationFound = [...sectionEducation, ...labelledEducation, ...headerRows, ...jobsThatAreDegrees];
  // certificate courses listed under a certifications heading are qualifications of the level "other"
  const withCourses = [...educationFound, ...coursesFromCertifications(certifications, educationFound)];
  // "Diploma in Computer Applications" under skills or activities: a course the education section missed
  const coursesElsewhere = extractEducation(
    courseLinesElsewhere(
      blocks.filter((block) => COURSE_SECTIONS.has(block.kind)).flatMap((block) => block.lines),
    ),
    options.asOf,
  );
  // no education heading read: degree rows left in the section before it
  const rowsElsewhere =
    educationFound.length === 0 && !blocks.some((block) => block.kind === "education")
      ? extractEducation(
          degreeLinesElsewhere(blocks.filter((b) => b.kind !== "contact").flatMap((b) => b.lines)),
          options.asOf,
        )
      : [];
  const education = tidyEducation([
    ...withCourses,
    ...rowsElsewhere,
    ...newEntries(coursesElsewhere, [...withCourses, ...rowsElsewhere]),
  ]);
  const sections = toSections(blocks);
  const current = experience.find((entry) => entry.current) ?? experience[0];
  const headline = findHeadline(headerLines, contact.name?.value, current?.title ?? null);
  const skills = extractSkills(
    joinWrappedLists(maskContactDetails(text), sections),
    sections,
    experience.map((entry) => ({
      entry,
      text: [entry.title, entry.company, ...entry.highlights].filter(Boolean).join("\n"),
    })),
    options.asOf,
    [headline?.value ?? "", ...experience.flatMap((entry) => entry.highlights)],
    language !== "en" ? null : options.skillJudge === undefined ? defaultSkillJudge() : options.skillJudge,
  );
  const languageLines = linesOf(blocks, "languages").map((line) => line.text);
  // Outside a languages section (Europass puts them under "Personal skills"), a line that names a language
  // and then its level still counts; a bare name ("French cuisine") does not.
  const languages = extractSpokenLanguages([...languageLines, ...labelledLanguageLines(allLines)], true);
  const projects = extractProjects(linesOf(blocks, "projects").map((line) => line.text));
  const summaryBlock = blocks.find((block) => block.kind === "summary");
  const summaryText = summaryBlock
    ? sectionText(summaryBlock)
        .replace(/(?<!\s)\s*\n\s*/g, " ")
        .trim()
    : "";

  const parts: Omit<Analysis, "quality"> = {
    contact,
    headline,
    summary: summaryText ? { value: summaryText, confidence: 0.85 } : unheadedSummary(headerLines),
    sections,
    experience,
    totals,
    education,
    skills,
    languages,
    certifications,
    projects,
    document: {
      type: document.type,
      language,
      pages: document.pages,
      words: (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu) ?? []).length,
      dated,
    },
  };
  return { text, analysis: { ...parts, quality: qualityReport(parts) } };
}
