// Reads ESCO v1.2.0: the digital collection's knowledge concepts (tools, languages, methods) and the
// language collection's languages. Skill/competence concepts are verb phrases ("use spreadsheets
// software") and make poor names for matching CVs, so only the curated soft skills borrow their labels.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "./csv.ts";
import { isAcronymOf, type SourceSkill, sentenceCase } from "./source-skill.ts";

// ESCO's broader groups → the taxonomy's categories (first match wins)
const CATEGORY_BY_GROUP: Array<[RegExp, string]> = [
  [
    /^(?:computer programming|query languages|style sheet languages|web programming)$/,
    "programming_language",
  ],
  [/^database management systems$/, "database"],
  [/^software frameworks$/, "framework"],
  [/penetration testing|ICT security/, "security"],
  [
    /integrated development environment|configuration management|extraction, transformation and loading|graphics editor|learning management systems|digital game creation|WebCMS|statistical analysis system|mobile operating systems/,
    "tool",
  ],
  [/ICT project management methodologies|service-oriented modelling/, "practice"],
  [/marketing and advertising/, "sales_marketing"],
  [/audio-visual techniques|media production/, "media"],
  [/electronics and automation|electricity and energy|building and civil engineering/, "engineering"],
  [/^computer use$/, "office"],
  [/medical|health/, "healthcare"],
  [/management and administration/, "business"],
  [/^statistics$/, "data"],
];

function categoryOf(groups: string[]): string {
  for (const [pattern, category] of CATEGORY_BY_GROUP)
    if (groups.some((g) => pattern.test(g))) return category;
  return "ict";
}

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}+#]+/u);

/** keep an alternative label only if it is short and visibly the same thing (a shared word or an acronym) */
function usableAltLabel(alt: string, label: string): boolean {
  if (/^[A-Z][A-Z0-9]{1,6}$/.test(alt)) return isAcronymOf(alt, label);
  // one everyday word ("computer" for "computer equipment") or a long paraphrase matches too loosely
  const altWords = alt.split(" ").length;
  if (altWords > 3 || (altWords === 1 && /^\p{Ll}+$/u.test(alt))) return false;
  // the label's head word must be there: "digital photography" is not a spelling of "digital arts"
  const labelWords = words(cleanEscoLabel(label)).filter((w) => w.length >= 3);
  const head = labelWords[labelWords.length - 1];
  return head !== undefined && words(alt).some((w) => w === head || w === `${head}s` || `${w}s` === head);
}

/** the ESCO label without its disambiguator: "Python (computer programming)" → "Python" */
export function cleanEscoLabel(label: string): string {
  return sentenceCase(label.replace(/\s*\([^)]*\)\s*$/, "").trim());
}

export function readEscoDigital(dir: string): SourceSkill[] {
  const rows = parseCsv(readFileSync(join(dir, "digitalSkillsCollection_en.csv"), "utf8"));
  const knowledge = rows.filter((r) => r.skillType === "knowledge" && r.status === "released");
  const nameByUri = new Map(knowledge.map((r) => [r.conceptUri, cleanEscoLabel(r.preferredLabel)]));
  return knowledge.map((r) => {
    const name = cleanEscoLabel(r.preferredLabel);
    const alts = r.altLabels
      .split(/ \| |\n/)
      .map((a) => a.trim().replace(/\s+/g, " "))
      .filter((a) => a && a.toLowerCase() !== name.toLowerCase() && usableAltLabel(a, r.preferredLabel));
    const parents = r.broaderConceptUri.split(" | ").flatMap((uri) => nameByUri.get(uri) ?? []);
    return {
      name,
      aliases: alts.slice(0, 4),
      category: categoryOf(r.broaderConceptPT.split(" | ")),
      implies: parents,
      source: "esco",
      sameAs: r.preferredLabel !== name ? [r.preferredLabel] : [],
      topic: /^\p{Ll}/u.test(r.preferredLabel),
    };
  });
}

/** the languages themselves ("Hungarian"), not the per-language skills ("write Hungarian") */
export function readEscoLanguages(dir: string): SourceSkill[] {
  const rows = parseCsv(readFileSync(join(dir, "languageSkillsCollection_en.csv"), "utf8"));
  return rows
    .filter((r) => r.skillType === "knowledge" && /^\p{Lu}[\p{L} ]+$/u.test(r.preferredLabel))
    .filter((r) => r.preferredLabel.split(" ").length <= 2)
    .map((r) => ({ name: r.preferredLabel, aliases: [], category: "language", implies: [], source: "esco" }));
}

/** preferred labels of the transversal (soft) skills, by concept, so curated soft skills can cite them */
export function readEscoTransversalLabels(dir: string): Set<string> {
  const rows = parseCsv(readFileSync(join(dir, "transversalSkillsCollection_en.csv"), "utf8"));
  return new Set(rows.map((r) => r.preferredLabel.trim()));
}
