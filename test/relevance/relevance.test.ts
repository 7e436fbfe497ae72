// The relevance suite in `npm test`: the 24 livecareer professions' CVs through the API, in embedded and in
// stack mode, with floors at the level reached (they only go up) and the BM25 baseline printed beside them.
// Skips, saying why, where the corpus is not beside the project.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApi, type TestApi } from "../support/api.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../support/integration.ts";
import { corpusPresent, formatRun, runRelevance } from "./relevance.ts";

type Pair = { p10: number; ndcg10: number };
const floors = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8")) as {
  matches: Pair;
  search: Pair;
  searchWord: Pair;
  shortQueries: Pair;
  wholeList: { matches: number };
  jobsForCv: { top1: number; mrr: number };
};

const present = corpusPresent();
if (!present) console.log("relevance suite skipped: ../shared/corpus/livecareer is not beside the project");
const stackReady =
  present &&
  integrationAvailable("relevance suite in stack mode", {
    DATABASE_URL: testDatabaseUrl,
    REDIS_URL: testRedisUrl,
  });
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);

describe.skipIf(!present).each(modes)("relevance on the livecareer professions (%s)", (mode) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(mode, { database: testDatabaseUrl, redis: testRedisUrl });
  }, 120_000);
  afterAll(() => api?.close());

  test("matches and search stay at or above their floors", async () => {
    const run = await runRelevance((path, init) => api.request(path, init));
    console.log(formatRun(run, mode));
    expect(run.failedUploads).toBe(0);
    expect(run.cvs).toBeGreaterThanOrEqual(280);
    // one pair scored alone gets the score ranking gave it
    expect(run.pairs.checked).toBe(run.jobs.length * 10);
    expect(run.pairs.differing).toEqual([]);
    const below: string[] = [];
    for (const kind of ["matches", "search", "searchWord"] as const) {
      const got = run.mean[kind];
      const floor = floors[kind];
      if (got.p10 < floor.p10 || got.ndcg10 < floor.ndcg10)
        below.push(
          `${kind}: P@10 ${got.p10.toFixed(3)} NDCG@10 ${got.ndcg10.toFixed(3)}, floor ${JSON.stringify(floor)}`,
        );
    }
    const short = run.shortQueries.search;
    if (short.p10 < floors.shortQueries.p10 || short.ndcg10 < floors.shortQueries.ndcg10)
      below.push(`shortQueries: ${JSON.stringify(short)}, floor ${JSON.stringify(floors.shortQueries)}`);
    // the whole ranking, not only its first ten: at its floor, and above both baselines of the same run
    if (run.wholeList.matches < floors.wholeList.matches)
      below.push(`wholeList: AUC ${run.wholeList.matches.toFixed(3)}, floor ${floors.wholeList.matches}`);
    expect(run.wholeList.matches).toBeGreaterThan(run.wholeList.bm25);
    expect(run.wholeList.matches).toBeGreaterThan(run.wholeList.overlap);
    // the other direction, each CV's jobs: at its floor, and above both baselines of the same run
    const own = run.jobsForCv.matches;
    if (own.top1 < floors.jobsForCv.top1 || own.mrr < floors.jobsForCv.mrr)
      below.push(`jobsForCv: ${JSON.stringify(own)}, floor ${JSON.stringify(floors.jobsForCv)}`);
    expect(own.mrr).toBeGreaterThan(run.jobsForCv.tfidf.mrr);
    expect(own.mrr).toBeGreaterThan(run.jobsForCv.overlap.mrr);
    expect(below).toEqual([]);
  }, 900_000);
});
