// The claim judge the engine uses by default: an averaged perceptron over claimFeatures (skillClaims.json,
// rebuilt by `npm run train` from the labelled real CVs), read as the margin of "claim" over "skip".
import { type PerceptronModel, scores } from "./segmenter/perceptron.ts";
import shipped from "./skillClaims.json" with { type: "json" };

/** how sure the CV claims a candidate skill: above 0 it is claimed; `skill` names it (the training hook) */
export type SkillJudge = (features: string[], skill: string) => number;

/** shared by `npm run train` and the cross-validated report; `orders` perceptrons are averaged */
export const SKILL_TRAINING = { epochs: 10, seed: 11, orders: 9 };
/**
 * The margin a candidate must clear, stored with the weights: above 0 trades recall for precision (chosen by
 * 5-fold cross-validation on the labelled CVs: precision 0.86 at recall 0.76, where the rules had 0.72 at 0.74)
 */
export const SKILL_OFFSET = 1.5;

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
