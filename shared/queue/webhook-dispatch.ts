// Sends due webhook deliveries: claims a few under a lease, POSTs each signed, and records the outcome
// (delivered, retried after back-off, or given up once WEBHOOK_RETRY_PERIOD_MS has passed since the event).
import type { Kysely } from "kysely";
import type { Settings } from "../config/settings.ts";
import type { Database } from "../db/schema.ts";
import {
  claimDueDeliveries,
  type DueDelivery,
  dropDeliveriesOfDisabled,
  recordAttempt,
} from "../db/webhooks.ts";
import type { Logger } from "../log/logger.ts";
import { webhookDeliveries } from "../metrics/families.ts";
import { isPublicAddress, signatureHeader, signDelivery, webhookBackoffMs } from "./webhook-rules.ts";

/** Resolves a host name to its addresses (Node: dns.lookup), so that a name pointing inward is refused. */
export type ResolveHost = (host: string) => Promise<string[]>;

export interface WebhookDispatcher {
  /** sends what is due now; returns how many deliveries it attempted */
  dispatch(): Promise<number>;
}

export function createWebhookDispatcher(
  db: () => Kysely<Database>,
  settings: Settings,
  log: Logger,
  resolveHost?: ResolveHost,
): WebhookDispatcher {
  const refusedHost = async (url: string) => {
    if (settings.WEBHOOK_ALLOW_PRIVATE || !resolveHost) return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    const addresses = await resolveHost(host);
    return addresses.some((a) => !isPublicAddress(a)) ? `${host} resolves to a non-public address` : null;
  };

  const attempt = async (delivery: DueDelivery) => {
    let status: number | null = null;
    let error: string | null = null;
    let refused = false;
    try {
      const problem = await refusedHost(delivery.url);
      if (problem) {
        refused = true;
        throw new Error(problem);
      }
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await fetch(delivery.url, {
        method: "POST",
        redirect: "manual",
        signal: AbortSignal.timeout(settings.WEBHOOK_TIMEOUT_MS),
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "cv-analyzer-webhooks",
          "X-CV-Analyzer-Event": delivery.event,
          "X-CV-Analyzer-Delivery": delivery.id,
          [signatureHeader]: await signDelivery(delivery.secret, timestamp, delivery.payload),
        },
        body: delivery.payload,
      });
      status = response.status;
      await response.body?.cancel();
      if (status < 200 || status >= 300) error = `the receiver answered ${status}`;
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const ok = error === null;
    const age = Date.now() - delivery.createdAt.getTime();
    const retryInMs = ok
      ? null
      : webhookBackoffMs(
          delivery.attempts,
          settings.WEBHOOK_BACKOFF_BASE_MS,
          settings.WEBHOOK_BACKOFF_MAX_MS,
        );
    const giveUp = !ok && (refused || age + (retryInMs ?? 0) > settings.WEBHOOK_RETRY_PERIOD_MS);
    await recordAttempt(
      db(),
      delivery,
      { ok, status, error, retryInMs: giveUp ? null : retryInMs },
      settings.WEBHOOK_DISABLE_AFTER,
    );
    webhookDeliveries.inc({
      outcome: ok ? "delivered" : refused ? "refused" : giveUp ? "failed" : "retried",
    });
    if (!ok) log.warn("webhook delivery failed", { delivery: delivery.id, status, error, giveUp });
  };

  return {
    async dispatch() {
      const due = await claimDueDeliveries(db(), 10, settings.WEBHOOK_TIMEOUT_MS * 2 + 1_000);
      await Promise.all(due.map(attempt));
      if (due.length > 0) await dropDeliveriesOfDisabled(db());
      return due.length;
    },
  };
}
