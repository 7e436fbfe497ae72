import { describe, expect, it } from "vitest";
import { testCatalog } from "./fixtures/catalog.ts";
import { ACME, backendJob, profile } from "./fixtures/profiles.ts";
import type { JobRequirements } from "./job.ts";
import type { CvProfile } from "./profile.ts";
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights, matchScore, prepareJob, scoreMatch } from "./score.ts";

const NO_OCCUPATION = { score: null, known: false, cv: [], job: [] };
const NO_LEXICAL = { score: null, known: false };
const NO_TITLE = { score: null, known: false, cv: null };
// The tests of the five original components weigh only those.
const { occupation: _occupation, lexical: _lexical, title: _title, ...fiveWeights } = DEFAULT_MATCH_WEIGHTS;

describe("scoreMatch", () => {
  const job = prepareJob(backendJob, testCatalog);

  it("gives 100 on every skill component when the CV has every skill", () => {
    const cv = profile(
      ["JavaScript", "Node.js", "PostgreSQL", "Docker", "Kubernetes", "GraphQL"],
      6,
      "master",
    );
    expect(scoreMatch(cv, job, { weights: fiveWeights, semantic: 0.8 })).toEqual({
      score: 95,
      breakdown: {
        semantic: 80,
        requiredSkills: {
          score: 100,
          matched: ["JavaScript", "Node.js", "PostgreSQL", "Docker"],
          missing: [],
          implied: [],
        },
        preferredSkills: { score: 100, matched: ["Kubernetes", "GraphQL"], missing: [], implied: [] },
        experience: { score: 100, known: true, years: 6, required: 5 },
        education: { score: 100, known: true, level: "master", required: "bachelor" },
        occupation: NO_OCCUPATION,
        lexical: NO_LEXICAL,
        title: NO_TITLE,
      },
      evidence: [
        { skill: "JavaScript", where: ACME },
        { skill: "Node.js", where: ACME },
        { skill: "PostgreSQL", where: ACME },
        { skill: "Docker", where: ACME },
        { skill: "Kubernetes", where: ACME },
        { skill: "GraphQL", where: "Skills section" },
      ],
      weights: fiveWeights,
      effectiveWeights: { ...fiveWeights, occupation: 0, lexical: 0, title: 0 },
      notes: [],
    });
  });

  it("lists missing skills and scores the share met", () => {
    const result = scoreMatch(profile(["Docker", "JavaScript", "GraphQL"], 5, "bachelor"), job, {
      semantic: 0.6,
    });
    expect(result.score).toBe(65);
    expect(result.breakdown.requiredSkills).toEqual({
      score: 50,
      matched: ["JavaScript", "Docker"],
      missing: ["Node.js", "PostgreSQL"],
      implied: [],
    });
    expect(result.breakdown.preferredSkills).toEqual({
      score: 50,
      matched: ["GraphQL"],
      missing: ["Kubernetes"],
      implied: [],
    });
  });

  it("meets a requirement through the taxonomy at 0.8 credit: React implies JavaScript", () => {
    const result = scoreMatch(profile(["React", "Node.js", "PostgreSQL", "Kubernetes"], 5, "bachelor"), job, {
      semantic: 0.7,
    });
    // required: (2 direct + 2 × 0.8 implied) / 4 = 90; preferred: Kubernetes of 2 = 50
    expect(result.score).toBe(83.5);
    expect(result.breakdown.requiredSkills).toEqual({
      score: 90,
      matched: ["Node.js", "PostgreSQL"],
      missing: [],
      implied: ["JavaScript", "Docker"],
    });
    expect(result.evidence).toEqual([
      { skill: "JavaScript", where: `Implied by React: ${ACME}` },
      { skill: "Node.js", where: ACME },
      { skill: "PostgreSQL", where: ACME },
      { skill: "Docker", where: `Implied by Kubernetes: ${ACME}` },
      { skill: "Kubernetes", where: ACME },
    ]);
  });

  it("prefers a direct match over an implied one, whatever the CV order", () => {
    const result = scoreMatch(profile(["React", "JavaScript"], 5, "bachelor"), job, { semantic: 0 });
    expect(result.breakdown.requiredSkills.matched).toEqual(["JavaScript"]);
    expect(result.breakdown.requiredSkills.implied).toEqual([]);
  });

  it("shares out the weight of components the job does not constrain, and says so", () => {
    const pythonJob = prepareJob(
      {
        required: ["Python", "SQL"],
        preferred: [],
        minYears: 3,
        educationLevel: null,
        location: null,
        remote: null,
      },
      testCatalog,
    );
    const result = scoreMatch(profile(["Python", "PostgreSQL"], 1.5, null), pythonJob, {
      weights: fiveWeights,
      semantic: 0.5,
    });
    // shares: semantic .25/.8, required .4/.8, experience .15/.8 → 0.3125·50 + 0.5·90 + 0.1875·50
    expect(result.score).toBe(70);
    expect(result.effectiveWeights).toEqual({
      semantic: 0.3125,
      requiredSkills: 0.5,
      preferredSkills: 0,
      experience: 0.1875,
      education: 0,
      occupation: 0,
      lexical: 0,
      title: 0,
    });
    expect(result.notes).toEqual([
      "The job lists no preferred skills: its weight (10%) goes to the other components.",
      "The job asks for no education level: its weight (10%) goes to the other components.",
    ]);
    expect(result.breakdown.requiredSkills.implied).toEqual(["SQL"]);
    expect(result.breakdown.experience).toEqual({ score: 50, known: true, years: 1.5, required: 3 });
    expect(result.breakdown.education).toEqual({ score: 100, known: true, level: null, required: null });
  });

  it("reports under-experience and education below the job's level in the breakdown", () => {
    const result = scoreMatch(profile([], 2, "associate"), job, { semantic: 0 });
    expect(result.breakdown.experience).toEqual({ score: 40, known: true, years: 2, required: 5 });
    expect(result.breakdown.education).toEqual({
      score: 50,
      known: true,
      level: "associate",
      required: "bachelor",
    });
  });

  it("never penalizes over-qualification", () => {
    const result = scoreMatch(profile([], 20, "doctorate"), job, { semantic: 0 });
    expect(result.breakdown.experience).toEqual({ score: 100, known: true, years: 20, required: 5 });
    expect(result.breakdown.education).toEqual({
      score: 100,
      known: true,
      level: "doctorate",
      required: "bachelor",
    });
  });

  it("returns the caller's weights and normalizes them", () => {
    const weights: MatchWeights = {
      semantic: 1,
      requiredSkills: 2,
      preferredSkills: 0,
      experience: 1,
      education: 0,
    };
    const result = scoreMatch(profile(["JavaScript", "Node.js"], 10, null), job, { weights, semantic: 0.4 });
    expect(result.weights).toBe(weights);
    expect(result.effectiveWeights).toEqual({
      semantic: 0.25,
      requiredSkills: 0.5,
      preferredSkills: 0,
      experience: 0.25,
      education: 0,
      occupation: 0,
      lexical: 0,
      title: 0,
    });
    // 0.25·40 + 0.5·50 + 0.25·100
    expect(result.score).toBe(60);
    expect(result.notes).toEqual([]);
  });

  it("falls back to equal shares when every applicable weight is zero", () => {
    const weights: MatchWeights = {
      semantic: 0,
      requiredSkills: 0,
      preferredSkills: 0,
      experience: 0,
      education: 5,
    };
    const noEducation = prepareJob({ ...backendJob, educationLevel: null }, testCatalog);
    const result = scoreMatch(profile(["JavaScript"], 5, null), noEducation, { weights, semantic: 1 });
    expect(result.effectiveWeights).toEqual({
      semantic: 0.25,
      requiredSkills: 0.25,
      preferredSkills: 0.25,
      experience: 0.25,
      education: 0,
      occupation: 0,
      lexical: 0,
      title: 0,
    });
    // (100 + 25 + 0 + 100) / 4
    expect(result.score).toBe(56.3);
  });
});

