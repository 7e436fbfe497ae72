// How many queue workers should run: enough for the backlog (QUEUE_SCALE_TASKS_PER_WORKER each) between
// MIN_QUEUE_WORKERS and MAX_QUEUE_WORKERS, more at once when work waits, back to the minimum once the queue has
// been idle for QUEUE_IDLE_MS.
export interface ScaleReading {
  current: number;
  /** queued + running tasks and due webhook deliveries */
  backlog: number;
  /** how long nothing has been queued or running */
  idleForMs: number;
}

export interface ScaleLimits {
  min: number;
  max: number;
  tasksPerWorker: number;
  idleMs: number;
}

export function desiredWorkers(reading: ScaleReading, limits: ScaleLimits): number {
  const clamp = (n: number) => Math.min(limits.max, Math.max(limits.min, n));
  if (reading.backlog > 0) {
    const wanted = Math.max(1, Math.ceil(reading.backlog / limits.tasksPerWorker));
    // Never down while work remains: a worker stopped mid-batch only gives its task back.
    return clamp(Math.max(reading.current, wanted));
  }
  return reading.idleForMs >= limits.idleMs ? limits.min : clamp(reading.current);
}
