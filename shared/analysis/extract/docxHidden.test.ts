// Hidden text in Word documents: a run whose own properties say w:vanish is not shown to a reader (Word's "Top of
// Form" / "Bottom of Form" markers, notes to oneself), so it is no part of the text; a hidden paragraph mark, or a
// run whose w:vanish is switched off, hides nothing.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "./docx.ts";

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
  return zipSync({ "word/document.xml": new TextEncoder().encode(xml) });
}

const run = (text: string, properties = "") =>
  `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t>${text}</w:t></w:r>`;

describe("hidden runs in a DOCX", () => {
  it("leaves out a run marked hidden and keeps the rest of its paragraph", () => {
    const body = `<w:p>${run("Bottom of Form", "<w:b/><w:vanish/>")}${run("Internal Control Officer - Harbor Bank")}</w:p><w:p>${run("Top of Form", '<w:vanish w:val="true"/>')}</w:p><w:p>${run("Kestrel Finance")}</w:p>`;
    const lines = extractDocx(docx(body), 10_000_000).text.split("\n").filter(Boolean);
    expect(lines).toEqual(["Internal Control Officer - Harbor Bank", "Kestrel Finance"]);
  });

  it("keeps a run whose hiding is switched off and a paragraph whose mark alone is hidden", () => {
    const body = `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run("Site Engineer")}</w:p><w:p>${run("Orchard Works", '<w:vanish w:val="0"/>')}</w:p>`;
    const lines = extractDocx(docx(body), 10_000_000).text.split("\n").filter(Boolean);
    expect(lines).toEqual(["Site Engineer", "Orchard Works"]);
  });
});
