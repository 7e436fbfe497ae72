// Columns aligned with the space bar, as plain-text CVs and some DOCX files set their tables: three spaces or more
// inside a line part two cells. Invented names.
import { describe, expect, it } from "vitest";
import { normalizeText } from "./analyzeText.ts";
import { analyzeText } from "./index.ts";

describe("columns aligned with spaces", () => {
  it.each([
    ["High School        P.S.E.B.        2006", "High School\tP.S.E.B.\t2006"],
    // a key's value aligned after its colon or dash stays a key and its value
    ["Name          : Arun Kestrel", "Name          : Arun Kestrel"],
    ["Board     -     Harbor Board", "Board     -     Harbor Board"],
    // two spaces after a full stop are no column
    ["Led the team.  Cut costs.", "Led the team.  Cut costs."],
  ])("%j -> %j", (line, read) => {
    expect(normalizeText(line)).toBe(read);
  });

  it("reads a table's rows whose cells the spaces part", () => {
    const { analysis } = analyzeText(
      [
        "Arun Kestrel",
        "arun.kestrel@example.com",
        "",
        "ACADEMICS",
        "EXAMINATION        BOARD          YEAR      RESULT",
        "High School        P.S.E.B.       2006      62.0%",
        "Intermediate       P.S.E.B.       2008      52.3%",
        "B.Tech (Civil)     Harbor Institute of Technology     2012     66.2%",
      ].join("\n"),
      { asOf: "2026-11" },
    );
    expect(analysis.education.map((e) => [e.level, e.degree, e.institution, e.end])).toEqual([
      ["secondary", "High School", "P.S.E.B.", "2006-01"],
      ["secondary", "Intermediate", "P.S.E.B.", "2008-01"],
      ["bachelor", "B.Tech (Civil)", "Harbor Institute of Technology", "2012-01"],
    ]);
  });
});
