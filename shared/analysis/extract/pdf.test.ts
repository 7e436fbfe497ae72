import { describe, expect, it } from "vitest";
import { positioned, withoutPageFurniture } from "./pdf.ts";

describe("withoutPageFurniture", () => {
  it("drops page numbers and running lines repeated at the edges of later pages", () => {
    const pages = [
      "Priya Raman\nSKILLS\nPriya Raman – CV – Page 1 of 2",
      "Priya Raman\nJava · Spring Boot\nSeite 2 von 2",
      "Priya Raman\nLanguages\n- 3 -",
    ];
    expect(withoutPageFurniture(pages)).toEqual(["Priya Raman\nSKILLS", "Java · Spring Boot", "Languages"]);
  });

  it("keeps a number alone in the page's body: a date cell's year wrapped to the next line", () => {
    const page = [
      "Jane Roe",
      "PROFESSIONAL EXPERIENCE",
      "Kestrel Engineering Corporation (KEC)\tSince Dec",
      "16",
      "Project Engineer (Oil & Gas)",
      "Orchard Builders LLC (Site Engineer)\tSep 14 to",
      "Nov 16",
      "EDUCATION",
      "B.E. Civil Engineering, 2006",
      "2",
    ].join("\n");
    expect(withoutPageFurniture([page])[0].split("\n")).toEqual(page.split("\n").slice(0, -1));
  });
});

describe("positioned", () => {
  const transform = [12, 0, 0, 12, 90, 500];

  it("reads a drawn glyph with no character as a list mark, and skips runs that draw nothing", () => {
    // a symbol font's bullet mapped to no character: pdf.js gives an empty string with the glyph's width
    expect(positioned({ str: "", width: 6.5, transform })).toEqual({
      str: "\uf0b7",
      x: 90,
      y: 500,
      width: 6.5,
      fontSize: 12,
    });
    expect(positioned({ str: "", width: 0, transform })).toBeNull();
    expect(positioned({ str: "Kestrel", width: 40 })).toBeNull();
    expect(positioned({ str: "Kestrel", width: 40, transform })?.str).toBe("Kestrel");
  });
});
