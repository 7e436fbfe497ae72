// How much of what job ads ask people to know the skills taxonomy can name: the knowledge spans of the SkillSpan
// postings (../shared/corpus/jobs-skillspan), counted as occurrences and as distinct phrases, each either
// named whole by a skill or alias (findSkill) or holding at least one skill mention (findSkillMentions).
// Run: npx tsx scripts/taxonomy/coverage.ts [--missing=N] lists the N most frequent phrases it cannot name.
import { findSkill, findSkillMentions } from "../../shared/taxonomy/index.ts";
import { loadPostings, skillSpanPresent } from "../../test/accuracy/skillspan.ts";

if (!skillSpanPresent()) {
  console.log("taxonomy coverage skipped: ../shared/corpus/jobs-skillspan is not beside the project");
  process.exit(0);
}

const listMissing = Number(process.argv.find((a) => a.startsWith("--missing="))?.slice(10) ?? 0);
const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

for (const split of ["train", "dev"] as const) {
  const counts = new Map<string, number>();
  for (const posting of loadPostings(split))
    for (const span of posting.knowledge) {
      const phrase = posting.text.slice(span.start, span.end).trim();
      if (phrase) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  let occurrences = 0;
  let whole = 0;
  let partly = 0;
  let distinctWhole = 0;
  let distinctPartly = 0;
  const missing: [string, number][] = [];
  for (const [phrase, n] of counts) {
    occurrences += n;
    const named = findSkill(phrase) !== undefined;
    const mentioned = named || findSkillMentions(phrase).length > 0;
    if (named) {
      whole += n;
      distinctWhole++;
    }
    if (mentioned) {
      partly += n;
      distinctPartly++;
    } else missing.push([phrase, n]);
  }
  console.log(
    `${split}: ${occurrences} knowledge spans (${counts.size} distinct); named whole by the taxonomy ` +
      `${pct(whole, occurrences)} (${pct(distinctWhole, counts.size)} of distinct), holding a skill ` +
      `${pct(partly, occurrences)} (${pct(distinctPartly, counts.size)} of distinct)`,
  );
  if (listMissing > 0)
    for (const [phrase, n] of missing.sort((a, b) => b[1] - a[1]).slice(0, listMissing))
      console.log(`  ${n}\t${phrase}`);
}
