// The server deployment's client packages (pg, ioredis, Qdrant's with its HTTP client undici), loaded when the
// first client that needs one is made rather than when the modules that make clients are imported: an embedded
// process never uses them, and loading them took about 150 ms of its start-up on the main thread
// (bench/README.md, cold start).
import { createRequire } from "node:module";
import type pg from "pg";

const require = createRequire(import.meta.url);

export const loadPg = () => require("pg") as typeof pg;
export const loadIoredis = () => require("ioredis") as typeof import("ioredis");
export const loadQdrant = () => require("@qdrant/js-client-rest") as typeof import("@qdrant/js-client-rest");
