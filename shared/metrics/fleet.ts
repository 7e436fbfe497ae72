// The cross-instance merge: each instance reports its host snapshot to Redis; a scrape anywhere returns the
// whole fleet. An instance silent for longer than METRICS_INSTANCE_TTL_MS expires, and its counters are
// folded into retained totals first, so that no counter a scrape returns ever goes backwards.
import type { KeyValueStore } from "../clients/types.ts";
import { fleetKeys, reportScript } from "./fleet-scripts.ts";
import { mergeSnapshots, orderSamples } from "./merge.ts";
import { type FamilySnapshot, isCumulative, type Sample, seriesKey } from "./snapshot.ts";
import type { HostSnapshot } from "./source.ts";

export interface FleetOptions {
  ttlMs: number;
  /** the Redis key namespace shared by every instance of one service */
  namespace?: string;
  /** how long Redis keeps a silent instance's data at most, in case nobody scrapes to fold it */
  keepMs?: number;
  now?: () => number;
}

export interface FleetView {
  families: FamilySnapshot[];
  /** live instances merged, this one included */
  instances: number;
}

type FamilyMeta = Omit<FamilySnapshot, "samples">;

const cumulativeField = (family: string, sample: Sample) =>
  JSON.stringify({ f: family, s: sample.name, l: sample.labels });

/** field\tvalue lines of every cumulative sample, and one "#name\tmeta" line per family */
function cumulativeLines(families: FamilySnapshot[]): string {
  let text = "";
  for (const family of families) {
    if (!isCumulative(family)) continue;
    const { samples: _, ...meta } = family;
    text += `#${family.name}\t${JSON.stringify(meta)}\n`;
    for (const sample of family.samples) text += `${cumulativeField(family.name, sample)}\t${sample.value}\n`;
  }
  return text;
}

const pairs = (flat: unknown): [string, string][] => {
  const list = Array.isArray(flat) ? flat.map(String) : [];
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i], list[i + 1]]);
  return out;
};

/** the retained totals as families, one pseudo-instance for the merge */
function retainedFamilies(totals: [string, string][], metas: [string, string][]): FamilySnapshot[] {
  const meta = new Map(metas.map(([name, json]) => [name, JSON.parse(json) as FamilyMeta]));
  const families = new Map<string, FamilySnapshot>();
  for (const [field, value] of totals) {
    const { f, s, l } = JSON.parse(field) as { f: string; s: string; l: Sample["labels"] };
    const known = meta.get(f);
    if (!known) continue;
    let family = families.get(f);
    if (!family) {
      family = { ...known, samples: [] };
      families.set(f, family);
    }
    family.samples.push({ name: s, labels: l, value: Number(value) });
  }
  return [...families.values()];
}

function parseSnapshot(stored: string): FamilySnapshot[] {
  const newline = stored.indexOf("\n");
  return newline < 0 ? [] : (JSON.parse(stored.slice(newline + 1)) as FamilySnapshot[]);
}

export function createFleet(options: FleetOptions) {
  const now = options.now ?? Date.now;
  const keys = fleetKeys(options.namespace);
  const keepMs = options.keepMs ?? Math.max(options.ttlMs * 100, 24 * 3_600_000);
  // After an expiry the host reports under a new id, counting only what happened since (the baseline).
  let generation = 0;
  let baseline = new Map<string, number>();

  const idOf = (instance: string) => (generation === 0 ? instance : `${instance}.${generation}`);

  const sinceBaseline = (families: FamilySnapshot[]): FamilySnapshot[] =>
    baseline.size === 0
      ? families
      : families.map((family) =>
          isCumulative(family)
            ? {
                ...family,
                samples: family.samples.map((s) => ({
                  ...s,
                  value: Math.max(0, s.value - (baseline.get(`${family.name}${seriesKey(s)}`) ?? 0)),
                })),
              }
            : family,
        );

  const restartFrom = (families: FamilySnapshot[]) => {
    generation += 1;
    baseline = new Map();
    for (const family of families)
      if (isCumulative(family))
        for (const s of family.samples) baseline.set(`${family.name}${seriesKey(s)}`, s.value);
  };

  async function report(store: KeyValueStore, host: HostSnapshot, read: boolean): Promise<unknown[]> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const families = sinceBaseline(host.families);
      const args = [
        idOf(host.instance),
        now(),
        options.ttlMs,
        host.seq,
        JSON.stringify(families),
        cumulativeLines(families),
        read ? "1" : "0",
        keepMs,
        keys.instancePrefix,
        keys.expiredPrefix,
      ];
      const result = await store.eval(
        reportScript,
        [keys.instances, keys.retained, keys.retainedFamilies],
        args,
      );
      if (!Array.isArray(result)) throw new Error("unexpected answer from Redis to the metrics report");
      if (result[0] !== "expired") return result;
      restartFrom(host.families);
    }
    throw new Error("the metrics report was refused twice as expired");
  }

  return {
    /** reports this host without reading the fleet back: the periodic heartbeat */
    async publish(store: KeyValueStore, host: HostSnapshot): Promise<void> {
      await report(store, host, false);
    },
    /** reports this host, then returns the fleet: every live instance plus the retained totals */
    async merge(store: KeyValueStore, host: HostSnapshot): Promise<FleetView> {
      const [, totals, metas, snapshots] = await report(store, host, true);
      const live = (Array.isArray(snapshots) ? snapshots : []).map(String).filter((s) => s !== "");
      const inputs = live.map(parseSnapshot);
      inputs.push(retainedFamilies(pairs(totals), pairs(metas)));
      return { families: mergeSnapshots(inputs, "fleet").map(orderSamples), instances: live.length };
    },
  };
}

export type Fleet = ReturnType<typeof createFleet>;
