// A BM25F index that grows one document at a time and forgets documents by marking them, so a tenant's index
// follows its uploads and deletions without being rebuilt. Raw per-field counts are kept with each posting;
// length normalisation and document frequency are worked out at query time from the live documents, so the
// scores are those a fresh build over the same documents would give. A query word counts as often as the query
// says it (BM25's query term frequency, unsaturated): a job ad that names its title twice weighs the title's words double.
import type { Bm25Options, LexicalIndex } from "./bm25.ts";
import { lexicalTokens } from "./tokens.ts";

interface GrowingPosting {
  /** document slots, in the order they were added */
  slots: number[];
  /** per slot entry, one count per field (fields in the options' order) */
  counts: number[];
}

export interface GrowingLexicalIndex {
  /** adds a document, or replaces the one with the same id */
  add(id: string, fields: Record<string, string>): void;
  remove(id: string): void;
  readonly live: number;
  /** slots held by removed documents; a caller rebuilds when these outnumber the live ones */
  readonly dead: number;
  /** the index as seen through a list of ids: scores and marks in that list's order (unknown ids score 0) */
  view(ids: readonly string[]): LexicalIndex;
}

export function createGrowingLexicalIndex(options: Bm25Options): GrowingLexicalIndex {
  const k1 = options.k1 ?? 1.2;
  const names = Object.keys(options.fields);
  const specs = names.map((n) => options.fields[n]);
  const F = names.length;
  const postings = new Map<string, GrowingPosting>();
  const slotOf = new Map<string, number>();
  const alive: boolean[] = [];
  /** per slot, per field: its length in words */
  const lengths: number[] = [];
  const totals = new Array<number>(F).fill(0);
  let live = 0;

  function remove(id: string) {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    slotOf.delete(id);
    alive[slot] = false;
    for (let f = 0; f < F; f++) totals[f] -= lengths[slot * F + f];
    live--;
  }

  function add(id: string, fields: Record<string, string>) {
    remove(id);
    const slot = alive.length;
    alive.push(true);
    slotOf.set(id, slot);
    live++;
    const perWord = new Map<string, number[]>();
    names.forEach((name, f) => {
      const tokens = lexicalTokens(fields[name] ?? "");
      lengths[slot * F + f] = tokens.length;
      totals[f] += tokens.length;
      for (const token of tokens) {
        let counts = perWord.get(token);
        if (!counts) {
          counts = new Array<number>(F).fill(0);
          perWord.set(token, counts);
        }
        counts[f]++;
      }
    });
    for (const [word, counts] of perWord) {
      let posting = postings.get(word);
      if (!posting) {
        posting = { slots: [], counts: [] };
        postings.set(word, posting);
      }
      posting.slots.push(slot);
      for (let f = 0; f < F; f++) posting.counts.push(counts[f]);
    }
  }

  /** the weighted, length-normalised frequency of a posting entry, from the averages of now */
  function frequency(posting: GrowingPosting, entry: number, averages: number[]): number {
    const slot = posting.slots[entry];
    let freq = 0;
    for (let f = 0; f < F; f++) {
      const count = posting.counts[entry * F + f];
      if (count === 0) continue;
      const { weight, b } = specs[f];
      if (weight <= 0) continue;
      freq += (weight * count) / (1 - b + (b * lengths[slot * F + f]) / (averages[f] || 1));
    }
    return freq;
  }

  function liveDf(posting: GrowingPosting): number {
    let df = 0;
    for (const slot of posting.slots) if (alive[slot]) df++;
    return df;
  }

  const idf = (df: number) => Math.max(0.01, Math.log(1 + (live - df + 0.5) / (df + 0.5)));
  const queryWords = (query: string) => [...new Set(lexicalTokens(query))];
  /** each distinct word of a query and how often the query says it: a word said twice counts twice */
  const queryCounts = (query: string) => {
    const counts = new Map<string, number>();
    for (const word of lexicalTokens(query)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };

  return {
    add,
    remove,
    get live() {
      return live;
    },
    get dead() {
      return alive.length - live;
    },
    view(ids) {
      // Where each listed id sits in the index, once per view.
      const positionOfSlot = new Int32Array(alive.length).fill(-1);
      ids.forEach((id, position) => {
        const slot = slotOf.get(id);
        if (slot !== undefined) positionOfSlot[slot] = position;
      });
      const averages = totals.map((t) => (live === 0 ? 0 : t / live));
      return {
        size: ids.length,
        ids,
        score(query) {
          const scores = new Float32Array(ids.length);
          for (const [word, said] of queryCounts(query)) {
            const posting = postings.get(word);
            if (!posting) continue;
            const weight = idf(liveDf(posting)) * (k1 + 1) * said;
            for (let e = 0; e < posting.slots.length; e++) {
              const slot = posting.slots[e];
              const position = slot < positionOfSlot.length ? positionOfSlot[slot] : -1;
              if (position < 0 || !alive[slot]) continue;
              const freq = frequency(posting, e, averages);
              scores[position] += (weight * freq) / (k1 + freq);
            }
          }
          return scores;
        },
        scoreDocument(query, fields) {
          const counts = queryCounts(query);
          const perWord = new Map<string, number[]>();
          const docLengths = names.map((name, f) => {
            const tokens = lexicalTokens(fields[name] ?? "");
            for (const token of tokens) {
              if (!counts.has(token)) continue;
              let c = perWord.get(token);
              if (!c) {
                c = new Array<number>(F).fill(0);
                perWord.set(token, c);
              }
              c[f]++;
            }
            return tokens.length;
          });
          // Summed in single precision, word by word in the order score() takes, so that a document the index
          // holds gets exactly the number score() gives it.
          let total = 0;
          for (const [word, said] of counts) {
            const posting = postings.get(word);
            const c = perWord.get(word);
            if (!posting || !c) continue;
            let freq = 0;
            for (let f = 0; f < F; f++) {
              if (c[f] === 0) continue;
              const { weight, b } = specs[f];
              if (weight <= 0) continue;
              freq += (weight * c[f]) / (1 - b + (b * docLengths[f]) / (averages[f] || 1));
            }
            if (freq === 0) continue;
            total = Math.fround(total + (idf(liveDf(posting)) * (k1 + 1) * said * freq) / (k1 + freq));
          }
          return total;
        },
        ceiling(query) {
          let total = 0;
          for (const [word, said] of queryCounts(query)) {
            const posting = postings.get(word);
            if (posting) {
              const df = liveDf(posting);
              if (df > 0) total += idf(df) * (k1 + 1) * said;
            }
          }
          return total;
        },
        holdingAll(phrase) {
          const held = new Uint8Array(ids.length);
          const words = queryWords(phrase);
          if (words.length === 0) return held;
          const counts = new Uint8Array(ids.length);
          for (const word of words) {
            const posting = postings.get(word);
            if (!posting) return held;
            for (const slot of posting.slots) {
              const position = slot < positionOfSlot.length ? positionOfSlot[slot] : -1;
              if (position >= 0 && alive[slot]) counts[position]++;
            }
          }
          for (let p = 0; p < ids.length; p++) if (counts[p] === words.length) held[p] = 1;
          return held;
        },
      };
    },
  };
}

/** an index over a fixed set of documents: the growing index, filled once and seen in the documents' order */
export function buildLexicalIndex(
  documents: readonly { id: string; fields: Record<string, string> }[],
  options: Bm25Options,
): LexicalIndex {
  const index = createGrowingLexicalIndex(options);
  for (const d of documents) index.add(d.id, d.fields);
  return index.view(documents.map((d) => d.id));
}
