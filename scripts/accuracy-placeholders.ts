// `npm run accuracy:placeholders`: a measure without labels on the livecareer CVs that carry none. The CV builder
// writes "Company Name" in place of every employer, so in those CVs each occurrence stands for one job (or, at most,
// for an employer named in prose). The report counts how many of them the engine reads as jobs (an entry whose
// organisation is the placeholder), with a title and with a start date, and lists the CVs with the most left
// unread. The labelled livecareer CVs are left out: their figures are in `npm run accuracy`. The count compares the
// engine with the document itself, an upper bound rather than a label. The baseline, what a user would get without
// the engine, counts the lines that hold both the placeholder and a year.
import { readdirSync, readFileSync } from "node:fs";
import { analyzeDocument } from "../shared/analysis/index.ts";
import { AS_OF, CORPUS, DEFAULT_REGION } from "../test/accuracy/corpus.ts";
import { corpusPresent, loadLabels } from "../test/accuracy/realSet.ts";

if (!corpusPresent()) {
  console.log("accuracy:placeholders skipped: ../shared/corpus is not beside the project");
  process.exit(0);
}

const labelled = new Set(loadLabels().map((label) => label.file));
const root = new URL("livecareer/", CORPUS);
let documents = 0;
let placeholders = 0;
let read = 0;
let titled = 0;
let dated = 0;
let baseline = 0;
const unread: [string, number, number][] = [];
for (const category of readdirSync(root).sort()) {
  for (const name of readdirSync(new URL(`${category}/`, root)).sort()) {
    const file = `livecareer/${category}/${name}`;
    if (labelled.has(file) || !name.endsWith(".pdf")) continue;
    const bytes = new Uint8Array(readFileSync(new URL(file, CORPUS)));
    const result = await analyzeDocument(bytes, { asOf: AS_OF, defaultRegion: DEFAULT_REGION });
    const written = result.text.match(/\bCompany Name\b/g)?.length ?? 0;
    const jobs = result.analysis.experience.filter((job) => job.company === "Company Name");
    documents++;
    placeholders += written;
    read += Math.min(written, jobs.length);
    titled += Math.min(written, jobs.filter((job) => job.title !== null).length);
    dated += Math.min(written, jobs.filter((job) => job.start !== null).length);
    const datedLines = result.text
      .split("\n")
      .filter((line) => /\bCompany Name\b/.test(line) && /\b(?:19|20)\d\d\b/.test(line)).length;
    baseline += Math.min(written, datedLines);
    if (jobs.length < written) unread.push([file, written, jobs.length]);
  }
}
const share = (n: number) => `${n} (${((100 * n) / Math.max(placeholders, 1)).toFixed(1)} %)`;
console.log(`livecareer CVs without labels: ${documents}, "Company Name" written ${placeholders} times`);
console.log(`read as jobs ${share(read)}, with a title ${share(titled)}, with a start ${share(dated)}`);
console.log(`baseline (lines with the placeholder and a year): ${share(baseline)}`);
console.log("most left unread (written, read):");
for (const [file, written, jobs] of unread.sort((a, b) => b[1] - b[2] - (a[1] - a[2])).slice(0, 10))
  console.log(`  ${file}  ${written}  ${jobs}`);
