// Recorders for what the app observes (shedding, requests in flight, dependency checks, pools, the build),
// shaped to plug straight into createApp's observer.
import type { Dependency, DependencyName } from "../clients/types.ts";
import type { ShedReason } from "../http/shed.ts";
import {
  buildInfo,
  dependencyLatency,
  dependencyUp,
  httpInFlight,
  httpShed,
  poolConnections,
  poolErrors,
  poolWaiting,
} from "./families.ts";

export function recordDependencyCheck(name: DependencyName, up: boolean, latencySeconds: number): void {
  dependencyUp.set({ dependency: name }, up ? 1 : 0);
  dependencyLatency.set({ dependency: name }, latencySeconds);
}

export const metricsObserver = {
  onShed(reason: ShedReason): void {
    httpShed.inc({ reason });
  },
  onInFlight(count: number): void {
    httpInFlight.set({}, count);
  },
  onDependencyCheck: recordDependencyCheck,
};

/** samples each client's pool; called just before a snapshot */
export function recordPools(dependencies: readonly Dependency[]): void {
  for (const dependency of dependencies) {
    const state = dependency.state();
    const labels = { dependency: dependency.name };
    poolConnections.set({ ...labels, state: "open" }, state.open);
    poolConnections.set({ ...labels, state: "idle" }, state.idle);
    poolWaiting.set(labels, state.waiting);
    poolErrors.raiseTo(labels, state.errors);
  }
}

export interface BuildDescription {
  version: string;
  /** the Node version, or "none" in workerd */
  node: string;
  runtime: "node" | "workerd";
  mode: "embedded" | "stack" | "edge";
}

/** Labels describe the build only: never a URL, a host name or anything taken from a secret setting. */
export function recordBuildInfo(build: BuildDescription): void {
  buildInfo.set({ version: build.version, node: build.node, runtime: build.runtime, mode: build.mode }, 1);
}

/** the hooks of createApp's observer */
export interface MetricsObserver {
  onShed?(reason: ShedReason): void;
  onInFlight?(count: number): void;
  onDependencyCheck?(name: DependencyName, up: boolean, latencySeconds: number): void;
}

/** the metrics recorders first, then the caller's own hooks (tests observe too) */
export function withMetricsObserver(observer: MetricsObserver = {}): Required<MetricsObserver> {
  return {
    onShed(reason) {
      metricsObserver.onShed(reason);
      observer.onShed?.(reason);
    },
    onInFlight(count) {
      metricsObserver.onInFlight(count);
      observer.onInFlight?.(count);
    },
    onDependencyCheck(name, up, latencySeconds) {
      metricsObserver.onDependencyCheck(name, up, latencySeconds);
      observer.onDependencyCheck?.(name, up, latencySeconds);
    },
  };
}
