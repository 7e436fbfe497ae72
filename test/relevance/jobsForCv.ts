// The other direction of the relevance suite: for each CV, the jobs ranked by /api/cvs/:id/matches, and where
// the job of the CV's own profession comes among them. A recruiter with one CV and several openings reads this
// list, and its scores are only worth reading if one job's score can be set against another's. Baselines over
// the same stored texts in the same run: the TF-IDF cosine of the CV's text and the ad, and the share of the
// ad's words that the CV holds.
import { stopwords } from "../../shared/embeddings/_stopwords.ts";

/** how the own job placed for each CV: the share ranked first, in the first three, and the mean reciprocal rank */
export interface PlaceFigures {
  top1: number;
  top3: number;
  mrr: number;
}

/**
 * The place (1 = first) of the own job among the scores of every job; jobs tied with it share the places they
 * span, so the place is 1 + the jobs above it + half of the others tied with it. A job left unscored is last.
 */
export function placeOf(scores: Map<string, number>, own: string): number {
  const mine = scores.get(own);
  if (mine === undefined) return scores.size + 1;
  let above = 0;
  let tied = 0;
  for (const [job, score] of scores) {
    if (job === own) continue;
    if (score > mine) above++;
    else if (score === mine) tied++;
  }
  return 1 + above + tied / 2;
}

/** the figures of a list of places */
export function placeFigures(places: number[]): PlaceFigures {
  const n = Math.max(1, places.length);
  return {
    top1: places.filter((p) => p <= 1).length / n,
    top3: places.filter((p) => p <= 3).length / n,
    mrr: places.reduce((sum, p) => sum + 1 / p, 0) / n,
  };
}

const counts = (text: string) => {
  const out = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
    if (!stopwords.has(word)) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
};

/**
 * TF-IDF cosine between every CV and every ad: sublinear term frequency (1 + ln tf), smoothed inverse document
 * frequency ln((1 + n) / (1 + df)) + 1 over the CVs and ads together, vectors of unit length.
 */
export function tfidfCosines(
  cvs: Map<string, string>,
  ads: Map<string, string>,
): Map<string, Map<string, number>> {
  const docs = new Map<string, Map<string, number>>();
  for (const [id, text] of cvs) docs.set(`cv:${id}`, counts(text));
  for (const [id, text] of ads) docs.set(`ad:${id}`, counts(text));
  const df = new Map<string, number>();
  for (const words of docs.values()) for (const word of words.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = new Map<string, Map<string, number>>();
  for (const [key, words] of docs) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, tf] of words) {
      const weight = (1 + Math.log(tf)) * (Math.log((1 + docs.size) / (1 + (df.get(word) ?? 0))) + 1);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    vectors.set(key, vector);
  }
  const out = new Map<string, Map<string, number>>();
  for (const cv of cvs.keys()) {
    const a = vectors.get(`cv:${cv}`) as Map<string, number>;
    const row = new Map<string, number>();
    for (const ad of ads.keys()) {
      const b = vectors.get(`ad:${ad}`) as Map<string, number>;
      let dot = 0;
      for (const [word, weight] of b) dot += weight * (a.get(word) ?? 0);
      row.set(ad, dot);
    }
    out.set(cv, row);
  }
  return out;
}

/** the share of each ad's distinct words that the CV's text holds */
export function overlapShares(cvText: string, ads: Map<string, string>): Map<string, number> {
  const has = counts(cvText);
  const out = new Map<string, number>();
  for (const [id, ad] of ads) {
    const wanted = [...counts(ad).keys()];
    out.set(id, wanted.length === 0 ? 0 : wanted.filter((w) => has.has(w)).length / wanted.length);
  }
  return out;
}
