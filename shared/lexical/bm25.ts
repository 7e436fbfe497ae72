// Field-weighted BM25 (BM25F) over a fixed set of documents: built once, then any query scores every
// document in one pass over the postings of its words. Each document's per-field term frequencies are
// normalised by field length and weighted before saturation, so a word in a job title counts more than the
// same word deep in the text, and one field cannot make up for another by repetition.
import { lexicalTokens } from "./tokens.ts";

export interface FieldSpec {
  /** how much a word in this field counts against one in a field of weight 1 */
  weight: number;
  /** length normalisation, 0 (none) to 1 (full); BM25's b */
  b: number;
}

export interface Bm25Options {
  fields: Record<string, FieldSpec>;
  /** term-frequency saturation; BM25's k1 */
  k1?: number;
}

interface Posting {
  docs: Int32Array;
  /** the weighted, length-normalised frequency of the word in each document of `docs` */
  freqs: Float32Array;
}

export interface LexicalIndex {
  readonly size: number;
  readonly ids: readonly string[];
  /** one score per document, in `ids` order; 0 where no query word occurs */
  score(query: string): Float32Array;
  /** the largest score any document could get for this query: each word at full saturation */
  ceiling(query: string): number;
  /** 1 for each document (in `ids` order) whose fields hold every word of `phrase`; all 0 for a phrase of none */
  holdingAll(phrase: string): Uint8Array;
}

/** the postings of every word; a function of its own so the build's temporary arrays are not kept alive */
function buildPostings(
  documents: readonly { id: string; fields: Record<string, string> }[],
  fields: Record<string, FieldSpec>,
): Map<string, Posting> {
  const fieldNames = Object.keys(fields);
  const n = documents.length;
  const tokenized = documents.map((d) => fieldNames.map((f) => lexicalTokens(d.fields[f] ?? "")));
  const average = fieldNames.map((_, f) => {
    let total = 0;
    for (const doc of tokenized) total += doc[f].length;
    return n === 0 ? 0 : total / n;
  });
  // Per document, the combined frequency of each word, appended to growing postings.
  const growing = new Map<string, { docs: number[]; freqs: number[] }>();
  for (let d = 0; d < n; d++) {
    const combined = new Map<string, number>();
    for (let f = 0; f < fieldNames.length; f++) {
      const { weight, b } = fields[fieldNames[f]];
      const tokens = tokenized[d][f];
      if (tokens.length === 0 || weight <= 0) continue;
      const norm = 1 - b + (b * tokens.length) / (average[f] || 1);
      for (const token of tokens) combined.set(token, (combined.get(token) ?? 0) + weight / norm);
    }
    for (const [token, freq] of combined) {
      const posting = growing.get(token) ?? { docs: [], freqs: [] };
      if (posting.docs.length === 0) growing.set(token, posting);
      posting.docs.push(d);
      posting.freqs.push(freq);
    }
    tokenized[d] = [];
  }
  const postings = new Map<string, Posting>();
  for (const [token, p] of growing) {
    postings.set(token, { docs: Int32Array.from(p.docs), freqs: Float32Array.from(p.freqs) });
  }
  return postings;
}

export function buildLexicalIndex(
  documents: readonly { id: string; fields: Record<string, string> }[],
  options: Bm25Options,
): LexicalIndex {
  const k1 = options.k1 ?? 1.2;
  const n = documents.length;
  const postings = buildPostings(documents, options.fields);
  // Robertson–Spärck Jones idf, floored at a small positive value so a word in most documents still counts.
  const idf = (df: number) => Math.max(0.01, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  const queryWords = (query: string) => [...new Set(lexicalTokens(query))];
  const ids = documents.map((d) => d.id);
  return {
    size: n,
    ids,
    score(query) {
      const scores = new Float32Array(n);
      for (const word of queryWords(query)) {
        const posting = postings.get(word);
        if (!posting) continue;
        const weight = idf(posting.docs.length) * (k1 + 1);
        const { docs, freqs } = posting;
        for (let i = 0; i < docs.length; i++) scores[docs[i]] += (weight * freqs[i]) / (k1 + freqs[i]);
      }
      return scores;
    },
    holdingAll(phrase) {
      const held = new Uint8Array(n);
      const words = queryWords(phrase);
      if (words.length === 0) return held;
      const lists = words.map((w) => postings.get(w)?.docs);
      if (lists.some((docs) => docs === undefined)) return held;
      // Count each document's hits; those with every word have one per word.
      const counts = new Uint8Array(n);
      for (const docs of lists as Int32Array[]) for (let i = 0; i < docs.length; i++) counts[docs[i]]++;
      for (let d = 0; d < n; d++) if (counts[d] === words.length) held[d] = 1;
      return held;
    },
    ceiling(query) {
      let total = 0;
      for (const word of queryWords(query)) {
        const posting = postings.get(word);
        if (posting) total += idf(posting.docs.length) * (k1 + 1);
      }
      return total;
    },
  };
}
