// The hostile-input corpus, built in memory: each case is a file or a JSON text upload that once froze a
// process or exhausted its memory (issue 13), with the outcomes a sound service may give it.
import { zipSync } from "fflate";
import { rawPdf, repeated } from "./pdf.ts";
import { zipWithDirectory } from "./zip.ts";

export type Outcome = "ok" | "too_large" | "too_many_pages" | "timeout" | "corrupt" | "unsupported_type";

type CaseSource = Omit<HostileCase, "bytes"> & { build: () => Uint8Array };

/** A case whose bytes are built on first read, then kept. */
function lazily({ build, ...rest }: CaseSource): HostileCase {
  let bytes: Uint8Array | undefined;
  return {
    ...rest,
    get bytes() {
      bytes ??= build();
      return bytes;
    },
  };
}

export interface HostileCase {
  name: string;
  /** `file` goes up as multipart, `text` as JSON `{ text }` */
  kind: "file" | "text";
  /** made on first use: some cases take a second to build */
  readonly bytes: Uint8Array;
  /** any of these is a correct answer; what is not allowed is a hang, a crash or a 500 */
  expect: Outcome[];
}

const MB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);
/** `unit` repeated to about `bytes` bytes, as one string */
const fill = (unit: string, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length));
const cvHead = "Jane Doe\njane@example.com\n\nSkills\n";
const docxXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
const paragraph = (words: string) => `<w:p><w:r><w:t>${words}</w:t></w:r></w:p>`;

function pdfCases(): CaseSource[] {
  const name = "BT /F1 20 Tf 72 780 Td (Jane Doe) Tj ET\n";
  const items: string[] = [];
  for (let i = 0; i < 30_000; i++)
    items.push(`BT /F1 6 Tf ${20 + (i % 90) * 6} ${800 - (i % 700)} Td (ab) Tj ET`);
  return [
    // 500,000 unbalanced `q` in 1.7 KB: pdf.js never settles its text content promise.
    {
      name: "pdf-unbalanced-q",
      kind: "file",
      build: () => rawPdf([{ content: new Uint8Array([...text(name), ...repeated("q ", 500_000)]) }]),
      expect: ["timeout", "too_large"],
    },
    // 30,000 text items on one page: groupLines was quadratic in lines.
    {
      name: "pdf-30k-text-items",
      kind: "file",
      build: () => rawPdf([{ content: text(`${name}${items.join("\n")}`) }]),
      expect: ["ok", "too_large", "timeout"],
    },
    // 64 MiB of spaces Flate-packed into about 64 KB: a decompression bomb in the content stream.
    {
      name: "pdf-flate-bomb",
      kind: "file",
      build: () =>
        rawPdf([{ content: new Uint8Array([...text(name), ...new Uint8Array(64 * MB).fill(0x20)]) }]),
      expect: ["ok", "too_large", "timeout", "corrupt"],
    },
    // A page 10^9 points wide: the column finder walked it in 2-point steps.
    {
      name: "pdf-giant-page",
      kind: "file",
      build: () =>
        rawPdf([
          {
            width: 1e9,
            content: text(
              `${name}BT /F1 10 Tf 999999000 700 Td (far) Tj ET\n${items.slice(0, 40).join("\n")}`,
            ),
          },
        ]),
      expect: ["ok", "too_large", "timeout"],
    },
  ];
}

function docxCases(): CaseSource[] {
  // Words from a fixed pseudo-random sequence: compressible as real text is (about 3:1), not as a bomb is.
  let seed = 1;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return seed.toString(36);
  };
  const body = () =>
    docxXml(
      Array.from({ length: 2_500 }, () => paragraph(Array.from({ length: 20 }, word).join(" "))).join(""),
    );
  // 2,000 directory entries that all point at the same compressed header part: each was inflated again.
  const overlapping = () =>
    zipWithDirectory([
      { name: "word/document.xml", data: text(docxXml(paragraph("Jane Doe"))) },
      {
        name: "word/header1.xml",
        data: text(body()),
        aliases: Array.from({ length: 2_000 }, (_, i) => `word/header${i + 2}.xml`),
      },
    ]);
  // An entry that declares 1,000 bytes and inflates to 64 MiB: inflation ran past the declared size.
  const lying = () =>
    zipWithDirectory([
      {
        name: "word/document.xml",
        data: text(`${docxXml(paragraph("Jane Doe"))}${" ".repeat(64 * MB)}`),
        declaredSize: 1_000,
      },
    ]);
  // An entry that declares 1 GiB.
  const huge = () =>
    zipWithDirectory([
      { name: "word/document.xml", data: text(docxXml(paragraph("Jane Doe"))), declaredSize: 1024 * MB },
    ]);
  const plain = () =>
    zipSync({
      "word/document.xml": text(docxXml(paragraph("Jane Doe") + paragraph(fill("<", 200_000)))),
    });
  return [
    { name: "docx-overlapping-entries", kind: "file", build: overlapping, expect: ["corrupt", "too_large"] },
    { name: "docx-lying-size", kind: "file", build: lying, expect: ["corrupt", "too_large"] },
    { name: "docx-declares-1gib", kind: "file", build: huge, expect: ["corrupt", "too_large"] },
    // A raw NUL inside the document text: PostgreSQL refuses it in text and jsonb.
    {
      name: "docx-nul-in-text",
      kind: "file",
      build: () =>
        zipSync({
          "word/document.xml": text(docxXml(paragraph("Jane\u0000 Doe") + paragraph("jane@example.com"))),
        }),
      expect: ["ok"],
    },
    { name: "docx-escaped-angles", kind: "file", build: plain, expect: ["ok", "too_large"] },
  ];
}

