// V8's heap settings for the service's processes, made at start-up before any thread starts.
// NODE_HEAP_GROWING_PERCENT: under mixed load an HTTP worker kept about 60 MB of live objects in a main-thread heap
// of 180-235 MB, because V8 lets a heap grow 1.1 to 4 times what a full collection kept before the next one; the
// gap is garbage, and its coming and going moved the worker's resident memory by tens of MB (bench/README.md).
// QUEUE_MAIN_SEMI_SPACE_MB: a queue process's main thread does little after start-up, but loading the code grows
// its young generation to 33.6 MB, which V8 gives back about 40 s later.
// PRIMARY_GC_MB: the cluster primary's heap gained about 1 MB a minute of old metrics snapshots under load.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import type { Settings } from "../../shared/config/settings.ts";

/** Every process, so every thread: a heap grows by NODE_HEAP_GROWING_PERCENT of what it kept. */
export function tuneHeapGrowth(settings: Settings) {
  if (settings.NODE_HEAP_GROWING_PERCENT > 0)
    v8.setFlagsFromString(`--heap-growing-percent=${settings.NODE_HEAP_GROWING_PERCENT}`);
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
 * In the cluster primary: what to run after each metrics gather. Each gather's snapshots are kept until the next
 * (a worker that does not answer is reported as it last was), so they outlive the primary's small young
 * generation and pile up in its old space, which V8 first collects only after tens of MB. With PRIMARY_GC_MB set,
 * a full collection runs once the heap has grown that much above the lowest it has been since the last one
 * (about 20 ms for its 25 MB).
 */
export function primaryHeapKeeper(settings: Settings): (() => void) | undefined {
  const limit = settings.PRIMARY_GC_MB * 2 ** 20;
  if (limit <= 0) return undefined;
  // gc without --expose-gc on the command line: the flag set now holds for a context made after it
  v8.setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  // growth is counted from the lowest the heap has been since the last full collection (start-up's garbage is
  // still there when this is made)
  let lowest = Number.POSITIVE_INFINITY;
  return () => {
    const used = v8.getHeapStatistics().used_heap_size;
    lowest = Math.min(lowest, used);
    if (used - lowest < limit) return;
    gc();
    lowest = v8.getHeapStatistics().used_heap_size;
  };
}
