// Names of knowledge areas and technologies from ESCO and O*NET (gazetteer.generated.json, built by
// `npm run build:job-gazetteer`), matched as whole token sequences: a hint for the tagger, not a verdict.
import type { TermToken } from "./_tokens.ts";
import data from "./gazetteer.generated.json" with { type: "json" };

const gazetteer = data as { maxWords: number; phrases: string[] };
let phrases: Set<string> | undefined;

/** "B" or "I" for tokens inside the longest gazetteer phrase starting at each point, "" elsewhere */
export function gazetteerTags(tokens: TermToken[]): string[] {
  phrases ??= new Set(gazetteer.phrases);
  const tags = tokens.map(() => "");
  const words = tokens.map((t) => t.text.toLowerCase());
  let i = 0;
  while (i < tokens.length) {
    let length = 0;
    for (let n = Math.min(gazetteer.maxWords, tokens.length - i); n >= 1; n--) {
      if (n > 1 && tokens.slice(i + 1, i + n).some((t) => t.lineStart)) continue;
      if (phrases.has(words.slice(i, i + n).join(" "))) {
        length = n;
        break;
      }
    }
    if (length === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < length; k++) tags[i + k] = k === 0 ? "B" : "I";
    i += length;
  }
  return tags;
}