function textCases(): CaseSource[] {
  // Each construct is opened and never closed, repeated to 1 MB, on one line so that no page limit stops it early.
  const constructs: [string, string][] = [
    ["markdown-unclosed-link", "[a](b"],
    ["markdown-unclosed-image", "![a](b"],
    ["markdown-unclosed-label", "[a"],
    ["markdown-unclosed-autolink", "<http:"],
    ["markdown-emphasis", "**a__"],
    ["html-unclosed-script", "<script>"],
    ["html-unclosed-comment", "<!--"],
    ["html-unclosed-tag", "<a "],
    ["html-unclosed-p", "<p "],
    ["html-nested-tags", "<b><i>"],
    ["photo-token", "photo."],
    ["image-token", "a.jp"],
    ["email-token", "a.a@"],
    ["url-token", "http://"],
    ["skills-commas", "a, "],
  ];
  const cases: CaseSource[] = [];
  for (const [name, unit] of constructs) {
    cases.push({
      name: `${name}-file`,
      kind: "file",
      build: () => text(cvHead + fill(unit)),
      expect: ["too_large", "ok", "corrupt"],
    });
    // Within the text limit (300,000 characters), so the analysis itself runs over it.
    cases.push({
      name: `${name}-text`,
      kind: "text",
      build: () => text(cvHead + fill(unit, 250_000)),
      expect: ["ok", "too_large", "too_many_pages"],
    });
  }
  cases.push(
    {
      name: "html-document-unclosed-comment",
      kind: "file",
      build: () => text(`<!doctype html><html><body><p>Jane Doe</p>${fill("<!--", 250_000)}`),
      expect: ["ok", "corrupt", "too_large"],
    },
    {
      name: "nul-and-controls",
      kind: "text",
      build: () => text(`Jane\u0000 Doe\u0001\u0007\njane@example.com\n\nSkills\nPython\u0000, Go`),
      expect: ["ok"],
    },
    {
      name: "nul-in-file",
      kind: "file",
      build: () => text(`Jane Doe\njane@example.com\u0000\n\nSkills\nPython, Go\n`),
      expect: ["ok", "unsupported_type"],
    },
    // A degree's colon and then a long run of spaces: patterns with several optional spaces in a row tried every
    // split of the run (4,000 spaces took a minute, 100,000 would not end)
    {
      name: "education-row-spaces",
      kind: "text",
      build: () =>
        text(
          `Jane Doe\njane@example.com\n\nEducation\nA.S : ${" ".repeat(250_000)}x\nBachelor of Science : ${" ".repeat(20_000)}2004`,
        ),
      expect: ["ok", "too_large", "too_many_pages"],
    },
    {
      name: "skills-wrapped-long-line",
      kind: "text",
      build: () => text(`${cvHead}${fill("C#, ", 250_000)}\nGo`),
      expect: ["ok", "too_large", "too_many_pages"],
    },
  );
  return cases;
}

export function hostileCases(): HostileCase[] {
  return [...pdfCases(), ...docxCases(), ...textCases()].map(lazily);
}

/** Unclosed, nested and repeated constructs, each about `bytes` long, for the text-facing functions. */
export function adversarialTexts(bytes = MB): [string, string][] {
  const units = [
    "[a](b",
    "![a](b",
    "[a",
    "<http:",
    "**a__",
    " *a",
    "<script>",
    "<!--",
    "<a ",
    "<p ",
    "<b><i>",
    "</td>",
    "photo.",
    "a.jp",
    "a.a@",
    "http://",
    "a, ",
    ", ",
    " ",
    "\t",
    "| ",
    "# ",
    "&#x",
    "19",
    "Date of Birth : ",
    "Father Name\t",
    "S/O Ab ",
    "Pune - 411",
  ];
  const texts: [string, string][] = units.map((unit) => [JSON.stringify(unit), fill(unit, bytes)]);
  // Runs that end in something other than what the pattern waits for.
  texts.push(['spaces then "x"', `${" ".repeat(bytes)}x`], ['tabs then "x"', `${"\t".repeat(bytes)}x`]);
  texts.push(['one token ending ".jpgx"', `${"a".repeat(bytes)}.jpgx`]);
  return texts;
}
