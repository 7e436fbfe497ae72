// Months of use a CV states next to a skill: "Oracle (5 years)", "Java - 3+ yrs", "SQL: 18 months",
// "3+ yrs of Java", "4 years experience in Python". Read from the few characters beside each mention only,
// so a figure elsewhere on the line ("Led 5 engineers using Java") is not taken for one.
import type { SkillMention } from "../taxonomy/types.ts";

const UNIT = String.raw`(years?|yrs?|months?|mos?)`;
const AMOUNT = String.raw`(\d{1,2}(?:\.\d)?)\s?\+?`;
// after the skill: "(5 years)", "- 3+ yrs", ": 18 months", ", 2 years"
const AFTER = new RegExp(String.raw`^\s{0,2}[(\[:,\-–]?\s{0,2}${AMOUNT}\s{0,2}${UNIT}(?![\p{L}])`, "iu");
// before the skill: "3+ yrs of", "4 years experience in", "5 years' experience with"
const BEFORE = new RegExp(
  String.raw`${AMOUNT}\s{0,2}${UNIT}['’]?\s{1,2}(?:of\s{1,2})?(?:(?:hands-on\s{1,2}|working\s{1,2}|professional\s{1,2})?(?:experience|exp\.?)\s{1,2}(?:in|with|on|of)\s{1,2})?$`,
  "iu",
);
const NEAR = 40;
/** more is no statement of one skill's use (a career's length, or a typo) */
const MAX_MONTHS = 50 * 12;

function monthsOf(amount: string, unit: string): number {
  const n = Number(amount);
  return Math.round(/^m/i.test(unit) ? n : n * 12);
}

/** the longest use stated beside any mention of each skill, in months */
export function statedMonths(text: string, mentions: readonly SkillMention[]): Map<string, number> {
  const stated = new Map<string, number>();
  for (const mention of mentions) {
    const after = AFTER.exec(text.slice(mention.end, mention.end + NEAR));
    const before = BEFORE.exec(text.slice(Math.max(0, mention.start - NEAR), mention.start));
    for (const found of [after, before]) {
      if (!found) continue;
      const months = monthsOf(found[1], found[2]);
      if (months > 0 && months <= MAX_MONTHS && months > (stated.get(mention.name) ?? 0))
        stated.set(mention.name, months);
    }
  }
  return stated;
}
