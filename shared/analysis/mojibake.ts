// Repairs text that was UTF-8 read as Windows-1252 ("â€“" for "–", "ï¼š" for "："), as CV builders' exports
// often are. Each suspicious run is re-encoded to bytes and decoded again; runs that are no valid UTF-8 stay.

// Windows-1252 bytes 0x80-0x9F that are not the C1 control of the same number.
// biome-ignore format: byte table
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
  "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
  "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252_HIGH).join("")}]`;
// A lead byte and exactly as many continuation bytes as it announces.
const SUSPECT = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  "g",
);
// A three- or four-byte lead with one continuation short: the exporter lost a byte ("ï¼" + ZWSP).
const TRUNCATED = new RegExp(`[\\u00e0-\\u00f4]${CONTINUATION}(?!${CONTINUATION})`, "g");
const decoder = new TextDecoder("utf-8", { fatal: true });

function byteOf(char: string): number {
  return CP1252_HIGH[char] ?? char.charCodeAt(0);
}

export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return (
    text
      .replace(SUSPECT, (run) => {
        try {
          return decoder.decode(Uint8Array.from(run, byteOf));
        } catch {
          return run;
        }
      })
      .replace(TRUNCATED, "\ufffd")
      // "including.Â" : a no-break space that lost its second byte at the end of a word; "Accountants Â Â Dec
      // 2014": no-break spaces set for a gap, each read as "Â" and a space, stand alone between spaces
      .replace(/(?<=\S)\u00c2(?=\s|$)/gm, "")
      .replace(/(?<=^|\s)\u00c2(?=\s|$)/gm, "")
  );
}