describe("scoreMatch with the project taxonomy", () => {
  it("accepts requirements that were not prepared, and a React developer meets JavaScript", () => {
    const job: JobRequirements = { ...backendJob, required: ["JavaScript", "Node.js"], preferred: [] };
    const result = scoreMatch(profile(["React", "Node.js"], 5, "bachelor"), job, { semantic: 0.5 });
    expect(result.breakdown.requiredSkills).toEqual({
      score: 90,
      matched: ["Node.js"],
      missing: [],
      implied: ["JavaScript"],
    });
    expect(result.evidence[0]).toEqual({ skill: "JavaScript", where: `Implied by React: ${ACME}` });
  });
});

describe("a prepared job", () => {
  it("scores every CV the same whatever was scored before it", () => {
    const cvs = [
      profile(["React", "Kubernetes"], 3, "bachelor"),
      profile(["JavaScript", "Docker", "GraphQL"], 7, null),
      profile([], 0, "master"),
      profile(["Next.js", "PostgreSQL", "Node.js"], 5, "associate"),
    ];
    const shared = prepareJob(backendJob, testCatalog);
    const forward = cvs.map((cv) => scoreMatch(cv, shared, { semantic: 0.5 }));
    const backward = [...cvs].reverse().map((cv) => scoreMatch(cv, shared, { semantic: 0.5 }));
    const fresh = cvs.map((cv) => scoreMatch(cv, prepareJob(backendJob, testCatalog), { semantic: 0.5 }));
    expect(backward.reverse()).toEqual(forward);
    expect(fresh).toEqual(forward);
    // 12.5 semantic + required 0.4·40 + preferred 0.1·50 + experience 0.15·60 + education 10 = 52.5;
    // 12.5 + 0.4·50 + 0.1·50 + 15 + 0 = 52.5; 12.5 + 0 + 0 + 0 + 10 = 22.5; 12.5 + 0.4·70 + 0 + 15 + 5 = 60.5
    expect(forward.map((r) => r.score)).toEqual([52.5, 52.5, 22.5, 60.5]);
  });
});

