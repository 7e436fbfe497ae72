// Response shapes of the health function: liveness, and readiness with each dependency's state.
import { z } from "@hono/zod-openapi";
import type { ReadinessReport } from "../../shared/clients/readiness.ts";
import { errorSchema } from "../../shared/http/schemas/error.ts";
import type { Same } from "../../shared/http/schemas/same.ts";

export const liveness = z.object({ status: z.literal("ok") }).openapi("Liveness");

const dependencyStatus = z.object({
  status: z.enum(["up", "down"]),
  latencyMs: z.number(),
  error: z.string().optional().openapi({ description: "why the check failed, secrets redacted" }),
});

const dependencies = z
  .object({
    postgres: dependencyStatus,
    postgres_read: dependencyStatus,
    embedded: dependencyStatus,
    redis: dependencyStatus,
    qdrant: dependencyStatus,
  })
  .partial()
  .openapi({ description: "each configured dependency, by name" });

const readinessFields = {
  mode: z.enum(["embedded", "stack", "edge"]),
  dependencies,
};

export const readiness = z.object({ status: z.literal("ok"), ...readinessFields }).openapi("Readiness");

export const notReady = errorSchema
  .extend({ status: z.literal("unavailable"), ...readinessFields })
  .openapi("NotReady", { description: "the error not_ready with the state of every dependency" });

export const readinessIsExact: Same<z.infer<typeof dependencies>, ReadinessReport> = true;
