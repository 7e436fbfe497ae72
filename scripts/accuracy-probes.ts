// `npm run accuracy:probes`: the engine on invented CVs in the layouts real CVs use (scripts/probes/layouts.ts),
// rendered to PDF by LibreOffice, three seeds of 176 CVs each, with the baseline of the same run. The probes were
// written by the same hands as the engine, so like the synthetic corpus they measure classes of layout the engine
// was built to read, not accuracy on CVs it has never seen (that is the held-out set of `npm run accuracy`). It
// needs `soffice` (Debian: libreoffice-writer-nogui) and skips without it; the files go to the system's temporary
// folder. `--layouts` also prints the figures of each layout; `--misses` lists each probe's misses (`--misses="history:
// pipes"` those of one layout).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeDocument } from "../shared/analysis/index.ts";
import { hashPersonal, type StoredLabel } from "../test/accuracy/labelSchema.ts";
import { baseline, fromAnalysis } from "../test/accuracy/predictions.ts";
import { type RealField, scoreReal } from "../test/accuracy/realScore.ts";
import { type Probe, writeProbes } from "./probes/layouts.ts";

if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  console.log("accuracy:probes skipped: soffice (LibreOffice) is not installed");
  process.exit(0);
}

const SEEDS = [7, 11, 21];
const FIELDS: RealField[] = [
  "name",
  "employer",
  "titleGivenEmployer",
  "startYear",
  "institution",
  "degreeLevel",
];
type Counts = Map<string, [number, number, number]>;

function labelOf(probe: Probe): StoredLabel {
  return {
    file: `arefin/pdf/${probe.id}.pdf`,
    isCv: true,
    name: hashPersonal(probe.name),
    emails: [],
    phones: [],
    phoneCountry: null,
    location: null,
    documentDate: null,
    experience: probe.jobs,
    education: probe.edu.map((e) => ({
      degree: e.degree,
      level: e.level as StoredLabel["education"][number]["level"],
      institution: e.inst,
      year: String(e.year),
    })),
    skills: [],
    languages: [],
  };
}

function add(into: Counts, key: string, counts: Record<RealField, { tp: number; fp: number; fn: number }>) {
  for (const field of FIELDS) {
    const k = `${key}|${field}`;
    const c = into.get(k) ?? [0, 0, 0];
    c[0] += counts[field].tp;
    c[1] += counts[field].fp;
    c[2] += counts[field].fn;
    into.set(k, c);
  }
}

const show = (counts: Counts, key: string) =>
  FIELDS.map((field) => {
    const [tp, fp, fn] = counts.get(`${key}|${field}`) ?? [0, 0, 0];
    return `${field} ${tp}/${fp}/${fn}`;
  }).join("  ");

// --misses[=<key>]: every miss of each probe, or of the probes of one key ("history: pipes", "sidebar")
const missesOf = process.argv.find((a) => a.startsWith("--misses"))?.replace(/^--misses=?/, "");
const engine: Counts = new Map();
const base: Counts = new Map();
for (const seed of SEEDS) {
  const dir = join(tmpdir(), `cv-analyzer-probes-${seed}`);
  rmSync(dir, { recursive: true, force: true });
  const probes = writeProbes(seed, dir);
  const html = probes.map((probe) => `${probe.id}.html`);
  const rendered = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(tmpdir(), "cv-analyzer-probes-profile")}`,
      "--headless",
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      dir,
      ...html,
    ],
    { cwd: dir, encoding: "utf8" },
  );
  if (rendered.status !== 0) throw new Error(`soffice failed: ${rendered.stderr}`);
  for (const probe of probes) {
    const bytes = new Uint8Array(readFileSync(join(dir, `${probe.id}.pdf`)));
    const result = await analyzeDocument(bytes, { defaultRegion: "IN", asOf: "2026-11" });
    const label = labelOf(probe);
    const keys = [
      `seed ${seed}`,
      `history: ${probe.el}`,
      `education: ${probe.dl}`,
      probe.twoCol ? "sidebar" : "one column",
      `frame: ${probe.frame}`,
      `cells: ${probe.valign}`,
    ];
    const scored = scoreReal(label, fromAnalysis(result));
    for (const key of keys) add(engine, key, scored.counts);
    // (the probes label only the fields scored here)
    const misses = scored.misses.filter((miss) =>
      /^(?:f[np] (?:name|employer|institution|degreeLevel):|(?:title|start) at )/.test(miss),
    );
    if (missesOf !== undefined && (missesOf === "" || keys.includes(missesOf)) && misses.length)
      console.log(`${probe.id} (seed ${seed}, ${keys.slice(1).join(", ")})\n  ${misses.join("\n  ")}`);
    add(
      base,
      `seed ${seed}`,
      scoreReal(label, baseline(result.text, result.analysis.document.dated.month)).counts,
    );
  }
}

console.log("Probes: true / false / missed, the engine and the baseline of the same run\n");
for (const seed of SEEDS) {
  console.log(`seed ${seed}, engine    ${show(engine, `seed ${seed}`)}`);
  console.log(`seed ${seed}, baseline  ${show(base, `seed ${seed}`)}`);
}
if (process.argv.includes("--layouts")) {
  const keys = [...new Set([...engine.keys()].map((k) => k.split("|")[0]))].filter(
    (k) => !k.startsWith("seed"),
  );
  console.log("");
  for (const key of keys.sort()) console.log(`${key.padEnd(36)} ${show(engine, key)}`);
}
