// The relevance suite: the livecareer CVs of ../shared/corpus (the folder is the profession, so the label is
// free) uploaded through the API, one job ad per profession, and the ranking of /api/jobs/:id/matches and of
// /api/search (the job title as the query) scored by precision@10 and NDCG@10, beside a BM25-only baseline
// over the same stored texts, computed in the same run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { type RelevanceJob, relevanceJobs } from "./job-ads.ts";
import { overlapShares, type PlaceFigures, placeFigures, placeOf, tfidfCosines } from "./jobsForCv.ts";
import { shortQueries } from "./short-queries.ts";

export const livecareerDir = new URL("../../../shared/corpus/livecareer/", import.meta.url).pathname;
export const corpusPresent = () => existsSync(livecareerDir);

export interface RelevanceCv {
  category: string;
  file: string;
}

export function relevanceCvs(): RelevanceCv[] {
  const cvs: RelevanceCv[] = [];
  for (const category of readdirSync(livecareerDir).sort()) {
    for (const name of readdirSync(join(livecareerDir, category)).sort()) {
      if (name.endsWith(".pdf")) cvs.push({ category, file: join(livecareerDir, category, name) });
    }
  }
  return cvs;
}

/** binary relevance: fraction of the first k that are relevant */
export function precisionAt(ranked: boolean[], k: number): number {
  let hits = 0;
  for (let i = 0; i < k; i++) if (ranked[i]) hits++;
  return hits / k;
}

/** binary-gain NDCG@k; the ideal list puts min(k, relevantTotal) relevant items first */
export function ndcgAt(ranked: boolean[], k: number, relevantTotal: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (ranked[i]) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevantTotal); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export type Request = (path: string, init?: RequestInit) => Promise<Response>;

export type Figures = { p10: number; ndcg10: number };

/** the mean of each figure over a list */
function average(list: Figures[]): Figures {
  return {
    p10: list.reduce((s, f) => s + f.p10, 0) / list.length,
    ndcg10: list.reduce((s, f) => s + f.ndcg10, 0) / list.length,
  };
}

export interface JobFigures {
  category: string;
  matches: Figures;
  search: Figures;
  bm25Job: Figures;
  bm25Title: Figures;
  /** /api/search with the profession's own word as the query ("chef", "public relations") */
  searchWord: Figures;
  bm25Word: Figures;
}

/** the profession's word as a person would type it: the folder's name in lower case, hyphens as spaces ("HR" stays) */
export const professionWord = (category: string) =>
  category.length <= 3 ? category : category.toLowerCase().replaceAll("-", " ");

export interface RelevanceRun {
  cvs: number;
  failedUploads: number;
  /** each job's first ten matches scored again one pair at a time (POST /api/match), and how many differed */
  pairs: { checked: number; differing: string[] };
  jobs: JobFigures[];
  mean: Omit<JobFigures, "category">;
  /** search and BM25 over the other short queries (short-queries.ts), mean over the queries */
  shortQueries: { queries: number; search: Figures; bm25: Figures };
  /**
   * The whole ranking of every CV for each job, not only its first ten: the chance that a CV of the job's
   * profession ranks above one of another (ROC AUC; ties count half), mean over the jobs, for the matches and for
   * two baselines over the same stored texts (BM25 of the ad, and the share of the ad's words the CV holds).
   */
  wholeList: { matches: number; bm25: number; overlap: number };
  /**
   * The other direction: each CV's jobs ranked by /api/cvs/:id/matches, and where its own profession's job comes
   * (jobsForCv.ts), beside the TF-IDF cosine and the keyword overlap of the same texts.
   */
  jobsForCv: { cvs: number; matches: PlaceFigures; tfidf: PlaceFigures; overlap: PlaceFigures };
}

const K = 10;

function figures(ids: string[], categoryOf: Map<string, string>, category: string, total: number) {
  const ranked = ids.map((id) => categoryOf.get(id) === category);
  return { p10: precisionAt(ranked, K), ndcg10: ndcgAt(ranked, K, total) };
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** uploads the CVs (one per request), returns stored id → category and id → stored text */
async function upload(request: Request, cvs: RelevanceCv[]) {
  const categoryOf = new Map<string, string>();
  const textOf = new Map<string, string>();
  let failed = 0;
  for (const cv of cvs) {
    const form = new FormData();
    const bytes = readFileSync(cv.file);
    form.append("file", new Blob([bytes], { type: "application/pdf" }), cv.file.split("/").pop());
    const response = await request("/api/cvs", { method: "POST", body: form });
    if (response.status !== 201 && response.status !== 200) {
      failed++;
      continue;
    }
    const stored = (await response.json()) as { id: string };
    categoryOf.set(stored.id, cv.category);
    const full = await json<{ text?: string }>(await request(`/api/cvs/${stored.id}`), "read CV");
    textOf.set(stored.id, full.text ?? "");
  }
  return { categoryOf, textOf, failed };
}

function bm25Index(textOf: Map<string, string>) {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], idField: "id" });
  index.addAll([...textOf].map(([id, text]) => ({ id, text })));
  const top = (query: string) =>
    index
      .search(query, { combineWith: "OR" })
      .slice(0, K)
      .map((hit) => String(hit.id));
  /** every CV's BM25 score for the query (0 for a CV the query's words miss) */
  const scores = (query: string) =>
    new Map(index.search(query, { combineWith: "OR" }).map((hit) => [String(hit.id), hit.score]));
  return Object.assign(top, { scores });
}

