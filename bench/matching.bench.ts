// Ranks 10,000 synthetic CV profiles against one job and prints p50/p95 of the whole ranking.
// Run: npx tsx bench/matching.bench.ts   (bench/run.ts calls run())
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { EducationLevel } from "../shared/analysis/types.ts";
import type { JobRequirements } from "../shared/matching/job.ts";
import type { CvProfile } from "../shared/matching/profile.ts";
import { DEFAULT_MATCH_WEIGHTS, matchScore, prepareJob, scoreMatch } from "../shared/matching/score.ts";

const COMMAND = "npx tsx bench/matching.bench.ts";
const PROFILES = 10_000;
const ROUNDS = 30;
const PAGE = 20;

const SKILL_POOL = [
  "JavaScript",
  "TypeScript",
  "React",
  "Vue.js",
  "Angular",
  "Node.js",
  "Python",
  "Django",
  "Flask",
  "Go",
  "Java",
  "Spring Boot",
  "Kotlin",
  "C++",
  "C#",
  ".NET",
  "PostgreSQL",
  "MySQL",
  "MongoDB",
  "Redis",
  "Docker",
  "Kubernetes",
  "Terraform",
  "AWS",
  "Microsoft Azure",
  "Google Cloud",
  "GraphQL",
  "Apache Kafka",
  "CI/CD",
  "Git",
  "Linux",
  "SQL",
  "Next.js",
  "Rust",
  "Scala",
  "Elasticsearch",
];
const LEVELS: (EducationLevel | null)[] = [null, "secondary", "bachelor", "bachelor", "master", "doctorate"];

/** a fixed-seed generator, so every run ranks the same profiles */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticProfiles(count: number): { cvId: string; profile: CvProfile; semantic: number }[] {
  const next = random(42);
  return Array.from({ length: count }, (_, i) => {
    const skills = [
      ...new Set(
        Array.from(
          { length: 5 + Math.floor(next() * 20) },
          () => SKILL_POOL[Math.floor(next() * SKILL_POOL.length)],
        ),
      ),
    ];
    const evidence: Record<string, string> = {};
    for (const skill of skills) evidence[skill] = "Engineer at Example (2020-01 – present)";
    const profile: CvProfile = {
      skills,
      skillMonths: {},
      years: Math.round(next() * 150) / 10,
      educationLevel: LEVELS[Math.floor(next() * LEVELS.length)],
      location: null,
      languages: ["English"],
      evidence,
    };
    return { cvId: `cv-${String(i).padStart(5, "0")}`, profile, semantic: next() * 0.9 };
  });
}

const JOB: JobRequirements = {
  required: ["JavaScript", "TypeScript", "Node.js", "PostgreSQL", "Docker", "AWS"],
  preferred: ["Kubernetes", "GraphQL", "Terraform"],
  minYears: 5,
  educationLevel: "bachelor",
  location: "Berlin",
  remote: false,
};

type Candidate = ReturnType<typeof syntheticProfiles>[number];

/** the whole ranking as a caller does it: score every CV, sort (ties by cvId), explain the first page */
function rankOnce(candidates: Candidate[]): string {
  const job = prepareJob(JOB);
  const options = { weights: DEFAULT_MATCH_WEIGHTS, semantic: 0 };
  const scores = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    options.semantic = candidates[i].semantic;
    scores[i] = matchScore(candidates[i].profile, job, options);
  }
  const order = Array.from({ length: candidates.length }, (_, i) => i);
  // Candidates arrive in cvId order (as from the database), so the index breaks ties by cvId.
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  const page = order.slice(0, PAGE).map((i) => {
    const c = candidates[i];
    return scoreMatch(c.profile, job, { weights: DEFAULT_MATCH_WEIGHTS, semantic: c.semantic });
  });
  return `${candidates[order[0]].cvId} ${page[0].score}`;
}

/** every CV with its full explanation, for comparison */
function explainAll(candidates: Candidate[]): number {
  const job = prepareJob(JOB);
  let total = 0;
  for (const c of candidates) {
    total += scoreMatch(c.profile, job, { weights: DEFAULT_MATCH_WEIGHTS, semantic: c.semantic }).score;
  }
  return total;
}

interface Timings {
  /** wall-clock ms per round, sorted */
  wall: number[];
  /** process CPU ms per round, sorted: less disturbed than wall time when other work shares the cores */
  cpu: number[];
}

function timed(rounds: number, work: () => unknown): Timings {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((x, y) => x - y), cpu: cpu.sort((x, y) => x - y) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(t: Timings): string {
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  return `wall p50 ${ms(percentile(t.wall, 50))}  p95 ${ms(percentile(t.wall, 95))}   cpu p50 ${ms(percentile(t.cpu, 50))}  p95 ${ms(percentile(t.cpu, 95))}`;
}

export function run(): { p50: number; p95: number; cpuP50: number; explainAllP50: number } {
  const candidates = syntheticProfiles(PROFILES);
  const loadBefore = loadavg()[0];
  timed(5, () => rankOnce(candidates)); // warm-up: let the JIT settle before measuring
  const ranking = timed(ROUNDS, () => rankOnce(candidates));
  timed(5, () => explainAll(candidates));
  const explained = timed(ROUNDS, () => explainAll(candidates));
  const cpu = cpus();
  console.log(`command: ${COMMAND}`);
  console.log(`machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}`);
  // Other work on the machine shows up in wall time: the load average says how much there was.
  console.log(`load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadavg()[0].toFixed(2)}`);
  console.log(`top result: ${rankOnce(candidates)}`);
  console.log(
    `ranking ${PROFILES} profiles (matchScore all, sort, scoreMatch top ${PAGE}), ${ROUNDS} rounds:`,
  );
  console.log(`  ${summary(ranking)}`);
  console.log(`scoreMatch with the full explanation for all ${PROFILES}, ${ROUNDS} rounds:`);
  console.log(`  ${summary(explained)}`);
  return {
    p50: percentile(ranking.wall, 50),
    p95: percentile(ranking.wall, 95),
    cpuP50: percentile(ranking.cpu, 50),
    explainAllP50: percentile(explained.wall, 50),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) run();
