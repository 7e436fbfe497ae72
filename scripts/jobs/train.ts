// `npm run train:jobs`: trains the job-ad term tagger on SkillSpan train.json only, picks its bias against "O" by
// 5-fold cross-validation on train (the most recall whose relaxed precision stays at the target), and writes
// shared/matching/terms/termModel.generated.json. Deterministic for the same data and seed.
import { writeFileSync } from "node:fs";
import { crossValidate, PRECISION_TARGET, trainTagger } from "../../test/accuracy/jobTerms.ts";
import { loadPostings, skillSpanPresent } from "../../test/accuracy/skillspan.ts";
import { figuresOf } from "../../test/accuracy/spanScore.ts";

const OUT = new URL("../../shared/matching/terms/termModel.generated.json", import.meta.url);

if (!skillSpanPresent()) {
  console.log("train:jobs: ../shared/corpus/jobs-skillspan is not beside the project; nothing to train on");
  process.exit(1);
}
const postings = loadPostings("train");
const tallies = crossValidate(postings);
let chosen = 0;
let best = -1;
for (const [bias, tally] of tallies) {
  const f = figuresOf(tally);
  console.log(
    `bias ${String(bias).padStart(2)}  relaxed p ${f.relaxed.precision.toFixed(3)} r ${f.relaxed.recall.toFixed(3)}  exact p ${f.exact.precision.toFixed(3)} r ${f.exact.recall.toFixed(3)}`,
  );
  if (f.relaxed.precision >= PRECISION_TARGET && f.relaxed.recall > best) {
    best = f.relaxed.recall;
    chosen = bias;
  }
}
const { model } = trainTagger(postings, chosen);
writeFileSync(OUT, `${JSON.stringify({ outsideBias: chosen, model })}\n`);
console.log(
  `bias ${chosen}; trained on ${postings.length} postings, ${Object.keys(model.weights).length} features -> shared/matching/terms/termModel.generated.json`,
);
