// The metric families of cv-analyzer, registered once on the process-wide registry.
// Names follow the Prometheus guide: cv_analyzer_ prefix, base units, _total on counters, _info for metadata.
// Labels come only from small fixed sets: method, route template, status class, reason, dependency, kind.
//
// Aggregation (`aggregator` across the worker processes of one host, `fleetAggregator` across instances):
// - counters and histograms: sum, except host-wide counters that every process reads alike (max per host);
// - in-flight and pool gauges: sum, since each process holds its own requests and connections;
// - system gauges: max per host (every process reads the same host), sum across the fleet;
// - dependency gauges: latest, the most recent check wins wherever it ran;
// - build info: max, one series per distinct version/runtime/mode.
import { Registry } from "./registry.ts";

export const metricsRegistry = new Registry();

/** seconds; from 5 ms (a cached lookup) to 30 s (the default request timeout) */
export const httpDurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;

export const httpRequests = metricsRegistry.counter({
  name: "cv_analyzer_http_requests_total",
  help: "HTTP requests answered, by method, route template and status class.",
  labelNames: ["method", "route", "status_class"],
});

export const httpRequestDuration = metricsRegistry.histogram(
  {
    name: "cv_analyzer_http_request_duration_seconds",
    help: "Time from receiving a request to its response being ready, by method, route template and status class.",
    labelNames: ["method", "route", "status_class"],
  },
  httpDurationBuckets,
);

export const httpInFlight = metricsRegistry.gauge({
  name: "cv_analyzer_http_requests_in_flight",
  help: "Requests being handled now (probes excluded).",
  labelNames: [],
});

export const httpShed = metricsRegistry.counter({
  name: "cv_analyzer_http_requests_shed_total",
  help: "Requests refused with 503 by load shedding, by reason (concurrency, global, memory, event_loop).",
  labelNames: ["reason"],
});

export const dependencyUp = metricsRegistry.gauge({
  name: "cv_analyzer_dependency_up",
  help: "1 when the last check of the dependency succeeded, 0 when it failed.",
  labelNames: ["dependency"],
  aggregator: "latest",
});

export const dependencyLatency = metricsRegistry.gauge({
  name: "cv_analyzer_dependency_latency_seconds",
  help: "Duration of the last check of the dependency.",
  labelNames: ["dependency"],
  aggregator: "latest",
});

export const poolConnections = metricsRegistry.gauge({
  name: "cv_analyzer_pool_connections",
  help: "Connections held by the client's pool, by state (open, idle).",
  labelNames: ["dependency", "state"],
});

export const poolWaiting = metricsRegistry.gauge({
  name: "cv_analyzer_pool_waiting_requests",
  help: "Callers waiting for a connection from the client's pool.",
  labelNames: ["dependency"],
});

export const poolErrors = metricsRegistry.counter({
  name: "cv_analyzer_pool_errors_total",
  help: "Errors reported by the client's pool.",
  labelNames: ["dependency"],
});

export const cacheHits = metricsRegistry.counter({
  name: "cv_analyzer_cache_hits_total",
  help: "Cache lookups that found an entry, by kind (analysis, match, search).",
  labelNames: ["kind"],
});

export const cacheMisses = metricsRegistry.counter({
  name: "cv_analyzer_cache_misses_total",
  help: "Cache lookups that found nothing, by kind (analysis, match, search).",
  labelNames: ["kind"],
});

export const cacheEvictions = metricsRegistry.counter({
  name: "cv_analyzer_cache_evictions_total",
  help: "Entries removed from the cache to make room, by kind (analysis, match, search).",
  labelNames: ["kind"],
});

export const buildInfo = metricsRegistry.gauge({
  name: "cv_analyzer_build_info",
  help: "Always 1; the labels say which build is running: version, Node version, runtime and mode.",
  labelNames: ["version", "node", "runtime", "mode"],
  aggregator: "max",
});

export const systemCpuSeconds = metricsRegistry.counter({
  name: "cv_analyzer_system_cpu_seconds_total",
  help: "CPU time of the host summed over its cores, by mode (user, nice, system, idle, irq).",
  labelNames: ["mode"],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemCpuCores = metricsRegistry.gauge({
  name: "cv_analyzer_system_cpu_cores",
  help: "Logical CPU cores of the host.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemLoad = metricsRegistry.gauge({
  name: "cv_analyzer_system_load_average",
  help: "Host load average over the window (1m, 5m, 15m).",
  labelNames: ["window"],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemMemoryTotal = metricsRegistry.gauge({
  name: "cv_analyzer_system_memory_total_bytes",
  help: "Physical memory of the host.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemMemoryAvailable = metricsRegistry.gauge({
  name: "cv_analyzer_system_memory_available_bytes",
  help: "Memory of the host available to new work without swapping.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemDiskTotal = metricsRegistry.gauge({
  name: "cv_analyzer_system_disk_total_bytes",
  help: "Size of the filesystem holding DATA_DIR.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "sum",
});

export const systemDiskFree = metricsRegistry.gauge({
  name: "cv_analyzer_system_disk_free_bytes",
  help: "Space on the filesystem holding DATA_DIR that the service may still use.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "sum",
});

// The asynchronous ingestion queue (shared/queue). Depth and age are read from the database by every process
// that samples them, so the host and the fleet take the largest reading rather than a sum.
export const queueDepth = metricsRegistry.gauge({
  name: "cv_analyzer_queue_tasks",
  help: "Tasks of the ingestion queue by state (queued, running), as the database holds them.",
  labelNames: ["state"],
  aggregator: "max",
  fleetAggregator: "max",
});

export const queueOldestAge = metricsRegistry.gauge({
  name: "cv_analyzer_queue_oldest_task_age_seconds",
  help: "How long the oldest queued task has waited.",
  labelNames: [],
  aggregator: "max",
  fleetAggregator: "max",
});

export const queueInFlight = metricsRegistry.gauge({
  name: "cv_analyzer_queue_tasks_in_flight",
  help: "Tasks being run now by this host's queue workers.",
  labelNames: [],
});

export const queueWorkers = metricsRegistry.gauge({
  name: "cv_analyzer_queue_workers",
  help: "Queue workers running (worker loops in embedded mode, their slots in queue processes in stack mode).",
  labelNames: [],
});

export const queueTasksEnded = metricsRegistry.counter({
  name: "cv_analyzer_queue_tasks_total",
  help: "Tasks ended by the queue workers, by outcome (done, failed).",
  labelNames: ["outcome"],
});

export const queueRetries = metricsRegistry.counter({
  name: "cv_analyzer_queue_retries_total",
  help: "Tasks given back to the queue after a passing failure, or claimed again after their lease lapsed.",
  labelNames: [],
});

export const queueDeadLetters = metricsRegistry.counter({
  name: "cv_analyzer_queue_dead_letters_total",
  help: "Tasks given up after QUEUE_MAX_ATTEMPTS claims.",
  labelNames: [],
});

export const webhookDeliveries = metricsRegistry.counter({
  name: "cv_analyzer_webhook_deliveries_total",
  help: "Webhook delivery attempts by outcome (delivered, retried, failed, refused).",
  labelNames: ["outcome"],
});
