// How many queue workers should run: enough for the backlog (QUEUE_SCALE_TASKS_PER_WORKER each) between
// MIN_QUEUE_WORKERS and MAX_QUEUE_WORKERS, back to the minimum once the queue has been idle for QUEUE_IDLE_MS.
// Workers that share the machine's cores are added one at a time, only while the cores have time to spare
// (QUEUE_SCALE_MAX_CPU), and no more than the cores: on 2 cores, 8 queue processes ingested 21.6–32.8 PDFs/s
// and 3 ingested 37.5, against 43.0–53.8 for 2 (bench/README.md).
export interface ScaleReading {
  current: number;
  /** queued + running tasks and due webhook deliveries */
  backlog: number;
  /** how long nothing has been queued or running */
  idleForMs: number;
  /** the share of the machine's CPU time used over the last interval (0–1); absent where unknown */
  cpuBusy?: number;
}

export interface ScaleLimits {
  min: number;
  max: number;
  tasksPerWorker: number;
  idleMs: number;
  /** no worker is added while cpuBusy is at or above this share; 1 or more turns the check off */
  maxCpuBusy?: number;
  /** the machine's cores: with the check on, no more workers than these (MIN_QUEUE_WORKERS still holds) */
  cores?: number;
}

export function desiredWorkers(reading: ScaleReading, limits: ScaleLimits): number {
  const clamp = (n: number) => Math.min(limits.max, Math.max(limits.min, n));
  if (reading.backlog > 0) {
    const wanted = Math.max(1, Math.ceil(reading.backlog / limits.tasksPerWorker));
    // Never down while work remains: a worker stopped mid-batch only gives its task back.
    const gated = (limits.maxCpuBusy ?? 1) < 1 && reading.cpuBusy !== undefined;
    if (!gated) return clamp(Math.max(reading.current, wanted));
    // below MIN (start-up), or no worker while work waits: up to that at once, whatever the load
    if (reading.current < Math.max(limits.min, 1)) return clamp(Math.max(limits.min, 1));
    // a worker more on busy cores only takes time from the others (and warms its own code up from cold)
    const cap = Math.max(limits.min, Math.min(limits.max, limits.cores ?? limits.max));
    if (
      wanted <= reading.current ||
      reading.current >= cap ||
      (reading.cpuBusy as number) >= (limits.maxCpuBusy as number)
    )
      return clamp(reading.current);
    return clamp(reading.current + 1);
  }
  return reading.idleForMs >= limits.idleMs ? limits.min : clamp(reading.current);
}
