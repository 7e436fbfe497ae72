// Webhooks per tenant and their deliveries: each event becomes one delivery row per subscribed webhook,
// claimed under a lease by a dispatcher, retried with back-off, and kept as the webhook's delivery log.
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./schema.ts";

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
  disabledAt: string | null;
  failures: number;
}

export interface DeliveryView {
  id: string;
  event: string;
  state: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  nextAt: string | null;
}

export interface DueDelivery {
  id: string;
  webhookId: string;
  url: string;
  secret: string;
  event: string;
  payload: string;
  attempts: number;
  createdAt: Date;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;

type WebhookRow = {
  id: string;
  url: string;
  events: string[];
  created_at: Date | string;
  disabled_at: Date | string | null;
  failures: number;
};
const toWebhook = (r: WebhookRow): WebhookView => ({
  id: r.id,
  url: r.url,
  events: r.events,
  createdAt: iso(r.created_at)!,
  disabledAt: iso(r.disabled_at),
  failures: r.failures,
});

export async function insertWebhook(
  db: Kysely<Database>,
  hook: { id: string; tenantId: string; url: string; events: string[]; secret: string },
) {
  const row = await db
    .insertInto("webhooks")
    .values({
      id: hook.id,
      tenant_id: hook.tenantId,
      url: hook.url,
      events: hook.events,
      secret: hook.secret,
    })
    .returning(["id", "url", "events", "created_at", "disabled_at", "failures"])
    .executeTakeFirstOrThrow();
  return toWebhook(row);
}

export async function listWebhooks(db: Kysely<Database>, tenantId: string) {
  const rows = await db
    .selectFrom("webhooks")
    .select(["id", "url", "events", "created_at", "disabled_at", "failures"])
    .where("tenant_id", "=", tenantId)
    .orderBy("created_at")
    .execute();
  return rows.map(toWebhook);
}

export async function getWebhook(db: Kysely<Database>, tenantId: string, id: string) {
  const row = await db
    .selectFrom("webhooks")
    .select(["id", "url", "events", "created_at", "disabled_at", "failures"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toWebhook(row) : null;
}

export async function deleteWebhook(db: Kysely<Database>, tenantId: string, id: string) {
  const result = await db
    .deleteFrom("webhooks")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** One delivery per enabled webhook of the tenant that subscribes to the event; returns how many. */
/** An event of the tenant's, to be delivered to each of its webhooks that subscribed to it. */
export interface TenantEvent {
  tenantId: string;
  event: string;
  data: object;
}

/**
 * The insert of an event's deliveries, one row per subscribed webhook, to run alone or inside a statement;
 * `onlyIf` is a condition the whole insert depends on (another part of that statement's outcome).
 */
export function insertEventDeliveries(
  { tenantId, event, data }: TenantEvent,
  onlyIf: RawBuilder<unknown> = sql`true`,
) {
  const payload = { event, createdAt: new Date().toISOString(), data };
  return sql`
    insert into webhook_deliveries (id, webhook_id, event, payload)
    select gen_random_uuid()::text, w.id, ${event}, ${JSON.stringify(payload)} from webhooks w
    where w.tenant_id = ${tenantId} and w.disabled_at is null and ${event} = any(w.events) and ${onlyIf}
    returning id`;
}

export async function enqueueEvent(db: Kysely<Database>, tenantId: string, event: string, data: object) {
  const { rows } = await insertEventDeliveries({ tenantId, event, data }).execute(db);
  return rows.length;
}

/** Claims up to `limit` deliveries that are due, for `leaseMs`. */
export async function claimDueDeliveries(db: Kysely<Database>, limit: number, leaseMs: number) {
  const { rows } = await sql<{
    id: string;
    webhook_id: string;
    url: string;
    secret: string;
    event: string;
    payload: string;
    attempts: number;
    created_at: Date | string;
  }>`
    with due as (
      select d.id from webhook_deliveries d
      where d.state = 'pending' and d.next_at <= now() and (d.lease_until is null or d.lease_until < now())
      order by d.next_at limit ${limit} for update skip locked
    )
    update webhook_deliveries d set lease_until = now() + ${ms(leaseMs)}, attempts = d.attempts + 1
    from due, webhooks w where d.id = due.id and w.id = d.webhook_id
    returning d.id, d.webhook_id, w.url, w.secret, d.event, d.payload, d.attempts, d.created_at`.execute(db);
  return rows.map(
    (r): DueDelivery => ({
      id: r.id,
      webhookId: r.webhook_id,
      url: r.url,
      secret: r.secret,
      event: r.event,
      payload: r.payload,
      attempts: r.attempts,
      createdAt: new Date(r.created_at),
    }),
  );
}

/** Records one attempt: delivered, retried at `retryInMs`, or (null) given up. Disables failing webhooks. */
export async function recordAttempt(
  db: Kysely<Database>,
  delivery: DueDelivery,
  result: { ok: boolean; status: number | null; error: string | null; retryInMs: number | null },
  disableAfter: number,
) {
  const state = result.ok ? "delivered" : result.retryInMs === null ? "failed" : "pending";
  await sql`update webhook_deliveries set state = ${state}, last_status = ${result.status},
      last_error = ${result.error}, lease_until = null,
      next_at = now() + ${ms(result.retryInMs ?? 0)},
      delivered_at = ${result.ok ? sql`now()` : null}
    where id = ${delivery.id}`.execute(db);
  if (result.ok) {
    await sql`update webhooks set failures = 0 where id = ${delivery.webhookId}`.execute(db);
    return;
  }
  await sql`update webhooks set failures = failures + 1,
      disabled_at = case when failures + 1 >= ${disableAfter} then coalesce(disabled_at, now()) else disabled_at end
    where id = ${delivery.webhookId}`.execute(db);
}

/** Pending deliveries of disabled webhooks are given up: nothing will send them. */
export async function dropDeliveriesOfDisabled(db: Kysely<Database>) {
  await sql`update webhook_deliveries d set state = 'failed', last_error = coalesce(d.last_error, 'webhook disabled')
    from webhooks w where w.id = d.webhook_id and w.disabled_at is not null and d.state = 'pending'`.execute(
    db,
  );
}

export async function dueDeliveryCount(db: Kysely<Database>) {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from webhook_deliveries where state = 'pending' and next_at <= now()`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export async function listDeliveries(db: Kysely<Database>, webhookId: string, limit: number) {
  const rows = await db
    .selectFrom("webhook_deliveries")
    .select([
      "id",
      "event",
      "state",
      "attempts",
      "last_status",
      "last_error",
      "created_at",
      "delivered_at",
      "next_at",
    ])
    .where("webhook_id", "=", webhookId)
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
  return rows.map(
    (r): DeliveryView => ({
      id: r.id,
      event: r.event,
      state: r.state,
      attempts: r.attempts,
      lastStatus: r.last_status,
      lastError: r.last_error,
      createdAt: iso(r.created_at)!,
      deliveredAt: iso(r.delivered_at),
      nextAt: r.state === "pending" ? iso(r.next_at) : null,
    }),
  );
}
