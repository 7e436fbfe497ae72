// Ranking with explanations: CVs for a job, jobs for a CV, and one CV–job pair.
import { OpenAPIHono, type z } from "@hono/zod-openapi";
import { embeddingFromBytes, getCv } from "../../shared/db/cvs.ts";
import { allJobs, getJob } from "../../shared/db/jobs.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { notFound } from "../../shared/http/params.ts";
import { parseJobRequirements } from "../../shared/matching/job.ts";
import { type CvProfile, toCvProfile } from "../../shared/matching/profile.ts";
import { prepareJob, scoreMatch } from "../../shared/matching/score.ts";
import { currentMonth } from "../../shared/services/ingest.ts";
import {
  jobVectorOf,
  lexicalSharesOf,
  rankCvsForJob,
  weightsFrom,
  wordFlagsOf,
} from "../../shared/services/rank.ts";
import { embedOne } from "../../shared/services/vectors.ts";
import { cosine } from "../../shared/vectors/similarity.ts";
import { matchCvsForJob, matchJobsForCv, matchPair } from "./routes.ts";
import type { jobMatches } from "./schemas.ts";

const parse = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export function defineMatches() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(matchCvsForJob, async (c) => {
    const { clients, services, settings, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const db = clients.readDb();
    const job = await getJob(db, tenantId, id);
    if (!job) throw notFound("job", id);
    const cacheKey = `job:${id}:${job.updatedAt}:${JSON.stringify(query)}`;
    const cached = await services.cache.get<z.infer<typeof jobMatches>>(tenantId, "match", cacheKey);
    if (cached) return c.json(cached, 200);
    const weights = weightsFrom(settings);
    const { matches, considered } = await rankCvsForJob(db, services, tenantId, job, {
      weights,
      limit: query.limit ?? settings.MAX_MATCH_RESULTS,
      minScore: query.minScore,
      filters: {
        skills: query.skill,
        ...(query.minYears !== undefined ? { minYears: query.minYears } : {}),
        ...(query.location ? { location: query.location } : {}),
        ...(query.language ? { language: query.language } : {}),
      },
    });
    const body = { jobId: id, requirements: job.requirements, weights, considered, matches };
    await services.cache.set(tenantId, "match", cacheKey, body);
    return c.json(body, 200);
  });

  app.openapi(matchJobsForCv, async (c) => {
    const { clients, services, settings, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const db = clients.readDb();
    const cv = await getCv(db, tenantId, id);
    if (!cv) throw notFound("CV", id);
    const weights = weightsFrom(settings);
    const profile = parse<CvProfile>(cv.profile);
    const embedding = embeddingFromBytes(cv.embedding);
    const jobs = await allJobs(db, tenantId);
    const lexicalShare = await lexicalSharesOf(db, services, tenantId);
    const scored = [];
    for (const job of jobs) {
      const semantic = cosine(await jobVectorOf(services, job), embedding);
      const lexical = lexicalShare(job, { profile, text: cv.text });
      const result = scoreMatch(profile, prepareJob(job.requirements, undefined, { title: job.title }), {
        weights,
        semantic,
        ...(services.embedder.similarityRange ? { semanticRange: services.embedder.similarityRange } : {}),
        ...(lexical !== undefined ? { lexical } : {}),
        ...wordFlagsOf({ profile, text: cv.text }, job.requirements),
      });
      if (result.score >= query.minScore) scored.push({ jobId: job.id, title: job.title, ...result });
    }
    scored.sort((a, b) => b.score - a.score || (a.jobId < b.jobId ? -1 : 1));
    return c.json(
      {
        cvId: id,
        weights,
        considered: jobs.length,
        matches: scored.slice(0, query.limit ?? settings.MAX_MATCH_RESULTS),
      },
      200,
    );
  });

  app.openapi(matchPair, async (c) => {
    const { clients, services, settings, tenantId } = c.var;
    const input = c.req.valid("json");
    const db = clients.readDb();

    let profile: CvProfile;
    let cvVector: Float32Array | null;
    let cvText: string;
    if ("id" in input.cv) {
      const cv = await getCv(db, tenantId, input.cv.id.toLowerCase());
      if (!cv) throw notFound("CV", input.cv.id);
      profile = parse<CvProfile>(cv.profile);
      cvVector = embeddingFromBytes(cv.embedding);
      cvText = cv.text;
    } else {
      // An AnalysisError is answered by the central error handler.
      const result = await clients.analysisPool().analyze({
        bytes: new TextEncoder().encode(input.cv.text),
        asText: true,
        options: {
          asOf: currentMonth(),
          defaultRegion: settings.DEFAULT_PHONE_REGION,
          limits: { maxBytes: settings.MAX_UPLOAD_BYTES, maxPages: settings.MAX_PAGES },
        },
      });
      profile = toCvProfile(result.analysis, undefined, result.text);
      cvVector = await embedOne(services, result.text);
      cvText = result.text;
    }

    let requirements: ReturnType<typeof parseJobRequirements>;
    let jobVector: Float32Array;
    let jobAd: { title: string; description: string };
    if ("id" in input.job) {
      const job = await getJob(db, tenantId, input.job.id.toLowerCase());
      if (!job) throw notFound("job", input.job.id);
      requirements = job.requirements;
      jobAd = job;
      jobVector = await jobVectorOf(services, job);
    } else {
      const title = input.job.title ?? "";
      jobAd = { title, description: input.job.text };
      requirements = parseJobRequirements(jobAd);
      jobVector = await embedOne(services, `${title}\n${input.job.text}`);
    }
    const weights = weightsFrom(settings);
    // word overlap as ranking measures it: against the best of the tenant's CVs for this ad
    const lexical = (await lexicalSharesOf(db, services, tenantId))(jobAd, { profile, text: cvText });
    const result = scoreMatch(profile, prepareJob(requirements, undefined, { title: jobAd.title }), {
      weights,
      semantic: cosine(jobVector, cvVector),
      ...(services.embedder.similarityRange ? { semanticRange: services.embedder.similarityRange } : {}),
      ...(lexical !== undefined ? { lexical } : {}),
      ...wordFlagsOf({ profile, text: cvText }, requirements),
    });
    return c.json({ requirements, ...result }, 200);
  });

  return app;
}
