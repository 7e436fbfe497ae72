// Text boxes in Word documents (a side column, a header block), written here as the XML Word saves: the drawing
// (mc:Choice) and its copy for older readers (mc:Fallback) hold the same paragraphs, read once; the paragraph that
// anchors a text box keeps its own text whole.
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "./docx.ts";

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const textBox = (lines: string[]) => `<w:txbxContent>${lines.map(paragraph).join("")}</w:txbxContent>`;

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps" xmlns:v="v"><w:body>${body}</w:body></w:document>`;
  return zipSync({ "word/document.xml": new TextEncoder().encode(xml) });
}

describe("text boxes in a DOCX", () => {
  const side = ["SKILLS", "AutoCAD", "STAAD Pro"];
  const anchored = `<w:p><w:r><w:t xml:space="preserve">Site Engineer, </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${textBox(side)}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${textBox(side)}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Kestrel Buildcon Pvt. Ltd.</w:t></w:r></w:p>`;

  it("reads a text box's paragraphs once, not again from its copy for older readers", () => {
    const { text } = extractDocx(docx(paragraph("Ravi Kumar") + anchored), 10_000_000);
    const lines = text.split("\n");
    expect(lines.filter((line) => line === "AutoCAD")).toHaveLength(1);
    expect(lines.filter((line) => line === "SKILLS")).toHaveLength(1);
  });

  it("keeps the anchoring paragraph's text on one line", () => {
    const { text } = extractDocx(docx(paragraph("Ravi Kumar") + anchored), 10_000_000);
    expect(text.split("\n")).toContain("Site Engineer, Kestrel Buildcon Pvt. Ltd.");
    expect(text.split("\n")).not.toContain("Site Engineer, SKILLS");
  });
});
