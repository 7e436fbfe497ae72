// Readiness: each configured dependency checked at once, each bounded by a short timeout, with its latency.
import { redactSecrets } from "../log/logger.ts";
import type { Dependency, DependencyName } from "./types.ts";

export interface DependencyStatus {
  status: "up" | "down";
  latencyMs: number;
  error?: string;
}

export type ReadinessReport = Partial<Record<DependencyName, DependencyStatus>>;

export async function checkDependencies(
  dependencies: Dependency[],
  timeoutMs: number,
  onCheck?: (name: DependencyName, up: boolean, latencySeconds: number) => void,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    dependencies.map(async (dependency): Promise<[DependencyName, DependencyStatus]> => {
      const started = performance.now();
      let error: string | undefined;
      try {
        await dependency.check(timeoutMs);
      } catch (cause) {
        error = String(redactSecrets(cause instanceof Error ? cause.message : String(cause)));
      }
      const latency = performance.now() - started;
      onCheck?.(dependency.name, error === undefined, latency / 1000);
      const status: DependencyStatus = {
        status: error === undefined ? "up" : "down",
        latencyMs: Math.round(latency * 10) / 10,
      };
      return [dependency.name, error === undefined ? status : { ...status, error: error || "unreachable" }];
    }),
  );
  return Object.fromEntries(results);
}
