// A raw PDF writer for hostile cases: one or more pages whose content streams are given as bytes, Flate-encoded.
import { zlibSync } from "fflate";

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface RawPage {
  /** the page's content stream, uncompressed */
  content: Uint8Array;
  width?: number;
}

/** A valid PDF (xref offsets right) with Helvetica as /F1 on every page. */
export function rawPdf(pages: RawPage[]): Uint8Array {
  const objects: Uint8Array[] = [];
  const font = 3;
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(" ");
  objects.push(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(latin1(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
  pages.forEach((page, i) => {
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 595} 842] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
      ),
    );
    const packed = zlibSync(page.content, { level: 9 });
    objects.push(
      concat([
        latin1(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`),
        packed,
        latin1("\nendstream"),
      ]),
    );
  });
  const parts: Uint8Array[] = [latin1("%PDF-1.7\n")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const object = concat([latin1(`${i + 1} 0 obj\n`), body, latin1("\nendobj\n")]);
    parts.push(object);
    at += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
  ].join("");
  parts.push(latin1(xref));
  return concat(parts);
}

/** `count` repetitions of `unit`, as bytes, without building a JavaScript string of that size twice. */
export function repeated(unit: string, count: number): Uint8Array {
  const one = latin1(unit);
  const out = new Uint8Array(one.length * count);
  for (let i = 0; i < count; i++) out.set(one, i * one.length);
  return out;
}
