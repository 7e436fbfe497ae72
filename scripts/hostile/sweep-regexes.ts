// Lists the regular-expression literals of the given files that take super-linear time on some repeated
// input: each is run over every unit of ADVERSARIAL_UNITS repeated to N characters (default 20,000), with a
// few different endings, and those slower than 30 ms are printed, slowest first, with the input that hurt.
// Run: npx tsx scripts/hostile/sweep-regexes.ts shared/analysis/*.ts   (N=50000 for a harsher run)
import { readFileSync } from "node:fs";

const N = Number(process.env.N ?? 20_000);
const ADVERSARIAL_UNITS = [
  " ",
  "\t",
  "\n",
  "a",
  "A",
  "1",
  ".",
  "-",
  "|",
  "#",
  "*",
  "_",
  "<",
  ">",
  "[",
  "(",
  "@",
  "/",
  ",",
  ":",
  "a ",
  "a.",
  "1.",
  "1 ",
  "a-",
  "A ",
  "Aa ",
  "a@",
  "<a",
  "[a",
  "a,",
  " |",
  "1/",
  "19",
  "2020 ",
  "aa.aa",
  "a\n",
  " \n",
  "•",
  "· ",
  "- ",
  "\t1",
];
const ENDINGS = ["", "\u0001", "!", "x", "\n"];
// A regular-expression literal: not after an identifier or a closing bracket (which would make it a division).
const LITERAL = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuyv]*)/g;

function worstCase(pattern: RegExp): { ms: number; input: string } {
  let worst = { ms: 0, input: "" };
  for (const unit of ADVERSARIAL_UNITS) {
    for (const ending of ENDINGS) {
      const text = unit.repeat(Math.ceil(N / unit.length)) + ending;
      const started = performance.now();
      if (pattern.global) text.replace(pattern, "");
      else pattern.test(text);
      const ms = performance.now() - started;
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(unit)} + ${JSON.stringify(ending)}` };
    }
  }
  return worst;
}

const slow: { ms: number; file: string; source: string; input: string }[] = [];
for (const file of process.argv.slice(2).filter((f) => !f.endsWith(".test.ts"))) {
  for (const match of readFileSync(file, "utf8").matchAll(LITERAL)) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(match[1], match[2]);
    } catch {
      continue; // not a regular expression after all (a path, a comment)
    }
    if (match[1].length < 4) continue;
    const worst = worstCase(pattern);
    if (worst.ms > 30) slow.push({ ...worst, file, source: `/${match[1].slice(0, 80)}/${match[2]}` });
  }
}
for (const s of slow.sort((a, b) => b.ms - a.ms))
  console.log(`${s.ms.toFixed(0).padStart(6)} ms  ${s.file}  ${s.source}  on ${s.input}`);
if (slow.length === 0) console.log(`no expression slower than 30 ms on ${N} characters`);
