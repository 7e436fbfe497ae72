// /api/jobs: describe jobs; requirements are read from the text and may be overridden by the caller.
import { Hono } from "hono";
import { deleteJob, getJob, insertJob, listJobs, updateJob } from "../../shared/db/jobs.ts";
import { readJson, validate } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { decodeCursor, encodeCursor, idParam, notFound } from "../../shared/http/params.ts";
import { mergeRequirements, parseJobRequirements } from "../../shared/matching/job.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { jobInput, pageQuery } from "./schemas.ts";

type JobInput = ReturnType<typeof jobInput.parse>;

const toRecord = (input: JobInput) => {
  const parsed = parseJobRequirements({ title: input.title, description: input.description });
  const override = input.requirements ?? {};
  return {
    title: input.title,
    description: input.description,
    requirements: mergeRequirements(parsed, override),
    requirementsOverride: override,
  };
};

export function defineJobs() {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const { clients, tenantId } = c.var;
    const job = await insertJob(clients.db(), tenantId, toRecord(await readJson(c, jobInput)));
    return c.json(job, 201);
  });

  app.get("/", async (c) => {
    const { clients, tenantId } = c.var;
    const query = validate(pageQuery, c.req.query(), "query");
    const page = await listJobs(clients.readDb(), tenantId, {
      limit: query.limit,
      before: decodeCursor(query.cursor),
    });
    const last = page.items.at(-1);
    return c.json({
      items: page.items.map(({ seq: _seq, ...job }) => job),
      nextCursor: page.more && last ? encodeCursor(last.seq) : null,
    });
  });

  app.get("/:id", async (c) => {
    const { clients, tenantId } = c.var;
    const id = idParam(c, "job");
    const job = await getJob(clients.readDb(), tenantId, id);
    if (!job) throw notFound("job", id);
    return c.json(job);
  });

  app.put("/:id", async (c) => {
    const { clients, tenantId } = c.var;
    const id = idParam(c, "job");
    const input = await readJson(c, jobInput);
    const job = await updateJob(clients.db(), tenantId, id, toRecord(input));
    if (!job) throw notFound("job", id);
    await servicesFor(clients).cache.invalidateResults(tenantId);
    return c.json(job);
  });

  app.delete("/:id", async (c) => {
    const { clients, tenantId } = c.var;
    const id = idParam(c, "job");
    if (!(await deleteJob(clients.db(), tenantId, id))) throw notFound("job", id);
    await servicesFor(clients).cache.invalidateResults(tenantId);
    return c.body(null, 204);
  });

  return app;
}
