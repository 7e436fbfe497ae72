// /api/jobs: describe jobs; requirements are read from the text and may be overridden by the caller.
import { OpenAPIHono, type z } from "@hono/zod-openapi";
import * as jobs from "../../shared/db/jobs.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { decodeCursor, encodeCursor, notFound } from "../../shared/http/params.ts";
import { mergeRequirements, parseJobRequirements } from "../../shared/matching/job.ts";
import { createJob, deleteJob, getJob, listJobs, replaceJob } from "./routes.ts";
import type { jobInput } from "./schemas.ts";

const toRecord = (input: z.output<typeof jobInput>) => {
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
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(createJob, async (c) => {
    const { clients, tenantId } = c.var;
    const job = await jobs.insertJob(clients.db(), tenantId, toRecord(c.req.valid("json")));
    return c.json(job, 201);
  });

  app.openapi(listJobs, async (c) => {
    const { clients, tenantId } = c.var;
    const query = c.req.valid("query");
    const page = await jobs.listJobs(clients.readDb(), tenantId, {
      limit: query.limit,
      before: decodeCursor(query.cursor),
    });
    const last = page.items.at(-1);
    return c.json(
      {
        items: page.items.map(({ seq: _seq, ...job }) => job),
        nextCursor: page.more && last ? encodeCursor(last.seq) : null,
      },
      200,
    );
  });

  app.openapi(getJob, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const job = await jobs.getJob(clients.readDb(), tenantId, id);
    if (!job) throw notFound("job", id);
    return c.json(job, 200);
  });

  app.openapi(replaceJob, async (c) => {
    const { clients, services, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const job = await jobs.updateJob(clients.db(), tenantId, id, toRecord(c.req.valid("json")));
    if (!job) throw notFound("job", id);
    await services.cache.invalidateResults(tenantId);
    return c.json(job, 200);
  });

  app.openapi(deleteJob, async (c) => {
    const { clients, services, tenantId } = c.var;
    const { id } = c.req.valid("param");
    if (!(await jobs.deleteJob(clients.db(), tenantId, id))) throw notFound("job", id);
    await services.cache.invalidateResults(tenantId);
    return c.body(null, 204);
  });

  return app;
}
