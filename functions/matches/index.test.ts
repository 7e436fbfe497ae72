import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../test/support/api.ts";
import { nurseCv, pythonCv, reactCv } from "../../test/support/cv-texts.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../../test/support/integration.ts";
import { startWorker } from "../../test/support/workerd.ts";

const stackReady = integrationAvailable("matching routes in stack mode and in workerd", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);

const backendJob = {
  title: "Senior Python Engineer",
  description: `We build hiring tools in Berlin.

Requirements:
- 5+ years of professional experience
- Python and Django
- PostgreSQL
- A Bachelor's degree in Computer Science

Nice to have:
- Kubernetes
- Terraform`,
};

const frontendJob = {
  title: "Frontend Engineer",
  description: "Must have: React, JavaScript and CSS. At least 2 years of experience. Bonus: GraphQL.",
};

async function seed(api: TestApi) {
  const ids: Record<string, string> = {};
  for (const [name, text] of [
    ["python", pythonCv],
    ["react", reactCv],
    ["nurse", nurseCv],
  ] as const) {
    const res = await api.request("/api/cvs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    ids[name] = (await res.json()).id;
  }
  const post = async (job: object) =>
    await (
      await api.request("/api/jobs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(job),
      })
    ).json();
  return { cvs: ids, backend: await post(backendJob), frontend: await post(frontendJob) };
}

