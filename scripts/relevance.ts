// npm run relevance [-- --stack]: the relevance suite (test/relevance) against the app in-process, embedded
// (PGlite) by default or in stack mode (DATABASE_URL and REDIS_URL, as the tests use them).

import { corpusPresent, formatRun, runRelevance } from "../test/relevance/relevance.ts";
import { startTestApi } from "../test/support/api.ts";
import { testDatabaseUrl, testRedisUrl } from "../test/support/integration.ts";

if (!corpusPresent()) {
  console.error("relevance: ../shared/corpus/livecareer is not beside the project");
  process.exit(1);
}
const stack = process.argv.includes("--stack");
const api = await startTestApi(stack ? "stack" : "embedded", {
  database: testDatabaseUrl,
  redis: testRedisUrl,
});
try {
  const started = performance.now();
  const run = await runRelevance((path, init) => api.request(path, init));
  console.log(formatRun(run, stack ? "stack" : "embedded"));
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
} finally {
  await api.close();
}