describe("matchScore", () => {
  const job = prepareJob(backendJob, testCatalog);
  const cases: [string[], number, CvProfile["educationLevel"], number][] = [
    [["JavaScript", "Node.js", "PostgreSQL", "Docker", "Kubernetes", "GraphQL"], 6, "master", 0.8],
    [["React", "Node.js", "PostgreSQL", "Kubernetes"], 5, "bachelor", 0.7],
    [["Docker", "GraphQL"], 2, "secondary", 0.33],
    [[], 0, null, -1],
  ];
  it.each(cases)("gives the same number as scoreMatch for %j", (skills, years, level, semantic) => {
    const cv = profile(skills, years, level);
    expect(matchScore(cv, job, { semantic })).toBe(scoreMatch(cv, job, { semantic }).score);
  });
});

describe("honest scores: what the CV leaves unknown is not scored 0", () => {
  const dotnetJob: JobRequirements = {
    required: ["C#", ".NET", "ASP.NET", "SQL Server"],
    preferred: [],
    minYears: 3,
    educationLevel: "bachelor",
    location: null,
    remote: null,
  };
  const job = prepareJob(dotnetJob, undefined, { title: ".NET Developer" });
  const cv = (skills: string[], more: Partial<CvProfile>): CvProfile => ({
    skills,
    skillMonths: {},
    years: 0,
    educationLevel: null,
    location: null,
    languages: [],
    evidence: {},
    experienceKnown: true,
    educationKnown: true,
    occupations: [],
    ...more,
  });

  it("marks an unread work history unknown, gives its weight to the others, and says so", () => {
    const unread = cv(["C#", ".NET", "ASP.NET", "SQL Server"], {
      experienceKnown: false,
      educationLevel: "bachelor",
    });
    const result = scoreMatch(unread, job, { semantic: 0.3, lexical: 0.5 });
    expect(result.breakdown.experience).toEqual({ score: null, known: false, years: 0, required: 3 });
    expect(result.effectiveWeights.experience).toBe(0);
    expect(result.notes).toContain(
      "The CV's work history could not be read: its weight (7.7%) goes to the other components.",
    );
    expect(result.score).toBe(matchScore(unread, job, { semantic: 0.3, lexical: 0.5 }));
  });

  it("ranks the .NET developer whose history and degrees were not read above CVs with none of the skills", () => {
    const developer = cv(["C#", ".NET", "ASP.NET", "SQL Server", "JavaScript"], {
      experienceKnown: false,
      educationKnown: false,
    });
    const constructionManager = cv(["Project management", "Budgeting"], {
      years: 15,
      educationLevel: "master",
      occupations: [{ title: "Construction Manager", codes: ["11-9021.00"], weight: 1 }],
    });
    const nurse = cv(["Patient care"], {
      years: 8,
      educationLevel: "bachelor",
      occupations: [{ title: "Registered Nurse", codes: ["29-1141.00"], weight: 1 }],
    });
    const scores = [developer, constructionManager, nurse].map((p) => matchScore(p, job, { semantic: 0.2 }));
    expect(scores[0]).toBeGreaterThan(Math.max(scores[1], scores[2]) + 30);
  });

  it("scores a CV that meets every requirement at 85 or more", () => {
    const complete = cv(["C#", ".NET", "ASP.NET", "SQL Server"], {
      years: 5,
      educationLevel: "bachelor",
      occupations: [{ title: "Software Developer", codes: ["15-1252.00"], weight: 1 }],
    });
    // 0.3 is a close match for the built-in embedder, whose range is [0.11, 0.33]: semantic 86.4
    const result = scoreMatch(complete, job, { semantic: 0.3, semanticRange: [0.11, 0.33] });
    expect(result.breakdown.semantic).toBe(86.4);
    expect(result.breakdown.occupation).toEqual({
      score: 100,
      known: true,
      cv: ["Software Developer"],
      job: ["15-1252.00"],
    });
    expect(result.score).toBeGreaterThanOrEqual(85);
  });
});

