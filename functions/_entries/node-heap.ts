// V8's heap settings for the service's processes, made at start-up before any thread starts.
// NODE_HEAP_GROWING_PERCENT: under mixed load an HTTP worker kept about 60 MB of live objects in a main-thread heap
// of 180-235 MB, because V8 lets a heap grow 1.1 to 4 times what a full collection kept before the next one; the
// gap is garbage, and its coming and going moved the worker's resident memory by tens of MB (bench/README.md).
// QUEUE_MAIN_SEMI_SPACE_MB: a queue process's main thread does little after start-up, but loading the code grows
// its young generation to 33.6 MB, which V8 gives back about 40 s later.
// PRIMARY_GC_MB: the cluster primary's heap gained about 1 MB a minute of old metrics snapshots under load.
// QUEUE_GC_MB: a queue process's main thread, with its small young generation, promotes what it makes between
// tasks (polls, metrics) and gained about 2 MB a minute with no full collection in 5 minutes.
// THREAD_MIN_SEMI_SPACE_MB: an HTTP worker's analysis thread that idled for a while under mixed load gave back
// its 32 MB young generation and took it again with its next upload, moving the worker's memory by 10-15 %.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import type { Settings } from "../../shared/config/settings.ts";

/**
 * Every process, so every thread: a heap grows by NODE_HEAP_GROWING_PERCENT of what it kept; and the threads a
 * process starts after this (analysis, the embedded database) keep semi-spaces of THREAD_MIN_SEMI_SPACE_MB at least
 * (V8 reads the flag when it makes a thread's heap; the main thread's is made already, and V8 holds a thread's
 * least to its most).
 */
export function tuneHeapGrowth(settings: Settings) {
  if (settings.NODE_HEAP_GROWING_PERCENT > 0)
    v8.setFlagsFromString(`--heap-growing-percent=${settings.NODE_HEAP_GROWING_PERCENT}`);
  if (settings.THREAD_MIN_SEMI_SPACE_MB > 0)
    v8.setFlagsFromString(`--min-semi-space-size=${settings.THREAD_MIN_SEMI_SPACE_MB}`);
}

const SEMI_SPACE = "--max-semi-space-size";

/** What a queue process is forked with besides the primary's flags: its main thread's semi-space, and gc. */
export function queueProcessFlags(settings: Settings): string[] {
  const mb = settings.QUEUE_MAIN_SEMI_SPACE_MB;
  return mb > 0 ? [`${SEMI_SPACE}=${mb}`, "--expose-gc"] : [];
}

/**
 * In a queue process, before its analysis threads start: they are made with the semi-space the process would
 * have had without queueProcessFlags (the analysis allocates fast: with 1 MB semi-spaces in every thread the
 * queue ingested about a fifth less); and what start-up left, which the small young generation promoted, is
 * collected now rather than minutes later.
 */
export function settleQueueMainThread(settings: Settings) {
  if (settings.QUEUE_MAIN_SEMI_SPACE_MB <= 0) return;
  const given = process.execArgv.filter((arg) => arg.startsWith(`${SEMI_SPACE}=`));
  // the last is the supervisor's; one before it is the operator's own
  const own = given.length > 1 ? given[given.length - 2]!.slice(SEMI_SPACE.length + 1) : "0";
  v8.setFlagsFromString(`${SEMI_SPACE}=${own}`);
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A check to run now and then: a full collection once the heap has grown `mb` MB above the lowest it has been
 * since the last one (counting from the lowest, since start-up's garbage may still be there when it is made).
 * Without --expose-gc on the command line: the flag set now holds for a context made after it.
 */
function heapKeeper(mb: number, options: { collectFirst?: boolean } = {}): (() => void) | undefined {
  const limit = mb * 2 ** 20;
  if (limit <= 0) return undefined;
  v8.setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let lowest = Number.POSITIVE_INFINITY;
  let first = options.collectFirst === true;
  return () => {
    const used = v8.getHeapStatistics().used_heap_size;
    lowest = Math.min(lowest, used);
    if (!first && used - lowest < limit) return;
    first = false;
    gc();
    lowest = v8.getHeapStatistics().used_heap_size;
  };
}

/**
 * In the cluster primary: what to run after each metrics gather. Each gather's snapshots are kept until the next
 * (a worker that does not answer is reported as it last was), so they outlive the primary's small young
 * generation and pile up in its old space, which V8 first collects only after tens of MB. With PRIMARY_GC_MB set,
 * a full collection runs after the first gather (start-up's garbage, about 12 MB, which V8 otherwise collected
 * anywhere from 30 s to 3 minutes later) and then once the heap has grown that much above the lowest it has been
 * since the last one (about 20 ms for its 25 MB).
 */
export function primaryHeapKeeper(settings: Settings): (() => void) | undefined {
  return heapKeeper(settings.PRIMARY_GC_MB, { collectFirst: true });
}

/** How often a queue process's main thread checks its heap against QUEUE_GC_MB. */
export const QUEUE_HEAP_CHECK_MS = 5_000;

/**
 * In a queue process's main thread: every QUEUE_HEAP_CHECK_MS, a full collection once its heap has grown
 * QUEUE_GC_MB above the lowest since the last (about 20 ms for its 25 MB). Returns what stops the checks.
 */
export function keepQueueHeap(settings: Settings, everyMs = QUEUE_HEAP_CHECK_MS): () => void {
  const keep = heapKeeper(settings.QUEUE_GC_MB);
  if (!keep) return () => {};
  const timer = setInterval(keep, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
