// Node's resolver for webhook hosts: every address a name resolves to, so that one pointing inward is refused.
import { lookup } from "node:dns/promises";
import type { ResolveHost } from "./webhook-dispatch.ts";

export const resolveHostNode: ResolveHost = async (host) =>
  (await lookup(host, { all: true })).map((entry) => entry.address);
