// Request and response shapes of the webhooks function: a subscription, its one-time secret, its delivery log.
import { z } from "@hono/zod-openapi";
import { webhookEvents } from "../../shared/queue/webhook-rules.ts";

export const webhookInput = z
  .object({
    url: z
      .string()
      .trim()
      .min(1)
      .max(2_048)
      .openapi({ format: "uri", example: "https://example.com/hooks/cv" }),
    events: z.array(z.enum(webhookEvents)).min(1).max(webhookEvents.length),
  })
  .strict()
  .openapi("WebhookInput");

export const webhookSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    url: z.string(),
    events: z.array(z.string()),
    createdAt: z.string().openapi({ format: "date-time" }),
    disabledAt: z.string().nullable().openapi({
      format: "date-time",
      description: "set after WEBHOOK_DISABLE_AFTER failed attempts in a row",
    }),
    failures: z.number().int().openapi({ description: "failed attempts in a row" }),
  })
  .openapi("Webhook");

export const createdWebhook = webhookSchema
  .extend({
    secret: z.string().openapi({
      description:
        "shown only now: verify X-CV-Analyzer-Signature (t=<unix seconds>,v1=<hex HMAC-SHA256 of `t.body`>)",
    }),
  })
  .openapi("CreatedWebhook");

export const webhookList = z.object({ items: z.array(webhookSchema) }).openapi("WebhookList");

export const deliveryLog = z
  .object({
    items: z.array(
      z.object({
        id: z.string().openapi({ format: "uuid" }),
        event: z.string(),
        state: z.enum(["pending", "delivered", "failed"]),
        attempts: z.number().int(),
        lastStatus: z.number().int().nullable(),
        lastError: z.string().nullable(),
        createdAt: z.string().openapi({ format: "date-time" }),
        deliveredAt: z.string().nullable().openapi({ format: "date-time" }),
        nextAt: z
          .string()
          .nullable()
          .openapi({ format: "date-time", description: "the next attempt, while pending" }),
      }),
    ),
  })
  .openapi("WebhookDeliveries");
