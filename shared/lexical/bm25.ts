// Field-weighted BM25 (BM25F): its options and the index as ranking and search read it (shared/lexical/growing.ts
// builds it). A query scores every document in one pass over the postings of its words. Each document's per-field
// term frequencies are normalised by field length and weighted before saturation, so a word in a job title counts more than the
// same word deep in the text, and one field cannot make up for another by repetition.

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

export interface LexicalIndex {
  readonly size: number;
  readonly ids: readonly string[];
  /** one score per document, in `ids` order; 0 where no query word occurs; a word the query repeats counts that often */
  score(query: string): Float32Array;
  /**
   * the score a document with these fields would get, against this index's statistics (document frequencies
   * and field lengths): the same number `score` gives a document the index holds with the same fields
   */
  scoreDocument(query: string, fields: Record<string, string>): number;
  /** the largest score any document could get for this query: each word at full saturation */
  ceiling(query: string): number;
  /** 1 for each document (in `ids` order) whose fields hold every word of `phrase`; all 0 for a phrase of none */
  holdingAll(phrase: string): Uint8Array;
}
