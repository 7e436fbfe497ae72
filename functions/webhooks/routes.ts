// The routes of the webhooks function: subscribe, list, delete, and read a webhook's delivery log.
import { createRoute } from "@hono/zod-openapi";
import { jsonBody as readJsonBody } from "../../shared/http/body.ts";
import { idParams, jsonBody, jsonResponse } from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { createdWebhook, deliveryLog, webhookInput, webhookList } from "./schemas.ts";

const tags = ["webhooks"];
const params = idParams("webhook");

export const createWebhookRoute = createRoute({
  method: "post",
  path: "/",
  operationId: "createWebhook",
  tags,
  summary: "Subscribe a URL to events",
  description:
    "Events: cv.analyzed, cv.failed, batch.completed. The answer holds the signing secret, shown only once. http(s) only; loopback and private addresses are refused unless WEBHOOK_ALLOW_PRIVATE.",
  // read under MAX_JSON_BYTES and BODY_IDLE_TIMEOUT_MS like every JSON body
  middleware: [readJsonBody] as const,
  request: { body: jsonBody(webhookInput) },
  responses: {
    201: jsonResponse(createdWebhook, "subscribed"),
    ...errorResponses(...bodyErrors, 422, ...keyedErrors),
  },
});

export const listWebhooksRoute = createRoute({
  method: "get",
  path: "/",
  operationId: "listWebhooks",
  tags,
  summary: "The tenant's webhooks",
  responses: {
    200: jsonResponse(webhookList, "the webhooks, oldest first"),
    ...errorResponses(...keyedErrors),
  },
});

export const deleteWebhookRoute = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteWebhook",
  tags,
  summary: "Delete a webhook and its delivery log",
  request: { params },
  responses: { 204: { description: "deleted" }, ...errorResponses(404, ...keyedErrors) },
});

export const webhookDeliveriesRoute = createRoute({
  method: "get",
  path: "/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  tags,
  summary: "A webhook's delivery log, newest first",
  description: "The last 100 deliveries with their attempts, last status and error.",
  request: { params },
  responses: { 200: jsonResponse(deliveryLog, "the deliveries"), ...errorResponses(404, ...keyedErrors) },
});
