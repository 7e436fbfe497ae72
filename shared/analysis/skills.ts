// Skills the CV mentions, canonicalised through the taxonomy, with how long and how recently each was used.
import { findSkillMentions } from "../taxonomy/index.ts";
import type { SkillMention } from "../taxonomy/types.ts";
import { coveredMonths, type Period } from "./totals.ts";
import type { ExperienceEntry, Month, Section, SkillEntry } from "./types.ts";

export interface ExperienceSpan {
  entry: ExperienceEntry;
  /** the entry's text: header and highlights */
  text: string;
}

export function extractSkills(
  text: string,
  sections: Section[],
  experience: ExperienceSpan[],
  asOf: Month,
  /** the headline and role highlights, which stand in for a skills list when only "Top Skills" is shown */
  profileClaims: string[] = [],
): SkillEntry[] {
  const mentions = findSkillMentions(text);
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
  const claimed = new Set(claimedMentions.map((mention) => mention.name));
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
      monthsUsed: used ? coveredMonths(used.periods) : null,
      lastUsed: used?.last ?? null,
      confidence: Number(confidence.toFixed(2)),
    });
  }
  return skills.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
