// The components that read a CV's words rather than its skills list: the title's words against the job title,
// and a job's skill that the CV's text names outright.
import { describe, expect, it } from "vitest";
import { testCatalog } from "./fixtures/catalog.ts";
import { backendJob, profile } from "./fixtures/profiles.ts";
import type { CvProfile } from "./profile.ts";
import { matchScore, prepareJob, scoreMatch } from "./score.ts";

describe("the title component", () => {
  const job = prepareJob(backendJob, testCatalog, { title: "Senior Backend Engineer" });
  const withTitles = (titles: string[]): CvProfile => ({ ...profile(["JavaScript"], 5, "bachelor"), titles });

  it("names the CV's title that holds most of the job title's words", () => {
    const result = scoreMatch(withTitles(["Backend Engineer", "Support Analyst"]), job, { semantic: 0 });
    expect(result.breakdown.title.known).toBe(true);
    expect(result.breakdown.title.cv).toBe("Backend Engineer");
    expect(result.breakdown.title.score).toBeGreaterThan(60);
    expect(result.effectiveWeights.title).toBeGreaterThan(0);
    const none = scoreMatch(withTitles(["Registered Nurse"]), job, { semantic: 0 });
    expect(none.breakdown.title).toEqual({ score: 0, known: true, cv: null });
    expect(result.score).toBeGreaterThan(none.score);
    expect(matchScore(withTitles(["Backend Engineer"]), job, { semantic: 0 })).toBe(
      scoreMatch(withTitles(["Backend Engineer"]), job, { semantic: 0 }).score,
    );
  });

  it("is unknown, its weight shared out, when the CV gives no title", () => {
    const result = scoreMatch(withTitles([]), job, { semantic: 0 });
    expect(result.breakdown.title).toEqual({ score: null, known: false, cv: null });
    expect(result.effectiveWeights.title).toBe(0);
    expect(result.notes.some((n) => n.startsWith("The CV gives no job title"))).toBe(true);
  });
});

describe("skills the CV names in its text", () => {
  it("meet a requirement its skills list lacks, with the text as evidence", () => {
    const job = prepareJob(backendJob, testCatalog);
    const cv = profile(["JavaScript"], 5, "bachelor");
    const without = scoreMatch(cv, job, { semantic: 0 });
    const named = {
      required: backendJob.required.map((skill) => skill === "Docker"),
      preferred: backendJob.preferred.map(() => false),
    };
    const withText = scoreMatch(cv, job, { semantic: 0, named });
    expect(without.breakdown.requiredSkills.missing).toContain("Docker");
    expect(withText.breakdown.requiredSkills.matched).toEqual(["JavaScript", "Docker"]);
    expect(withText.evidence).toContainEqual({ skill: "Docker", where: "Named in the CV's text" });
    expect(withText.score).toBeGreaterThan(without.score);
    expect(matchScore(cv, job, { semantic: 0, named })).toBe(withText.score);
  });
});
