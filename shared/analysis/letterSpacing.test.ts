// Capitals set apart by tracking, as designed CVs set their headings and names ("W O R K   E X P E R I E N C E"):
// read as the words they spell. Invented names.
import { describe, expect, it } from "vitest";
import { normalizeText } from "./analyzeText.ts";
import { analyzeText } from "./index.ts";

describe("letter-spaced capitals", () => {
  it.each([
    ["W O R K   E X P E R I E N C E", "WORK EXPERIENCE"],
    ["E D U C A T I O N :", "EDUCATION:"],
    ["J A N E   D O E", "JANE DOE"],
    // not letter-spaced: initials, a short code, ordinary words
    ["A B C", "A B C"],
    ["B. E. Mechanical", "B. E. Mechanical"],
    ["I am a site engineer", "I am a site engineer"],
  ])("%j -> %j", (line, read) => {
    expect(normalizeText(line)).toBe(read);
  });

  it("finds the name and the sections they head", () => {
    const { analysis } = analyzeText(
      [
        "J A N E   D O E",
        "jane.doe@example.com",
        "",
        "W O R K   E X P E R I E N C E",
        "Site Engineer",
        "Kestrel Pumps Ltd, Pune",
        "Jan 2015 – Mar 2018",
        "",
        "E D U C A T I O N",
        "B.E. Mechanical, Anna University, 2012",
      ].join("\n"),
      { asOf: "2026-11", defaultRegion: "US" },
    );
    expect(analysis.contact.name?.value).toBe("Jane Doe");
    expect(analysis.sections.map((section) => section.kind)).toEqual(["contact", "experience", "education"]);
  });
});
