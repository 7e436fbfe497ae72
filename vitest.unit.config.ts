// The fast tier, `npm run test:unit`: pure code only (analysis, taxonomy, matching, settings, metrics text,
// ranking, the deployment files). No server, no database, no workerd, no browser, no child process; the
// slow measuring suites (accuracy floors, the hostile-input sweep) stay in the full `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "shared/analysis/**/*.test.ts",
      "shared/taxonomy/**/*.test.ts",
      "shared/matching/**/*.test.ts",
      "shared/lexical/**/*.test.ts",
      "shared/config/**/*.test.ts",
      "shared/embeddings/builtin.test.ts",
      "shared/embeddings/select.test.ts",
      "shared/embeddings/workers-ai.test.ts",
      "shared/metrics/merge.test.ts",
      "shared/metrics/render.test.ts",
      "shared/services/filename.test.ts",
      "shared/services/rank.test.ts",
      "shared/log/logger.test.ts",
      "shared/queue/scale.test.ts",
      "shared/queue/webhook-rules.test.ts",
      "scripts/taxonomy/**/*.test.ts",
      "test/compose.test.ts",
    ],
    exclude: [
      "**/node_modules/**",
      "**/*workerd*.test.ts",
      "**/*.node.test.ts",
      "shared/analysis/cli.test.ts",
      "shared/analysis/hostile.test.ts",
    ],
    // Pure modules hold no state between files: one module graph per thread, not one per file.
    pool: "threads",
    isolate: false,
    testTimeout: 30_000,
  },
});
