// /api/webhooks: a tenant's subscriptions to ingestion events, delivered signed by the queue's dispatcher.
import { OpenAPIHono } from "@hono/zod-openapi";
import * as webhooks from "../../shared/db/webhooks.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
import { notFound } from "../../shared/http/params.ts";
import { newWebhookSecret, webhookUrlProblem } from "../../shared/queue/webhook-rules.ts";
import {
  createWebhookRoute,
  deleteWebhookRoute,
  listWebhooksRoute,
  webhookDeliveriesRoute,
} from "./routes.ts";

export function defineWebhooks() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(createWebhookRoute, async (c) => {
    const { clients, settings, tenantId } = c.var;
    const input = c.req.valid("json");
    const problem = webhookUrlProblem(input.url, settings.WEBHOOK_ALLOW_PRIVATE);
    if (problem) throw new HttpError(422, "invalid_url", `url: ${problem}`);
    const secret = newWebhookSecret();
    const hook = await webhooks.insertWebhook(clients.db(), {
      id: crypto.randomUUID(),
      tenantId,
      url: input.url,
      events: [...new Set(input.events)],
      secret,
    });
    return c.json({ ...hook, secret }, 201);
  });

  app.openapi(listWebhooksRoute, async (c) => {
    const { clients, tenantId } = c.var;
    return c.json({ items: await webhooks.listWebhooks(clients.readDb(), tenantId) }, 200);
  });

  app.openapi(deleteWebhookRoute, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    if (!(await webhooks.deleteWebhook(clients.db(), tenantId, id))) throw notFound("webhook", id);
    return c.body(null, 204);
  });

  app.openapi(webhookDeliveriesRoute, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    if (!(await webhooks.getWebhook(clients.readDb(), tenantId, id))) throw notFound("webhook", id);
    return c.json({ items: await webhooks.listDeliveries(clients.readDb(), id, 100) }, 200);
  });

  return app;
}
