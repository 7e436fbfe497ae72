// Turns caller weights into the shares each score component gets for one job: normalized, and with the
// share of every component the job does not constrain handed to the others, with a note saying so.

export interface MatchWeights {
  semantic: number;
  requiredSkills: number;
  preferredSkills: number;
  experience: number;
  education: number;
  /** how close the CV's job titles are to the job's title as occupations (O*NET); optional for older callers */
  occupation?: number;
  /** how well the CV's words match the job ad's (field-weighted BM25, relative to the tenant's best CV for the ad) */
  lexical?: number;
  /** how many of the job title's words (weighted by their rarity among job titles) a title of the CV holds */
  title?: number;
}

export type MatchComponent = keyof MatchWeights;

export const COMPONENTS: readonly MatchComponent[] = [
  "semantic",
  "requiredSkills",
  "preferredSkills",
  "experience",
  "education",
  "occupation",
  "lexical",
  "title",
];

/** why a component is left out, keyed by component: those the job does not constrain, and those the CV leaves unknown */
export type Unconstrained = Partial<Record<MatchComponent, string>>;

export interface EffectiveWeights {
  /** shares summing to 1 (all 0 only when no component applies) */
  shares: Readonly<MatchWeights>;
  notes: readonly string[];
}

const share = (x: number) => `${Math.round(x * 1000) / 10}%`;

function usable(weight: number | undefined): number {
  return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 0;
}

export function effectiveWeights(weights: MatchWeights, unconstrained: Unconstrained): EffectiveWeights {
  const notes: string[] = [];
  const active = COMPONENTS.filter((c) => unconstrained[c] === undefined);
  let total = 0;
  for (const c of COMPONENTS) total += usable(weights[c]);
  let activeTotal = 0;
  for (const c of active) activeTotal += usable(weights[c]);
  const shares: MatchWeights = {
    semantic: 0,
    requiredSkills: 0,
    preferredSkills: 0,
    experience: 0,
    education: 0,
    occupation: 0,
    lexical: 0,
    title: 0,
  };
  for (const c of COMPONENTS) {
    const reason = unconstrained[c];
    if (reason !== undefined && usable(weights[c]) > 0 && total > 0) {
      notes.push(
        `${reason}: its weight (${share(usable(weights[c]) / total)}) goes to the other components.`,
      );
    }
  }
  // Six decimals keep the shares readable in a result (0.1875, not 0.18749999999999997).
  const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
  if (activeTotal > 0) {
    for (const c of active) shares[c] = tidy(usable(weights[c]) / activeTotal);
  } else if (active.length > 0) {
    // Every weight that applies is zero: fall back to equal shares rather than a score that means nothing.
    for (const c of active) shares[c] = tidy(1 / active.length);
    notes.push("No positive weight applies to this job: the components that do apply count equally.");
  }
  return { shares: Object.freeze(shares), notes: Object.freeze(notes) };
}
