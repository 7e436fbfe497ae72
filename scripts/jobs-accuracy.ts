// `npm run accuracy:jobs`: span-level precision and recall of the hard skills the job parser finds in the
// SkillSpan postings (../shared/corpus/jobs-skillspan, knowledge spans), next to two dictionary baselines of the
// same run. Train is scored 5-fold cross-validated by posting (the tagger is learned from it); dev with the
// shipped model, which never saw dev. Exact: the same characters once edge punctuation is trimmed; relaxed:
// overlap. The acceptance figure is relaxed on dev.

import { shippedTagger } from "../shared/matching/terms/extract.ts";
import {
  crossValidate,
  gazetteerSpans,
  parserSpans,
  tallyOf,
  taxonomySpans,
} from "../test/accuracy/jobTerms.ts";
import { loadPostings, skillSpanPresent } from "../test/accuracy/skillspan.ts";
import { figuresOf, type SpanTally } from "../test/accuracy/spanScore.ts";

if (!skillSpanPresent()) {
  console.log("accuracy:jobs skipped: ../shared/corpus/jobs-skillspan is not beside the project");
  process.exit(0);
}

const rows: [string, string, SpanTally][] = [];
const train = loadPostings("train");
const dev = loadPostings("dev");
for (const [split, postings] of [
  ["train", train],
  ["dev", dev],
] as const) {
  rows.push([`taxonomy lookup (parser before)`, split, tallyOf(postings, (p) => taxonomySpans(p.text))]);
  rows.push([`gazetteer lookup (ESCO, O*NET)`, split, tallyOf(postings, (p) => gazetteerSpans(p.text))]);
}
const cv = crossValidate(train, [shippedTagger.outsideBias]).get(shippedTagger.outsideBias)!;
rows.push(["parser (tagger, 5-fold CV)", "train", cv]);
rows.push(["parser (shipped model)", "dev", tallyOf(dev, (p) => parserSpans(p.text))]);

const pct = (n: number) => n.toFixed(3);
console.log(`SkillSpan knowledge spans: train ${train.length} postings, dev ${dev.length} postings\n`);
console.log(
  "| system | split | exact P | exact R | exact F1 | relaxed P | relaxed R | relaxed F1 | predicted | gold |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const [name, split, tally] of rows.sort((a, b) => a[1].localeCompare(b[1]) * -1)) {
  const f = figuresOf(tally);
  console.log(
    `| ${name} | ${split} | ${pct(f.exact.precision)} | ${pct(f.exact.recall)} | ${pct(f.exact.f1)} | ${pct(f.relaxed.precision)} | ${pct(f.relaxed.recall)} | ${pct(f.relaxed.f1)} | ${f.predicted} | ${f.gold} |`,
  );
}