/** keyword overlap: the share of the ad's words that each CV's text holds */
function overlapScores(ad: string, textOf: Map<string, string>): Map<string, number> {
  const one = new Map([["ad", ad]]);
  return new Map([...textOf].map(([id, text]) => [id, overlapShares(text, one).get("ad") ?? 0]));
}

/**
 * ROC AUC of a scoring of every CV against the job's profession: the chance that a relevant CV scores above an
 * irrelevant one, ties counted half; a CV the scoring leaves out scores below every listed one.
 */
export function wholeListAuc(
  scoreOf: Map<string, number>,
  categoryOf: Map<string, string>,
  category: string,
): number {
  const relevant: number[] = [];
  const other: number[] = [];
  for (const [id, cat] of categoryOf) (cat === category ? relevant : other).push(scoreOf.get(id) ?? -1);
  if (relevant.length === 0 || other.length === 0) return 0;
  let wins = 0;
  for (const r of relevant) for (const o of other) wins += r > o ? 1 : r === o ? 0.5 : 0;
  return wins / (relevant.length * other.length);
}

async function searchIds(request: Request, query: string): Promise<string[]> {
  const searched = await json<{ results: { cvId: string }[] }>(
    await request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, limit: K }),
    }),
    "search",
  );
  return searched.results.map((r) => r.cvId);
}

const jobText = (job: RelevanceJob) => `${job.title}\n${job.description}`;

/** for each CV, where its own profession's job comes among every job: ours, and the two baselines */
async function placesOfOwnJobs(
  request: Request,
  categoryOf: Map<string, string>,
  textOf: Map<string, string>,
  adOf: Map<string, string>,
  jobOfCategory: Map<string, string>,
): Promise<RelevanceRun["jobsForCv"]> {
  const cosines = tfidfCosines(textOf, adOf);
  const places = { matches: [] as number[], tfidf: [] as number[], overlap: [] as number[] };
  for (const [cvId, category] of categoryOf) {
    const own = jobOfCategory.get(category);
    if (own === undefined) continue;
    const listed = await json<{ matches: { jobId: string; score: number }[] }>(
      await request(`/api/cvs/${cvId}/matches?limit=${adOf.size}`),
      "jobs for a CV",
    );
    places.matches.push(placeOf(new Map(listed.matches.map((m) => [m.jobId, m.score])), own));
    places.tfidf.push(placeOf(cosines.get(cvId) ?? new Map(), own));
    places.overlap.push(placeOf(overlapShares(textOf.get(cvId) ?? "", adOf), own));
  }
  return {
    cvs: places.matches.length,
    matches: placeFigures(places.matches),
    tfidf: placeFigures(places.tfidf),
    overlap: placeFigures(places.overlap),
  };
}

