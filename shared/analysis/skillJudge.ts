// The claim judge the engine uses by default: a logistic regression over claimFeatures (skillClaims.json,
// rebuilt by `npm run train` from the labelled real CVs), read as the margin of "claim" over "skip" (the
// log-odds that the CV claims the skill).
import { type PerceptronModel, scores } from "./segmenter/perceptron.ts";
import shipped from "./skillClaims.json" with { type: "json" };

/** how sure the CV claims a candidate skill: above 0 it is claimed; `skill` names it (the training hook) */
export type SkillJudge = (features: string[], skill: string) => number;

/**
 * shared by `npm run train` and the cross-validated report. The penalty was chosen by 5-fold cross-validation
 * on the development CVs (skills F1 0.809-0.828 for penalties 0.0001-0.01 and offsets 0-1; an averaged
 * perceptron, the model before, 0.817).
 */
export const SKILL_TRAINING = { l2: 0.0003, iterations: 600, rate: 0.05 };
/**
 * The log-odds a candidate must clear, stored with the weights: 0 claims what is more likely claimed than not
 * (chosen with the penalty above; 0.25 and 0.5 traded more recall for precision than they gained)
 */
export const SKILL_OFFSET = 0;

export function skillJudgeFrom(model: PerceptronModel): SkillJudge {
  const claim = model.labels.indexOf("claim");
  const skip = model.labels.indexOf("skip");
  if (claim === -1 || skip === -1) return () => 0;
  const offset = (model as PerceptronModel & { offset?: number }).offset ?? SKILL_OFFSET;
  return (features) => {
    const s = scores(model, features);
    return s[claim] - s[skip] - offset;
  };
}

let cached: SkillJudge | null = null;
export function defaultSkillJudge(): SkillJudge | null {
  if ((shipped as PerceptronModel).labels.length < 2) return null;
  cached ??= skillJudgeFrom(shipped as PerceptronModel);
  return cached;
}
