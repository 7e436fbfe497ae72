// An averaged multiclass perceptron over sparse string features: small, deterministic for a seed, and its
// weights are plain JSON, so the model runs the same in Node, workerd and the browser.

export interface PerceptronModel {
  labels: string[];
  /** feature -> one weight per label (averaged over training) */
  weights: Record<string, number[]>;
}

export interface Example {
  features: string[];
  label: string;
}

/** mulberry32: a tiny seeded generator, so training order and therefore weights are reproducible */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function scores(model: PerceptronModel, features: string[]): number[] {
  const out = model.labels.map(() => 0);
  for (const feature of features) {
    const w = model.weights[feature];
    if (w) for (let i = 0; i < out.length; i++) out[i] += w[i];
  }
  return out;
}

export function predict(model: PerceptronModel, features: string[]): string {
  const s = scores(model, features);
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
  return model.labels[best];
}

export function train(examples: Example[], options: { epochs: number; seed: number }): PerceptronModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const weights = new Map<string, number[]>();
  // averaging by the "lazy update" trick: totals accumulate weight x time it was held
  const totals = new Map<string, number[]>();
  const stamps = new Map<string, number[]>();
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  let time = 1;
  const row = (map: Map<string, number[]>, f: string) => {
    let r = map.get(f);
    if (!r) {
      r = labels.map(() => 0);
      map.set(f, r);
    }
    return r;
  };
  const update = (feature: string, label: number, delta: number) => {
    const w = row(weights, feature);
    const total = row(totals, feature);
    const stamp = row(stamps, feature);
    total[label] += (time - stamp[label]) * w[label];
    stamp[label] = time;
    w[label] += delta;
  };
  const guessOf = (features: string[]) => {
    const s = labels.map(() => 0);
    for (const feature of features) {
      const w = weights.get(feature);
      if (w) for (let i = 0; i < s.length; i++) s[i] += w[i];
    }
    let best = 0;
    for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
    return labels[best];
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const example = examples[index];
      const guess = guessOf(example.features);
      if (guess !== example.label) {
        const truth = labels.indexOf(example.label);
        const wrong = labels.indexOf(guess);
        for (const feature of example.features) {
          update(feature, truth, 1);
          update(feature, wrong, -1);
        }
      }
      time++;
    }
  }
  const averaged: Record<string, number[]> = {};
  for (const [feature, w] of [...weights].sort(([a], [b]) => a.localeCompare(b))) {
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    const avg = w.map((value, i) => (total[i] + (time - stamp[i]) * value) / time);
    if (avg.some((v) => Math.abs(v) > 1e-4)) averaged[feature] = avg.map((v) => Number(v.toFixed(4)));
  }
  return { labels, weights: averaged };
}