describe.each(modes)("jobs, matches and search (%s)", (mode) => {
  let api: TestApi;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    api = await startTestApi(mode, { database: testDatabaseUrl, redis: testRedisUrl });
    seeded = await seed(api);
  }, 120_000);
  afterAll(() => api?.close());

  it("reads requirements from the job text", () => {
    expect(seeded.backend.requirements).toMatchObject({
      required: expect.arrayContaining(["Python", "Django", "PostgreSQL"]),
      preferred: ["Kubernetes", "Terraform"],
      minYears: 5,
      educationLevel: "bachelor",
      remote: null,
    });
  });

  it("lets the caller override requirements and validates the job", async () => {
    const res = await api.request(`/api/jobs/${seeded.frontend.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...frontendJob, requirements: { minYears: 1, preferred: ["graphql", "ts"] } }),
    });
    expect(res.status).toBe(200);
    const job = await res.json();
    expect(job.requirements.minYears).toBe(1);
    expect(job.requirements.preferred).toEqual(["GraphQL", "TypeScript"]);
    expect(job.requirements.required).toEqual(expect.arrayContaining(["React", "JavaScript", "CSS"]));
    const bad = await api.request("/api/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "", description: "x", requirements: { minYears: -3 } }),
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details.problems.map((p: { path: string }) => p.path)).toEqual([
      "body.title",
      "body.requirements.minYears",
    ]);
  });

  it("ranks CVs for a job, best first, and explains each score", async () => {
    const res = await api.request(`/api/jobs/${seeded.backend.id}/matches`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.matches.map((m: { cvId: string }) => m.cvId)[0]).toBe(seeded.cvs.python);
    const best = body.matches[0];
    // who the CV is comes with the match: the UI needs no list of CVs beside the ranking
    expect(best).toMatchObject({ name: "Ada Lovelace", headline: "Senior Backend Engineer" });
    expect(best.breakdown.requiredSkills.matched).toEqual(
      expect.arrayContaining(["Python", "Django", "PostgreSQL"]),
    );
    expect(best.breakdown.requiredSkills.missing).not.toEqual(expect.arrayContaining(["Python"]));
    expect(best.breakdown.preferredSkills).toMatchObject({ matched: ["Kubernetes"], missing: ["Terraform"] });
    expect(best.breakdown.experience).toMatchObject({ required: 5, score: 100 });
    expect(best.breakdown.education).toMatchObject({ level: "master", required: "bachelor", score: 100 });
    const django = best.evidence.find((e: { skill: string }) => e.skill === "Django");
    expect(django.where).toMatch(/Acme/);
    // the quote is the CV's own text at the offsets given
    const stored = await (await api.request(`/api/cvs/${best.cvId}`)).json();
    expect(stored.text.slice(django.quote.start, django.quote.end)).toBe("Django");
    expect(django.quote.text).toContain("Django");
    // ranking many CVs measures word overlap (BM25) too
    expect(best.breakdown.lexical.known).toBe(true);
    expect(body.weights).toEqual({
      semantic: 0.25,
      requiredSkills: 0.4,
      preferredSkills: 0.1,
      experience: 0.15,
      education: 0.1,
      occupation: 0.25,
      lexical: 0.4,
      title: 0.3,
    });
    const scores = body.matches.map((m: { score: number }) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const nurse = body.matches.find((m: { cvId: string }) => m.cvId === seeded.cvs.nurse);
    expect(nurse.breakdown.requiredSkills.missing).toEqual(
      expect.arrayContaining(["Python", "Django", "PostgreSQL"]),
    );
  });

  it("credits skills the taxonomy implies (React implies JavaScript)", async () => {
    const body = await (await api.request(`/api/jobs/${seeded.frontend.id}/matches?limit=1`)).json();
    expect(body.matches).toHaveLength(1);
    expect(body.matches[0].cvId).toBe(seeded.cvs.react);
    expect(body.matches[0].breakdown.requiredSkills.implied).toContain("JavaScript");
  });

  it("filters candidates and applies minScore", async () => {
    const filtered = await (
      await api.request(`/api/jobs/${seeded.backend.id}/matches?skill=kubernetes&minYears=3`)
    ).json();
    expect(filtered.matches.map((m: { cvId: string }) => m.cvId)).toEqual([seeded.cvs.python]);
    // a filter narrows the list; it does not move a CV's score (word overlap counts against the tenant's best)
    const all = await (await api.request(`/api/jobs/${seeded.backend.id}/matches`)).json();
    const unfiltered = all.matches.find((m: { cvId: string }) => m.cvId === seeded.cvs.react);
    const reactOnly = await (await api.request(`/api/jobs/${seeded.backend.id}/matches?skill=react`)).json();
    expect(reactOnly.matches.map((m: { cvId: string }) => m.cvId)).toEqual([seeded.cvs.react]);
    expect(reactOnly.matches[0].score).toBe(unfiltered.score);
    expect(reactOnly.matches[0].breakdown.lexical.score).toBeLessThan(100);
    const strict = await (await api.request(`/api/jobs/${seeded.backend.id}/matches?minScore=99.9`)).json();
    expect(strict.matches).toEqual([]);
    expect((await api.request(`/api/jobs/${seeded.backend.id}/matches?minScore=200`)).status).toBe(422);
  });

  it("ranks jobs for a CV and scores one pair given as text", async () => {
    const forCv = await (await api.request(`/api/cvs/${seeded.cvs.react}/matches`)).json();
    expect(forCv.matches.map((m: { jobId: string }) => m.jobId)).toEqual([
      seeded.frontend.id,
      seeded.backend.id,
    ]);
    const pair = await api.request("/api/match", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cv: { text: pythonCv }, job: { id: seeded.backend.id } }),
    });
    expect(pair.status).toBe(200);
    const scored = await pair.json();
    const ranked = (await (await api.request(`/api/jobs/${seeded.backend.id}/matches`)).json()).matches;
    const stored = ranked[0];
    expect(stored.cvId).toBe(seeded.cvs.python);
    // The same CV as text scores as the stored one does: word overlap (BM25) too, measured against the best of
    // the tenant's CVs for the ad, as ranking measures it.
    expect(scored.breakdown.requiredSkills).toEqual(stored.breakdown.requiredSkills);
    expect(scored.breakdown.occupation).toEqual(stored.breakdown.occupation);
    expect(scored.breakdown.title).toEqual(stored.breakdown.title);
    expect(scored.breakdown.lexical).toEqual({ score: 100, known: true });
    expect(scored.breakdown.lexical).toEqual(stored.breakdown.lexical);
    // Every stored CV gets the same score for a job from the pair route, the ranking and its own list of jobs.
    for (const match of ranked) {
      const pairScore = await (
        await api.request("/api/match", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ cv: { id: match.cvId }, job: { id: seeded.backend.id } }),
        })
      ).json();
      expect(pairScore.score).toBe(match.score);
      expect(pairScore.breakdown).toEqual(match.breakdown);
      const jobsForCv = await (await api.request(`/api/cvs/${match.cvId}/matches`)).json();
      const backend = jobsForCv.matches.find((m: { jobId: string }) => m.jobId === seeded.backend.id);
      expect(backend.score).toBe(match.score);
    }
    expect(ranked).toHaveLength(3);
    // A tenant that holds no CV has nothing to measure word overlap against: unknown, and said so.
    const alone = await (
      await api.request("/api/match", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          cv: { text: pythonCv },
          job: { text: backendJob.description, title: backendJob.title },
        }),
        key: api.keyB,
      })
    ).json();
    expect(alone.breakdown.lexical).toEqual({ score: null, known: false });
    expect(alone.notes).toContain(
      "No stored CV to measure word overlap against: its weight (20.5%) goes to the other components.",
    );
    const missing = await api.request("/api/match", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cv: { id: "00000000-0000-4000-8000-000000000000" }, job: { text: "Python" } }),
    });
    expect(missing.status).toBe(404);
  });

  it("searches by meaning and skills, with filters and highlights", async () => {
    const res = await api.request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "python django backend developer", limit: 3 }),
    });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results[0].cvId).toBe(seeded.cvs.python);
    expect(results[0]).toMatchObject({ name: "Ada Lovelace", headline: "Senior Backend Engineer" });
    expect(results[0].highlights).toContain("skills: Python, Django");
    const nurses = await (
      await api.request("/api/search", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "patient care on a hospital ward", filters: { location: "London" } }),
      })
    ).json();
    expect(nurses.results.map((r: { cvId: string }) => r.cvId)).toEqual([seeded.cvs.nurse]);
  });

  it("returns only CVs at or above the relevance floor, and says how many there are", async () => {
    const search = (body: object) =>
      api
        .request("/api/search", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
        .then((r) => r.json());
    // nothing in any CV: no padding with unrelated CVs
    expect(await search({ query: "underwater basket weaving" })).toEqual({ results: [], total: 0 });
    const found = await search({ query: "Python developer", limit: 1 });
    expect(found.results).toHaveLength(1);
    expect(found.total).toBeGreaterThanOrEqual(1);
    const [best] = found.results;
    expect(best.cvId).toBe(seeded.cvs.python);
    expect(best.score).toBeGreaterThanOrEqual(20);
    expect(best.components.words).toBeGreaterThan(0);
    // the floor is the caller's to raise: no CV meets 100
    expect(await search({ query: "Python developer", minScore: 100 })).toEqual({ results: [], total: 0 });
  });

  it("drops cached matches when a CV goes", async () => {
    const before = await (await api.request(`/api/jobs/${seeded.frontend.id}/matches`)).json();
    expect(before.matches.map((m: { cvId: string }) => m.cvId)).toContain(seeded.cvs.nurse);
    expect((await api.request(`/api/cvs/${seeded.cvs.nurse}`, { method: "DELETE" })).status).toBe(204);
    const after = await (await api.request(`/api/jobs/${seeded.frontend.id}/matches`)).json();
    expect(after.matches.map((m: { cvId: string }) => m.cvId)).not.toContain(seeded.cvs.nurse);
  });

  it("counts a skill the CV names only in passing, in a role, toward search's skills", async () => {
    const text =
      "Mary Seacole\nWard Manager\nmary@example.net | Leeds, United Kingdom\n\nExperience\nWard Manager, Leeds General, Leeds\nMar 2016 – Present\n- Owned the budgeting and rota of a 30-bed ward\n";
    const created = await api.request("/api/cvs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const { id } = await created.json();
    const found = await (
      await api.request("/api/search", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "Budgeting" }),
      })
    ).json();
    const hit = found.results.find((r: { cvId: string }) => r.cvId === id);
    expect(hit?.components.skills).toBe(100);
  });
});

describe.runIf(stackReady)("matches inside workerd", () => {
  let api: TestApi;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    api = await startTestApi("stack", { database: testDatabaseUrl, redis: testRedisUrl });
    seeded = await seed(api);
  }, 120_000);
  afterAll(() => api?.close());

  it("ranks the same CVs for a job with the Workers bundle over Hyperdrive", async () => {
    const expected = await (await api.request(`/api/jobs/${seeded.backend.id}/matches`)).json();
    const databaseUrl = api.clients.settings.DATABASE_URL!;
    const mf = await startWorker({ hyperdrive: databaseUrl });
    try {
      const res = await mf.dispatchFetch(`http://worker/api/jobs/${seeded.backend.id}/matches`, {
        headers: { authorization: `Bearer ${api.keyA}` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as typeof expected;
      expect(body.matches.map((m: { cvId: string; score: number }) => [m.cvId, m.score])).toEqual(
        expected.matches.map((m: { cvId: string; score: number }) => [m.cvId, m.score]),
      );
      const foreign = await mf.dispatchFetch(`http://worker/api/jobs/${seeded.backend.id}/matches`, {
        headers: { authorization: `Bearer ${api.keyB}` },
      });
      expect(foreign.status).toBe(404);
    } finally {
      await mf.dispose();
    }
  }, 120_000);
});
