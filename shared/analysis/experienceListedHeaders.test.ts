// Work histories whose every line is a list item, headers as well as duties (a list a CV's author marks from top
// to bottom). Invented names.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";
import { analyzeText } from "./index.ts";

// the whole engine's reading, whose tidying parts a title in brackets from its organisation
const engineRoles = (lines: string[]) =>
  analyzeText(["Jane Roe", "jane.roe@example.com", "", "WORK EXPERIENCE", ...lines].join("\n"), {
    asOf: "2026-11",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]);

const KESTREL = ["Site Engineer", "Kestrel Engineering Pvt Ltd", "2010-06", "2012-05"];
const ORCHARD = ["Project Engineer", "Orchard Builders Ltd", "2012-06", "2015-05"];

describe("headers listed as their duties are", () => {
  it("reads a listed title with its dates in a cell or after a comma as the entry's header", () => {
    expect(
      roles(
        [
          "• Site Engineer\tJune 2010 – May 2012",
          "Kestrel Engineering Pvt Ltd, Pune",
          "• Handled site works and billing.",
          "• Project Engineer\tJune 2012 – May 2015",
          "Orchard Builders Ltd, Mumbai",
          "• Led a team of five.",
        ].join("\n"),
      ),
    ).toEqual([KESTREL, ORCHARD]);
    expect(
      roles(
        [
          "• Kestrel Engineering Pvt Ltd",
          "• Site Engineer, June 2010 – May 2012",
          "• Orchard Builders Ltd",
          "• Project Engineer, June 2012 – May 2015",
        ].join("\n"),
      ),
    ).toEqual([KESTREL, ORCHARD]);
  });

  it("reads a listed title under the dates or over the organisation", () => {
    expect(
      roles(
        [
          "Kestrel Engineering Pvt Ltd\tJune 2010 – May 2012",
          "• Site Engineer",
          "• Handled site works and billing.",
          "Orchard Builders Ltd\tJune 2012 – May 2015",
          "• Project Engineer",
          "• Led a team of five.",
        ].join("\n"),
      ),
    ).toEqual([KESTREL, ORCHARD]);
    expect(
      roles(
        [
          "• Site Engineer",
          "Kestrel Engineering Pvt Ltd",
          "June 2010 – May 2012",
          "• Handled site works and billing.",
          "• Project Engineer",
          "Orchard Builders Ltd",
          "June 2012 – May 2015",
        ].join("\n"),
      ),
    ).toEqual([KESTREL, ORCHARD]);
  });

  it("reads a listed name with no organisation's word over a listed title and listed dates", () => {
    expect(
      roles(
        [
          "• Kestrel, Pune",
          "• Site Engineer",
          "• June 2010 – May 2012",
          "",
          "• Orchard, Mumbai",
          "• Project Engineer",
          "• June 2012 – May 2015",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Site Engineer", "Kestrel"],
      ["Project Engineer", "Orchard"],
    ]);
  });

  it("reads a listed header whose pieces a bar, a dash or brackets part, its dates among them", () => {
    for (const [kestrel, orchard] of [
      [
        "• Kestrel Engineering Pvt Ltd | Site Engineer | June 2010 – May 2012",
        "• Orchard Builders Ltd | Project Engineer | June 2012 – May 2015",
      ],
      [
        "• Site Engineer (June 2010 – May 2012) – Kestrel Engineering Pvt Ltd",
        "• Project Engineer (June 2012 – May 2015) – Orchard Builders Ltd",
      ],
      [
        "• Kestrel Engineering Pvt Ltd (Site Engineer) June 2010 – May 2012",
        "• Orchard Builders Ltd (Project Engineer) June 2012 – May 2015",
      ],
    ])
      expect(engineRoles([kestrel, "• Handled site works and billing.", orchard])).toEqual([
        KESTREL,
        ORCHARD,
      ]);
    // a dated duty stays a duty
    expect(
      roles("• Supervised the works of Kestrel Engineering Pvt Ltd (June 2010 – May 2012) on the site"),
    ).toEqual([]);
  });
});