export async function runRelevance(request: Request, cvs = relevanceCvs()): Promise<RelevanceRun> {
  const { categoryOf, textOf, failed } = await upload(request, cvs);
  const totalOf = new Map<string, number>();
  for (const category of categoryOf.values()) totalOf.set(category, (totalOf.get(category) ?? 0) + 1);
  const bm25 = bm25Index(textOf);
  const jobs: JobFigures[] = [];
  const pairs = { checked: 0, differing: [] as string[] };
  const whole = { matches: [] as number[], bm25: [] as number[], overlap: [] as number[] };
  const adOf = new Map<string, string>();
  const jobOfCategory = new Map<string, string>();
  for (const job of relevanceJobs) {
    const total = totalOf.get(job.category) ?? 0;
    const created = await json<{ id: string }>(
      await request("/api/jobs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: job.title, description: job.description }),
      }),
      "create job",
    );
    adOf.set(created.id, jobText(job));
    jobOfCategory.set(job.category, created.id);
    const matched = await json<{ matches: { cvId: string; score: number }[] }>(
      await request(`/api/jobs/${created.id}/matches?limit=${K}`),
      "matches",
    );
    for (const match of matched.matches) {
      const pair = await json<{ score: number }>(
        await request("/api/match", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ cv: { id: match.cvId }, job: { id: created.id } }),
        }),
        "match one pair",
      );
      pairs.checked++;
      if (pair.score !== match.score)
        pairs.differing.push(`${job.category} ${match.cvId}: ranked ${match.score}, pair ${pair.score}`);
    }
    const everyMatch = await json<{ matches: { cvId: string; score: number }[] }>(
      await request(`/api/jobs/${created.id}/matches?limit=${categoryOf.size}`),
      "every match",
    );
    whole.matches.push(
      wholeListAuc(new Map(everyMatch.matches.map((m) => [m.cvId, m.score])), categoryOf, job.category),
    );
    whole.bm25.push(wholeListAuc(bm25.scores(jobText(job)), categoryOf, job.category));
    whole.overlap.push(wholeListAuc(overlapScores(jobText(job), textOf), categoryOf, job.category));
    const searched = await searchIds(request, job.title);
    const word = professionWord(job.category);
    const searchedWord = await searchIds(request, word);
    jobs.push({
      category: job.category,
      searchWord: figures(searchedWord, categoryOf, job.category, total),
      bm25Word: figures(bm25(word), categoryOf, job.category, total),
      matches: figures(
        matched.matches.map((m) => m.cvId),
        categoryOf,
        job.category,
        total,
      ),
      search: figures(searched, categoryOf, job.category, total),
      bm25Job: figures(bm25(jobText(job)), categoryOf, job.category, total),
      bm25Title: figures(bm25(job.title), categoryOf, job.category, total),
    });
  }
  const jobsForCv = await placesOfOwnJobs(request, categoryOf, textOf, adOf, jobOfCategory);
  const ours: Figures[] = [];
  const theirs: Figures[] = [];
  for (const [category, queries] of Object.entries(shortQueries)) {
    const total = totalOf.get(category) ?? 0;
    for (const query of queries) {
      ours.push(figures(await searchIds(request, query), categoryOf, category, total));
      theirs.push(figures(bm25(query), categoryOf, category, total));
    }
  }
  const mean = (pick: (f: JobFigures) => Figures) => average(jobs.map(pick));
  const meanOf = (list: number[]) => list.reduce((sum, x) => sum + x, 0) / Math.max(1, list.length);
  return {
    wholeList: { matches: meanOf(whole.matches), bm25: meanOf(whole.bm25), overlap: meanOf(whole.overlap) },
    jobsForCv,
    cvs: categoryOf.size,
    failedUploads: failed,
    pairs,
    jobs,
    shortQueries: { queries: ours.length, search: average(ours), bm25: average(theirs) },
    mean: {
      matches: mean((f) => f.matches),
      search: mean((f) => f.search),
      bm25Job: mean((f) => f.bm25Job),
      bm25Title: mean((f) => f.bm25Title),
      searchWord: mean((f) => f.searchWord),
      bm25Word: mean((f) => f.bm25Word),
    },
  };
}

export function formatRun(run: RelevanceRun, mode: string): string {
  const f = (x: Figures) => `${x.p10.toFixed(2)} / ${x.ndcg10.toFixed(2)}`;
  const lines = [
    `relevance (${mode}): ${run.cvs} CVs, ${run.failedUploads} uploads failed; P@10 / NDCG@10`,
    `${"category".padEnd(24)} ${"matches".padEnd(12)} ${"search".padEnd(12)} ${"BM25 job".padEnd(12)} ${"BM25 title".padEnd(12)} ${"search word".padEnd(12)} BM25 word`,
  ];
  for (const j of run.jobs) {
    lines.push(
      `${j.category.padEnd(24)} ${f(j.matches).padEnd(12)} ${f(j.search).padEnd(12)} ${f(j.bm25Job).padEnd(12)} ${f(j.bm25Title).padEnd(12)} ${f(j.searchWord).padEnd(12)} ${f(j.bm25Word)}`,
    );
  }
  // The means with three decimals: one relevant CV more or less in one profession's top ten moves them by 0.004.
  const place = (x: PlaceFigures) => `${x.top1.toFixed(3)} / ${x.top3.toFixed(3)} / ${x.mrr.toFixed(3)}`;
  const f3 = (x: Figures) => `${x.p10.toFixed(3)} / ${x.ndcg10.toFixed(3)}`;
  const m = run.mean;
  lines.push(
    `${"MEAN".padEnd(24)} ${f3(m.matches).padEnd(14)} ${f3(m.search).padEnd(14)} ${f3(m.bm25Job).padEnd(14)} ${f3(m.bm25Title).padEnd(14)} ${f3(m.searchWord).padEnd(14)} ${f3(m.bm25Word)}`,
    "search: the job ad's title as the query; search word: the profession's own word (the folder's name) as the query",
    `other short queries (${run.shortQueries.queries}, short-queries.ts): search ${f3(run.shortQueries.search)}, BM25 ${f3(run.shortQueries.bm25)}`,
    `whole ranking of every CV, ROC AUC (a CV of the profession above one of another), mean over the jobs: matches ${run.wholeList.matches.toFixed(3)}, BM25 of the ad ${run.wholeList.bm25.toFixed(3)}, keyword overlap ${run.wholeList.overlap.toFixed(3)}`,
    `jobs for each CV (/api/cvs/:id/matches, ${run.jobsForCv.cvs} CVs, ${run.jobs.length} jobs), its own profession's job first / in the first three / mean reciprocal rank: matches ${place(run.jobsForCv.matches)}, TF-IDF cosine ${place(run.jobsForCv.tfidf)}, keyword overlap ${place(run.jobsForCv.overlap)}`,
    `one pair at a time (POST /api/match) for each job's first ten matches: ${run.pairs.checked - run.pairs.differing.length} of ${run.pairs.checked} scored as ranked`,
  );
  return lines.join("\n");
}
