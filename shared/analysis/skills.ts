// Skills the CV mentions, canonicalised through the taxonomy, with how long and how recently each was used.

import { findSkillMentions } from "../taxonomy/index.ts";
import type { SkillMention } from "../taxonomy/types.ts";
import { statedMonths } from "./skillDurations.ts";
import { claimFeatures, type MentionEvidence } from "./skillEvidence.ts";
import type { SkillJudge } from "./skillJudge.ts";
import { coveredMonths, type Period } from "./totals.ts";
import type { ExperienceEntry, Month, Section, SkillEntry } from "./types.ts";

export interface ExperienceSpan {
  entry: ExperienceEntry;
  /** the entry's text: header and highlights */
  text: string;
}

// Skill names in plain words ("Sales", "Project management", "Electrical engineering") name a field as often
// as a skill: in a job title, a company, a degree or running prose they say where the candidate worked or
// studied, not what they claim. Tools, languages and products keep their names (Java, Excel, AutoCAD).
const FIELD_WORD = /^\p{Lu}\p{Ll}+(?: (?:and |of )?\p{Ll}+)*$/u;
const TOOL_CATEGORIES = new Set(
  "programming_language framework library database cloud tool software os office web devops security".split(
    " ",
  ),
);
// a line that lists what the candidate knows: "Technical Skills: ...", "Proficient in ...", "Key Competencies"
const CLAIM_LINE =
  /\b(?:skills?|skilled|expertise|expert|proficien\w*|knowledge|competenc\w*|familiar|software'?s?|tools?|technolog\w*|languages?|strengths?|areas?|speciali[sz]\w*|core|key|capabilit\w*)\b/i;
// a degree or school line names a field of study, wherever it stands: "Diploma in Electrical Engineering",
// "MBA (Marketing)", "National Institute of Electronics"; under a skills heading it is a listed skill
const DEGREE_LINE =
  /\b(?:bachelor|master|diploma|degree|b\.?\s?e\b|b\.?\s?tech|m\.?\s?tech|mba|msw|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|graduat\w*|universit\w*|college|institut\w*|school|polytechnic|i\.?t\.?i\b|speciali[sz]\w*|major|course|subjects?)\b/i;
const WORD = /[\p{L}\d][\p{L}\d.+#&'-]*/gu;
// where one item of a listed line ends: "Excel, Word | AutoCAD • Tally\tSAP - Oracle: Java"
const ITEM_BREAK = /[,;|•·●▪■◦\t:()]|\s[-–—]\s|\s{2,}/;
const spaced = (words: string) => words.replace(/[^\p{L}\d+#]+/gu, " ").trim();
const NEXT_WORD = /^[ \t]*([\p{L}][\p{L}.]*)/u;
const PREV_WORD = /([\p{L}][\p{L}.]*)[ \t]*$/u;

const isFieldWord = (mention: SkillMention) =>
  FIELD_WORD.test(mention.name) && !TOOL_CATEGORIES.has(mention.category);

function lineAround(text: string, mention: SkillMention): string {
  const start = text.lastIndexOf("\n", mention.start - 1) + 1;
  const end = text.indexOf("\n", mention.end);
  return text.slice(start, end === -1 ? text.length : end);
}

/** whether the mention opens the line as the label of a "Label : value" pair */
function keyOfLine(line: string, mention: SkillMention): boolean {
  const key = /^[^\p{L}]*([^:：\n]{1,40}?)\s*[:：]/u.exec(line)?.[1];
  return key?.toLowerCase().startsWith(mention.surface.toLowerCase()) ?? false;
}

function labelsADetail(text: string, mention: SkillMention): boolean {
  const after = text.slice(mention.end, mention.end + 60).split("\n")[0];
  const detail = /^\s*(?:id|no\.?|number|#)\s*[:：\-–—]/i.test(after);
  // or a handle for its value: "Skype : jane_doe1"
  const handle = /^\s*[:：\-–—]\s*[\w.@-]*[_\d@][\w.@-]*\s*$/.test(after);
  return detail || handle;
}

export function extractSkills(
  text: string,
  sections: Section[],
  experience: ExperienceSpan[],
  asOf: Month,
  /** the headline and role highlights, which stand in for a skills list when only "Top Skills" is shown */
  profileClaims: string[] = [],
  /** the learned claim model, given every candidate with the rules' verdict; null keeps the rules alone */
  judge: SkillJudge | null = null,
): SkillEntry[] {
  // "Skype ID: jdoe", "Driving License No: 123": the label of a personal detail is no skill
  const mentions = findSkillMentions(text).filter((mention) => !labelsADetail(text, mention));
  const skillSections = sections.filter((section) => section.kind === "skills");
  const inSkillSection = (mention: SkillMention) =>
    skillSections.some((section) => mention.start >= section.start && mention.end <= section.end);
  // A CV that lists its skills under a heading says which ones it claims; words met in passing elsewhere
  // ("Nursing" in a degree, "Sales" in a title) are evidence of context, not claims, so they are left out.
  // LinkedIn's "Top Skills" shows only three, so there the rest of the profile still counts.
  const listed = mentions.filter(inSkillSection);
  const topSkillsOnly =
    skillSections.length > 0 && skillSections.every((section) => /^top skills$/i.test(section.heading));
  const claimedMentions = topSkillsOnly
    ? [...listed, ...profileClaims.flatMap((claim) => findSkillMentions(claim))]
    : listed.length >= 3
      ? listed
      : mentions;
  const sectionAt = (mention: SkillMention) =>
    sections.find((section) => mention.start >= section.start && mention.start < section.end)?.kind;
  const roleWords = experience
    .flatMap(({ entry }) => [entry.title, entry.company])
    .filter((words): words is string => words !== null)
    .map((words) => words.toLowerCase());
  // the words of a job title or company, or of a degree or school line, are context
  // a section's heading ("Research", "Sales Experience") names the section, not a claim
  const inHeading = (mention: SkillMention) =>
    sections.some(
      (section) => mention.start >= section.start && mention.end <= section.start + section.heading.length,
    );
  const inContext = (mention: SkillMention, line: string) =>
    inHeading(mention) ||
    roleWords.some((words) => words.includes(mention.surface.toLowerCase())) ||
    (sectionAt(mention) !== "skills" && DEGREE_LINE.test(line));
  // listed, on a line that lists skills, alone on a short line, or leading a bullet ("• Auditing of ...")
  const claimedHere = (mention: SkillMention) => {
    const line = lineAround(text, mention);
    // "Operating Systems : Windows", "Programming Languages: C, Java": the label of a list names its kind
    if (keyOfLine(line, mention)) return false;
    if (inSkillSection(mention)) return true;
    if (inContext(mention, line)) return false;
    const bare = line.replace(/^[^\p{L}]*/u, "");
    return (
      CLAIM_LINE.test(line) ||
      (bare.match(WORD) ?? []).length <= 6 ||
      bare.toLowerCase().startsWith(mention.surface.toLowerCase())
    );
  };
  // under a skills heading the list says what is claimed; a tool named on a line that lists skills
  // elsewhere ("Technical proficiencies: MS Office, AutoCAD") is claimed too
  const alsoListed =
    claimedMentions === listed
      ? mentions.filter(
          (mention) =>
            !inSkillSection(mention) &&
            !isFieldWord(mention) &&
            CLAIM_LINE.test(lineAround(text, mention)) &&
            !inContext(mention, lineAround(text, mention)),
        )
      : [];
  const fieldClaims = new Set(mentions.filter((m) => isFieldWord(m) && claimedHere(m)).map((m) => m.name));
  const claimed = new Set(
    [...claimedMentions, ...alsoListed]
      .filter((mention) => topSkillsOnly || !isFieldWord(mention) || fieldClaims.has(mention.name))
      .map((mention) => mention.name),
  );
  if (judge) {
    const evidenceOf = (mention: SkillMention): MentionEvidence => {
      const line = lineAround(text, mention);
      const bare = line.replace(/^[^\p{L}]*/u, "");
      const surface = mention.surface.toLowerCase();
      const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
      return {
        section: sectionAt(mention) ?? "none",
        listed: inSkillSection(mention),
        heading: inHeading(mention),
        // as whole words: "Git" is not in "Digital Marketing Executive"
        role: roleWords.some((words) => ` ${spaced(words)} `.includes(` ${spaced(surface)} `)),
        degree: DEGREE_LINE.test(line),
        claimLine: CLAIM_LINE.test(line),
        key: keyOfLine(line, mention),
        wholeItem: line
          .split(ITEM_BREAK)
          .some((item) => item.replace(/^[^\p{L}\d.]+|[^\p{L}\d+#)]+$/gu, "").toLowerCase() === surface),
        lineWords: (bare.match(WORD) ?? []).length,
        leads: bare.toLowerCase().startsWith(surface),
        next: (NEXT_WORD.exec(text.slice(mention.end, mention.end + 40))?.[1] ?? "").toLowerCase(),
        prev: (
          PREV_WORD.exec(text.slice(Math.max(lineStart, mention.start - 40), mention.start))?.[1] ?? ""
        ).toLowerCase(),
      };
    };
    const candidates = new Map<string, SkillMention[]>();
    for (const mention of mentions) {
      // spoken languages have their own field and soft skills stay with the rules: the labels list neither
      if (mention.category === "language" || mention.category === "soft_skill") continue;
      candidates.set(mention.name, [...(candidates.get(mention.name) ?? []), mention]);
    }
    for (const [name, named] of candidates) {
      const features = claimFeatures({
        name,
        category: named[0].category,
        surfaces: [...new Set(named.map((mention) => mention.surface))],
        evidence: named.map(evidenceOf),
        ruleClaimed: claimed.has(name),
        listsSkills: claimedMentions === listed && !topSkillsOnly,
      });
      if (judge(features, name) > 0) claimed.add(name);
      else claimed.delete(name);
    }
  }
  const bySkill = new Map<
    string,
    { category: string; surfaces: Set<string>; count: number; listed: boolean }
  >();
  for (const mention of mentions) {
    // Spoken languages have their own field; counting "English" as a skill would double-report it.
    if (mention.category === "language" || !claimed.has(mention.name)) continue;
    const skill = bySkill.get(mention.name) ?? {
      category: mention.category,
      surfaces: new Set<string>(),
      count: 0,
      listed: false,
    };
    skill.surfaces.add(mention.surface);
    skill.count++;
    skill.listed ||= inSkillSection(mention);
    bySkill.set(mention.name, skill);
  }
  const usage = new Map<string, { periods: Period[]; last: Month | null }>();
  for (const { entry, text: entryText } of experience) {
    if (!entry.start) continue;
    const end = entry.end ?? asOf;
    for (const name of new Set(findSkillMentions(entryText).map((mention) => mention.name))) {
      const record = usage.get(name) ?? { periods: [], last: null };
      record.periods.push({ start: entry.start, end });
      if (!record.last || end > record.last) record.last = end;
      usage.set(name, record);
    }
  }
  const stated = statedMonths(text, mentions);
  const skills: SkillEntry[] = [];
  for (const [name, skill] of bySkill) {
    const used = usage.get(name);
    // Listed under a skills heading or used in a role is strong evidence; a lone passing mention is weaker.
    const confidence = Math.min(
      1,
      0.55 + (skill.listed ? 0.25 : 0) + (used ? 0.15 : 0) + Math.min(0.1, (skill.count - 1) * 0.05),
    );
    skills.push({
      name,
      category: skill.category,
      aliasesSeen: [...skill.surfaces],
      mentions: skill.count,
      // the roles it was used in, or what the CV states beside it ("Oracle (5 years)"), whichever is longer
      monthsUsed: longest(used ? coveredMonths(used.periods) : null, stated.get(name) ?? null),
      lastUsed: used?.last ?? null,
      confidence: Number(confidence.toFixed(2)),
    });
  }
  return skills.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

const longest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
