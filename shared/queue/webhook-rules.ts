// What a webhook may be and how a delivery is signed: http(s) URLs only, no loopback or private address
// unless WEBHOOK_ALLOW_PRIVATE, and HMAC-SHA256 over "<timestamp>.<body>" with the webhook's secret.
import ipaddr from "ipaddr.js";

export const webhookEvents = ["cv.analyzed", "cv.failed", "batch.completed"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const signatureHeader = "X-CV-Analyzer-Signature";

/** Only addresses on the public internet ("unicast"); v4 addresses written as IPv6 are judged as v4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/** Why this URL cannot be a webhook, or null. Host names are checked again when resolved, at delivery. */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "only http and https URLs are allowed";
  if (url.username || url.password) return "credentials in the URL are not allowed";
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback addresses are not allowed";
  if (ipaddr.isValid(host) && !isPublicAddress(host))
    return "loopback, private and reserved addresses are not allowed";
  return null;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");

/** The signature header's value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export async function signDelivery(secret: string, timestamp: number, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  return `t=${timestamp},v1=${hex(mac)}`;
}

/** A new webhook secret: 32 random bytes, hex, prefixed so that it is recognisable in a secret scanner. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${hex(bytes.buffer)}`;
}

/** Back-off before the attempt after `attempts` failed ones: doubling from the base, capped. */
export const webhookBackoffMs = (attempts: number, baseMs: number, maxMs: number) =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
