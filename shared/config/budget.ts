// What one HTTP process may take of the service's budgets. DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW is the
// whole service's connection budget and MAX_GLOBAL_CONCURRENT its in-flight budget; each of the
// UVICORN_WORKERS processes gets an equal share, so that the processes together never exceed them (two
// workers × 70 connections used to exceed PostgreSQL's default 100 and answer 500 under load).
import type { Settings } from "./settings.ts";

export interface ProcessBudget {
  /** HTTP processes sharing the budgets: UVICORN_WORKERS on Node with PostgreSQL; 1 with the embedded database
   * (single-process) and on Workers (each isolate makes its own per-request connection) */
  processes: number;
  /** connections the whole service may hold to one PostgreSQL server */
  serviceConnections: number;
  /** the pg pool's size in this process */
  poolMax: number;
  /** requests in flight in this process before 503: MAX_CONCURRENT_REQUESTS, or less to fit MAX_GLOBAL_CONCURRENT */
  maxConcurrent: number;
}

export const httpProcesses = (settings: Settings) =>
  settings.DATABASE_URL && settings.mode !== "edge" ? settings.UVICORN_WORKERS : 1;

/** Queue worker processes run when PostgreSQL is shared; with the embedded database the HTTP process runs them. */
export const queueProcesses = (settings: Settings) =>
  settings.QUEUE_ENABLED && settings.DATABASE_URL !== undefined;

export function processBudget(settings: Settings): ProcessBudget {
  const processes = httpProcesses(settings);
  const serviceConnections = settings.DATABASE_POOL_SIZE + settings.DATABASE_MAX_OVERFLOW;
  return {
    processes,
    serviceConnections,
    // settings.ts refuses a budget smaller than the number of processes, so each share is at least 1.
    poolMax: Math.max(1, Math.floor(serviceConnections / processes)),
    maxConcurrent: Math.max(
      1,
      Math.min(settings.MAX_CONCURRENT_REQUESTS, Math.floor(settings.MAX_GLOBAL_CONCURRENT / processes)),
    ),
  };
}
