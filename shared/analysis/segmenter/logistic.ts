// Binary logistic regression over sparse string features, L2-regularised and fitted by full-batch Adam: the
// same inputs give the same weights (no sampling), and the weights are stored in the perceptron's JSON form
// (half the margin on each label), so one reader scores both kinds of model in Node, workerd and the browser.
import type { Example, PerceptronModel } from "./perceptron.ts";

export interface LogisticOptions {
  /** the penalty on the squared weights (the feature "bias" is not penalised) */
  l2: number;
  iterations: number;
  /** Adam's step size */
  rate: number;
}

/** Fits P(positive | features); an example of any other label counts as negative. */
export function trainLogistic(
  examples: Example[],
  positive: string,
  negative: string,
  options: LogisticOptions,
): PerceptronModel {
  const index = new Map<string, number>();
  const rows = examples.map((e) =>
    e.features.map((f) => {
      const known = index.get(f);
      if (known !== undefined) return known;
      index.set(f, index.size);
      return index.size - 1;
    }),
  );
  const target = examples.map((e) => (e.label === positive ? 1 : 0));
  const n = index.size;
  const bias = index.get("bias") ?? -1;
  const w = new Float64Array(n);
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  const grad = new Float64Array(n);
  for (let t = 1; t <= options.iterations; t++) {
    for (let i = 0; i < n; i++) grad[i] = i === bias ? 0 : options.l2 * w[i];
    rows.forEach((row, k) => {
      let z = 0;
      for (const f of row) z += w[f];
      const g = (1 / (1 + Math.exp(-z)) - target[k]) / rows.length;
      for (const f of row) grad[f] += g;
    });
    for (let i = 0; i < n; i++) {
      first[i] = 0.9 * first[i] + 0.1 * grad[i];
      second[i] = 0.999 * second[i] + 0.001 * grad[i] * grad[i];
      const m = first[i] / (1 - 0.9 ** t);
      const v = second[i] / (1 - 0.999 ** t);
      w[i] -= (options.rate * m) / (Math.sqrt(v) + 1e-8);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, i] of index) {
    const half = Number((w[i] / 2).toFixed(4));
    if (half !== 0) weights[feature] = [half, -half];
  }
  return { labels: [positive, negative], weights };
}
