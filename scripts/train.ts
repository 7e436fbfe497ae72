// `npm run train`: rebuilds shared/analysis/segmenter/pieceRoles.json and shared/analysis/skillClaims.json from
// the labelled real CVs (deterministic for the same labels and seed), then reports 5-fold cross-validated
// figures next to the rules.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Example, predict, train } from "../shared/analysis/segmenter/perceptron.ts";
import { TRAINING } from "../shared/analysis/segmenter/training.ts";
import { skillJudgeFrom } from "../shared/analysis/skillJudge.ts";
import { corpusPresent, developmentLabels } from "../test/accuracy/realSet.ts";
import { documentExamples, foldOf, trainSkillClaims } from "../test/accuracy/segmenterData.ts";

const K = 5;
const OUT = new URL("../shared/analysis/segmenter/pieceRoles.json", import.meta.url);
const SKILL_OUT = new URL("../shared/analysis/skillClaims.json", import.meta.url);
/** writes a model as biome formats JSON, so that a retrained file passes lint and its diff shows only weights */
function writeModel(out: URL, model: unknown) {
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  execFileSync("npx", ["biome", "format", "--write", fileURLToPath(out)], { stdio: "ignore" });
}

if (!corpusPresent()) {
  console.log("train: ../shared/corpus is not beside the project; nothing to train on");
  process.exit(1);
}
// the held-out labels (test/accuracy/heldout.json) are never trained on
const labels = developmentLabels().filter((l) => l.isCv);
const documents = await documentExamples(labels);
const all = documents.flatMap((d) => d.examples);
const model = train(all, TRAINING);
writeModel(OUT, model);
console.log(
  `trained on ${all.length} pieces from ${documents.length} CVs -> shared/analysis/segmenter/pieceRoles.json`,
);

// cross-validation: per fold, train without its documents and predict its pieces
const featureValue = (e: Example, name: string) =>
  e.features.find((f) => f.startsWith(`${name}=`))?.split("=")[1];
const ruleOf = (e: Example) => {
  const t = Number(featureValue(e, "title"));
  const c = Number(featureValue(e, "company"));
  return t > c ? "title" : c > t ? "organisation" : "other";
};
type Tally = Record<string, { tp: number; fp: number; fn: number }>;
const tally = (): Tally => ({ title: { tp: 0, fp: 0, fn: 0 }, organisation: { tp: 0, fp: 0, fn: 0 } });
const learned = tally();
const rules = tally();
const count = (t: Tally, truth: string, guess: string) => {
  for (const role of ["title", "organisation"]) {
    if (guess === role && truth === role) t[role].tp++;
    else if (guess === role) t[role].fp++;
    else if (truth === role) t[role].fn++;
  }
};
for (let fold = 0; fold < K; fold++) {
  const trainSet = documents.filter((_, i) => foldOf(i, K) !== fold).flatMap((d) => d.examples);
  const testSet = documents.filter((_, i) => foldOf(i, K) === fold).flatMap((d) => d.examples);
  const foldModel = train(trainSet, TRAINING);
  for (const e of testSet) {
    count(learned, e.label, predict(foldModel, e.features));
    count(rules, e.label, ruleOf(e));
  }
}
const f = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return `p ${p.toFixed(2)} r ${r.toFixed(2)}`;
};
console.log(`${K}-fold cross-validated, by document (${all.length} pieces):`);
for (const role of ["title", "organisation"])
  console.log(`  ${role.padEnd(12)} learned ${f(learned[role])}   word rules ${f(rules[role])}`);

// the skill claim model: every candidate skill, claimed or skipped, with the rules' verdict as one feature
const candidates = documents.flatMap((d) => d.skills);
const claims = trainSkillClaims(candidates);
writeModel(SKILL_OUT, claims);
console.log(
  `trained on ${candidates.length} candidate skills from ${documents.length} CVs -> shared/analysis/skillClaims.json`,
);
const claimTally = { learned: { tp: 0, fp: 0, fn: 0 }, rules: { tp: 0, fp: 0, fn: 0 } };
for (let fold = 0; fold < K; fold++) {
  const judge = skillJudgeFrom(
    trainSkillClaims(documents.filter((_, i) => foldOf(i, K) !== fold).flatMap((d) => d.skills)),
  );
  for (const e of documents.filter((_, i) => foldOf(i, K) === fold).flatMap((d) => d.skills)) {
    if (e.label === "inside") continue; // inside a labelled phrase: counted neither way
    const truth = e.label === "claim";
    for (const [how, guess] of [
      ["learned", judge(e.features, "") > 0],
      ["rules", e.features.includes("rule=true")],
    ] as const) {
      if (guess && truth) claimTally[how].tp++;
      else if (guess) claimTally[how].fp++;
      else if (truth) claimTally[how].fn++;
    }
  }
}
console.log(
  `  skills (candidates the taxonomy finds)  learned ${f(claimTally.learned)}   rules ${f(claimTally.rules)}`,
);
