import { describe, expect, it } from "vitest";
import type { RankedCv } from "../db/cvs-ranking.ts";
import type { CvProfile } from "../matching/profile.ts";
import { DEFAULT_MATCH_WEIGHTS, matchScore, prepareJob } from "../matching/score.ts";
import { cosine, normalize } from "../vectors/similarity.ts";
import { rankCandidates } from "./rank.ts";

const skills = ["Python", "Django", "PostgreSQL", "React", "JavaScript", "Docker", "Kubernetes", "AWS"];
// A fixed pseudo-random sequence, so the table of candidates is the same on every run.
let seed = 7;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const candidates: RankedCv[] = Array.from({ length: 400 }, (_, i) => {
  const profile: CvProfile = {
    skills: skills.filter(() => next() < 0.4),
    skillMonths: {},
    years: Math.round(next() * 15),
    educationLevel: next() < 0.5 ? "bachelor" : null,
    location: i % 3 === 0 ? "Berlin, Germany" : "London",
    languages: ["English"],
    evidence: {},
  };
  return {
    id: `cv-${String(i).padStart(3, "0")}`,
    profile,
    embedding: normalize([next(), next(), next(), next()]),
    language: "en",
    text: "",
    name: i % 5 === 0 ? null : `Person ${i}`,
    headline: i % 2 === 0 ? `Engineer ${i}` : null,
  };
});
// BM25 scores as a lexical index would give them, one per candidate
const lexical = Float32Array.from(candidates, () => (next() < 0.3 ? 0 : next() * 12));
const requirements = {
  required: ["Python", "Django"],
  preferred: ["Docker"],
  minYears: 5,
  educationLevel: "bachelor" as const,
  location: null,
  remote: null,
};
const jobVector = normalize([1, 0.5, 0.2, 0.1]);

function reference(limit: number, minScore: number, withLexical: boolean) {
  const prepared = prepareJob(requirements);
  const best = Math.max(...lexical);
  return candidates
    .map((cv, i) => ({
      id: cv.id,
      score: matchScore(cv.profile, prepared, {
        weights: DEFAULT_MATCH_WEIGHTS,
        semantic: cosine(jobVector, cv.embedding),
        ...(withLexical ? { lexical: lexical[i] / best } : {}),
      }),
    }))
    .filter((r) => r.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

describe("rankCandidates", () => {
  it.each([
    [1, 0, false],
    [20, 0, false],
    [100, 40, false],
    [1000, 0, false],
    [20, 99.9, false],
    [20, 0, true],
    [1000, 30, true],
  ])(
    "keeps the same best %i (minScore %d, lexical %s) as scoring and sorting everything",
    (limit, minScore, withLexical) => {
      const { matches, considered } = rankCandidates(candidates, requirements, jobVector, {
        weights: DEFAULT_MATCH_WEIGHTS,
        limit,
        minScore,
        filters: {},
        ...(withLexical ? { lexical } : {}),
      });
      expect(considered).toBe(400);
      expect(matches.map((m) => [m.cvId, m.score])).toEqual(
        reference(limit, minScore, withLexical).map((r) => [r.id, r.score]),
      );
      expect(matches.every((m) => m.breakdown.lexical.known === withLexical)).toBe(true);
      // each match says who it is, as the CV's analysis read it
      const byId = new Map(candidates.map((cv) => [cv.id, cv]));
      expect(matches.map((m) => [m.name, m.headline])).toEqual(
        matches.map((m) => [byId.get(m.cvId)?.name, byId.get(m.cvId)?.headline]),
      );
    },
  );

  it("applies the candidate filters before scoring", () => {
    const { matches, considered } = rankCandidates(candidates, requirements, jobVector, {
      weights: DEFAULT_MATCH_WEIGHTS,
      limit: 1000,
      minScore: 0,
      filters: { location: "berlin", skills: ["Python"], minYears: 3 },
    });
    const expected = candidates.filter(
      (c) =>
        c.profile.location === "Berlin, Germany" &&
        c.profile.skills.includes("Python") &&
        c.profile.years >= 3,
    );
    expect(considered).toBe(expected.length);
    expect(matches.map((m) => m.cvId).sort()).toEqual(expected.map((c) => c.id).sort());
  });
});
