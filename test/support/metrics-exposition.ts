// Reads the text exposition back into samples: for tests, the bench, and checks on what a scrape says.
import type { Labels } from "../../shared/metrics/snapshot.ts";

export interface ParsedSample {
  name: string;
  labels: Labels;
  value: number;
}

const unescapeLabel = (text: string) => text.replace(/\\(["\\n])/g, (_, c: string) => (c === "n" ? "\n" : c));

function parseValue(text: string): number {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(text);
}

export function parseExposition(text: string): ParsedSample[] {
  const samples: ParsedSample[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels: Labels = {};
    for (const pair of (match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1]] = unescapeLabel(pair[2]);
    samples.push({ name: match[1], labels, value: parseValue(match[3]) });
  }
  return samples;
}

/** the sum of every sample of `name` whose labels include `where` */
export function sumOf(samples: readonly ParsedSample[], name: string, where: Labels = {}): number {
  let total = 0;
  for (const s of samples) {
    if (s.name !== name) continue;
    if (Object.entries(where).every(([k, v]) => s.labels[k] === v)) total += s.value;
  }
  return total;
}
