// Hard-skill spans of the job parser on SkillSpan dev (../shared/corpus/jobs-skillspan), with floors at the level
// reached (they only go up), next to the taxonomy lookup the parser used before. The shipped tagger never saw dev;
// the cross-validated train figure is in `npm run accuracy:jobs`. Skips, saying why, without the corpus.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parserSpans, tallyOf, taxonomySpans } from "./jobTerms.ts";
import { loadPostings, skillSpanPresent } from "./skillspan.ts";
import { figuresOf } from "./spanScore.ts";

type Floor = { precision: number; recall: number };
const floors = JSON.parse(readFileSync(new URL("./jobs-floors.json", import.meta.url), "utf8")) as {
  dev: { relaxed: Floor; exact: Floor };
};
const present = skillSpanPresent();
if (!present)
  console.log("job-parsing accuracy skipped: ../shared/corpus/jobs-skillspan is not beside the project");

describe.skipIf(!present)("job parsing on SkillSpan dev (knowledge spans = hard skills)", () => {
  test("span precision and recall stay at or above their floors, above the taxonomy lookup", () => {
    const dev = loadPostings("dev");
    expect(dev.length).toBe(58);
    const parser = figuresOf(tallyOf(dev, (p) => parserSpans(p.text)));
    const before = figuresOf(tallyOf(dev, (p) => taxonomySpans(p.text)));
    for (const kind of ["exact", "relaxed"] as const) {
      console.log(
        `${kind.padEnd(7)} parser p ${parser[kind].precision.toFixed(3)} r ${parser[kind].recall.toFixed(3)}  (taxonomy lookup p ${before[kind].precision.toFixed(3)} r ${before[kind].recall.toFixed(3)})`,
      );
      expect(parser[kind].precision).toBeGreaterThanOrEqual(floors.dev[kind].precision);
      expect(parser[kind].recall).toBeGreaterThanOrEqual(floors.dev[kind].recall);
      expect(parser[kind].f1).toBeGreaterThan(before[kind].f1);
    }
  }, 120_000);
});