describe("literal terms outside the taxonomy", () => {
  const job = prepareJob(
    {
      required: ["Python"],
      preferred: [],
      minYears: null,
      educationLevel: null,
      location: null,
      remote: null,
      terms: { required: ["purchase planning", "SAP MM"], preferred: ["vendor audits"] },
    },
    testCatalog,
  );
  const cv = profile(["Python"], 4, "bachelor");

  it("count as skills the CV's words hold, and are listed as matched or missing", () => {
    const result = scoreMatch(cv, job, {
      semantic: 0,
      terms: { required: [true, false], preferred: [true] },
    });
    expect(result.breakdown.requiredSkills).toEqual({
      score: 66.7,
      matched: ["Python", "purchase planning"],
      missing: ["SAP MM"],
      implied: [],
    });
    expect(result.breakdown.preferredSkills.score).toBe(100);
    expect(result.evidence.map((e) => e.skill)).toEqual(["Python", "purchase planning", "vendor audits"]);
    expect(matchScore(cv, job, { semantic: 0, terms: { required: [1, 0], preferred: [1] } })).toBe(
      result.score,
    );
  });

  it("are not held when the caller does not say", () => {
    expect(scoreMatch(cv, job, { semantic: 0 }).breakdown.requiredSkills.missing).toEqual([
      "purchase planning",
      "SAP MM",
    ]);
  });
});
