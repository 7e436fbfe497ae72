// The CV quality report: itemised, weighted checks, each failed one with a concrete suggestion.
import type { Analysis, QualityCheck, QualityReport } from "./types.ts";

type Parts = Omit<Analysis, "quality">;

const ACTION_VERBS =
  /^(?:led|built|designed|developed|created|launched|implemented|improved|reduced|increased|managed|delivered|migrated|automated|optimi[sz]ed|architected|drove|owned|shipped|introduced|established|scaled|cut|grew|mentored|coordinated|negotiated|achieved|streamlined|spearheaded|entwickelte|leitete|verantwortete|implementierte|optimierte|führte|aufgebaut|konzipierte|développé|conçu|dirigé|mis en place|géré|optimisé|desarrollé|diseñé|lideré|implementé|gestioné|desenvolvi|liderei|implementei|gerenciei|sviluppato|progettato|guidato|gestito|ontwikkeld|geleid|opgezet|ontworpen)(?![\p{L}])/iu;
// Beyond the listed verbs, an English highlight opening with a verb's -ing or -ed form ("Migrating",
// "Installed") is active too, except for the words of those shapes that are not verbs of what was done.
const VERB_FORM = /^(\p{L}{2,}(?:ing|ed))(?![\p{L}'’-])/iu;
const NOT_ACTION = new Set([
  "during",
  "being",
  "having",
  "nothing",
  "something",
  "anything",
  "everything",
  "morning",
  "evening",
  "string",
  "spring",
  "thing",
  "ceiling",
  "building",
  "wedding",
  "bed",
  "red",
  "need",
  "seed",
  "feed",
  "speed",
  "experienced",
  "dedicated",
  "skilled",
  "motivated",
  "detailed",
  "talented",
  "qualified",
  "certified",
  "interested",
  "involved",
  "responsible",
  "exposed",
  "based",
  "related",
  "advanced",
  "assigned",
  "engaged",
  "worked",
  "used",
  "required",
  "expected",
  "according",
]);

/** whether a highlight opens with an action verb: a listed one, or an English -ing or -ed form */
export function opensWithActionVerb(line: string): boolean {
  const trimmed = line.trim();
  if (ACTION_VERBS.test(trimmed)) return true;
  const word = VERB_FORM.exec(trimmed)?.[1].toLowerCase();
  return word !== undefined && word.length >= 5 && !NOT_ACTION.has(word);
}

const QUANTIFIED =
  /\d+\s*(%|percent|prozent|pour cent|por ciento|x\b|k\b|m\b|€|\$|£|users|customers|kunden|clients|people|engineers|ms|hours|days|million|mio|mrd|billion)|[€$£]\s*\d|\b\d{2,}\b/i;

/** "a, b and c" */
function listOf(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

function check(
  id: QualityCheck["id"],
  weight: number,
  share: number,
  detail: string,
  suggestion: string,
): QualityCheck {
  const points = Math.round(weight * Math.max(0, Math.min(1, share)));
  const passed = share >= 0.999;
  return { id, passed, points, weight, detail, suggestion: passed ? null : suggestion };
}

function contactComplete(parts: Parts): QualityCheck {
  const missing: string[] = [];
  if (!parts.contact.name) missing.push("name");
  if (parts.contact.emails.length === 0) missing.push("e-mail address");
  if (parts.contact.phones.length === 0) missing.push("phone number");
  if (!parts.contact.location) missing.push("location");
  return check(
    "contact_complete",
    15,
    1 - missing.length / 4,
    missing.length === 0 ? "Name, e-mail, phone and location are present" : `Missing: ${missing.join(", ")}`,
    `Add ${listOf(missing.map((item) => `${/^[aeiou]/.test(item) ? "an" : "a"} ${item}`))} to the contact block`,
  );
}

function datesParseable(parts: Parts): QualityCheck {
  const roles = parts.experience.length;
  const undated = parts.experience.filter((entry) => !entry.start).length;
  return check(
    "dates_parseable",
    15,
    roles === 0 ? 0 : (roles - undated) / roles,
    roles === 0 ? "No dated roles were found" : `${roles - undated} of ${roles} roles have readable dates`,
    roles === 0
      ? "Give each role a date range such as 'Jan 2019 – Present' so its duration can be read"
      : `${undated} of ${roles} roles have no readable dates; write them as 'MM/YYYY – MM/YYYY' or 'Jan 2019 – Present'`,
  );
}

function quantifiedAchievements(parts: Parts): QualityCheck {
  const roles = parts.experience.filter((entry) => entry.highlights.length > 0);
  const withFigures = roles.filter((entry) => entry.highlights.some((line) => QUANTIFIED.test(line))).length;
  const without = roles.length - withFigures;
  return check(
    "quantified_achievements",
    20,
    roles.length === 0 ? 0 : withFigures / roles.length,
    roles.length === 0
      ? "No role describes its results"
      : `${withFigures} of ${roles.length} roles state a measurable result`,
    roles.length === 0
      ? "Describe each role with two to four results, with figures such as 'cut build time by 40%'"
      : `${without} of ${roles.length} roles have no measurable result; add figures such as 'cut build time by 40%'`,
  );
}

function length(parts: Parts): QualityCheck {
  const { words, pages } = parts.document;
  const share = words < 150 ? words / 150 : words > 1400 || pages > 3 ? 0.5 : 1;
  return check(
    "length",
    10,
    share,
    `${words} words on ${pages} page${pages === 1 ? "" : "s"}`,
    words < 150
      ? "The CV is very short; describe your roles, results and skills in 300 to 800 words"
      : "The CV is long; keep it to two pages by cutting older roles to one line each",
  );
}

function sectionsPresent(parts: Parts): QualityCheck {
  const expected = ["experience", "education", "skills"] as const;
  const missing = expected.filter((kind) => !parts.sections.some((section) => section.kind === kind));
  return check(
    "sections_present",
    15,
    (expected.length - missing.length) / expected.length,
    missing.length === 0
      ? "Experience, education and skills sections are present"
      : `Missing sections: ${missing.join(", ")}`,
    missing.length === 1
      ? `Add a clearly headed '${capitalised(missing[0])}' section`
      : `Add clearly headed ${listOf(missing.map((kind) => `'${capitalised(kind)}'`))} sections`,
  );
}

function actionVerbs(parts: Parts): QualityCheck {
  const highlights = parts.experience.flatMap((entry) => entry.highlights);
  const active = highlights.filter(opensWithActionVerb).length;
  const share = highlights.length === 0 ? 0 : Math.min(1, active / highlights.length / 0.6);
  return check(
    "action_verbs",
    10,
    share,
    `${active} of ${highlights.length} highlights start with an action verb`,
    "Start each highlight with an action verb ('Led', 'Built', 'Reduced') instead of 'Responsible for'",
  );
}

function consistency(parts: Parts): QualityCheck {
  const problems: string[] = [];
  const current = parts.experience.filter((entry) => entry.current).length;
  if (current > 2) problems.push(`${current} roles are marked as current`);
  const missingCompany = parts.experience.filter((entry) => !entry.company).length;
  if (missingCompany > 0) problems.push(`${missingCompany} roles name no employer`);
  if (parts.totals.gaps.length > 0) {
    const gap = parts.totals.gaps[0];
    problems.push(`an unexplained gap of ${gap.months} months from ${gap.from} to ${gap.to}`);
  }
  return check(
    "consistency",
    15,
    1 - problems.length / 3,
    problems.length === 0 ? "Roles, dates and employers are consistent" : problems.join("; "),
    `Fix: ${problems.join("; ")}; name the employer of each role and explain gaps (study, travel, care)`,
  );
}

export function qualityReport(parts: Parts): QualityReport {
  const checks = [
    contactComplete(parts),
    datesParseable(parts),
    quantifiedAchievements(parts),
    length(parts),
    sectionsPresent(parts),
    actionVerbs(parts),
    consistency(parts),
  ];
  const weight = checks.reduce((sum, item) => sum + item.weight, 0);
  const points = checks.reduce((sum, item) => sum + item.points, 0);
  return { score: Math.round((points / weight) * 100), checks };
}
