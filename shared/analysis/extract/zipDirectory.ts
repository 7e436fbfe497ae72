// Reads a ZIP central directory without inflating anything, so a zip bomb is refused before it costs memory.
import { AnalysisError } from "../errors.ts";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KiB of comment.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new AnalysisError("corrupt", "The ZIP container has no central directory (truncated file?)");
  const count = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  if (directoryOffset === 0xffffffff || count === 0xffff) {
    throw new AnalysisError("too_large", "The ZIP container uses ZIP64, which no CV needs");
  }
  if (directoryOffset + directorySize > eocd) {
    throw new AnalysisError("corrupt", "The ZIP central directory points outside the file");
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new AnalysisError("corrupt", "The ZIP central directory is damaged");
    }
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  checkEntryLayout(bytes, entries, directoryOffset);
  return entries;
}

/**
 * Every entry's data lies before the central directory and no two entries share bytes: a directory whose
 * entries overlap makes one compressed payload count as many (each inflated again), which no writer does.
 */
function checkEntryLayout(bytes: Uint8Array, entries: ZipEntry[], directoryOffset: number): void {
  const spans = entries
    .map((entry) => {
      const payload = entryPayload(bytes, entry);
      return {
        entry,
        start: entry.localHeaderOffset,
        end: payload.byteOffset - bytes.byteOffset + payload.length,
      };
    })
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].end > directoryOffset)
      throw new AnalysisError("corrupt", `ZIP entry ${spans[i].entry.name} runs into the central directory`);
    if (i > 0 && spans[i].start < spans[i - 1].end)
      throw new AnalysisError(
        "corrupt",
        `ZIP entries ${spans[i - 1].entry.name} and ${spans[i].entry.name} overlap`,
      );
  }
}

/** Refuses archives whose declared sizes or compression ratios are out of proportion for a CV. */
export function checkInflationBudget(entries: ZipEntry[], maxInflatedBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw new AnalysisError("too_large", `ZIP entry ${entry.name} declares a ZIP64 size`);
    }
    // Office XML compresses about 10:1; 200:1 on a sizeable entry only happens with padding built to explode.
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > 200) {
      throw new AnalysisError(
        "too_large",
        `ZIP entry ${entry.name} expands ${Math.round(ratio)}:1, which looks like a zip bomb`,
      );
    }
  }
  if (total > maxInflatedBytes) {
    throw new AnalysisError(
      "too_large",
      `The document declares ${total} uncompressed bytes, above the limit of ${maxInflatedBytes}`,
    );
  }
}

/** The raw (still compressed) bytes of one entry, located through its local header. */
export function entryPayload(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new AnalysisError("corrupt", `ZIP entry ${entry.name} has no local header`);
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new AnalysisError("corrupt", `ZIP entry ${entry.name} is truncated`);
  return bytes.subarray(start, end);
}
