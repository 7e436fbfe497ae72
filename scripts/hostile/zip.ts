// A ZIP writer that can lie: entries with a declared size other than their real one, and directory entries
// (aliases) that point at another entry's data, which overlapping-entry bombs are made of.
import { deflateSync } from "fflate";

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** the uncompressed size written in the headers; the real one when absent */
  declaredSize?: number;
  /** further central-directory names for this same local entry */
  aliases?: string[];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function zipWithDirectory(entries: RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packed = deflateSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length + packed.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, 8, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, packed.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(packed, 30 + name.length);
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const aliasName = encoder.encode(alias);
      const central = new Uint8Array(46 + aliasName.length);
      const c = new DataView(central.buffer);
      c.setUint32(0, 0x02014b50, true);
      c.setUint16(4, 20, true);
      c.setUint16(6, 20, true);
      c.setUint16(10, 8, true);
      c.setUint32(16, crc, true);
      c.setUint32(20, packed.length, true);
      c.setUint32(24, size, true);
      c.setUint16(28, aliasName.length, true);
      c.setUint32(42, offset, true);
      central.set(aliasName, 46);
      centrals.push(central);
    }
    locals.push(local);
    offset += local.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
