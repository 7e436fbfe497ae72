// Job headers whose only date is the month the job began, written here with invented names.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";

const roles = (history: string[]) =>
  analyzeText(
    [
      "Ravi Kumar",
      "ravi.kumar@example.com",
      "",
      "WORK EXPERIENCE",
      ...history,
      "",
      "EDUCATION",
      "B.E., Pune University, 2011",
    ].join("\n"),
    { asOf: "2026-11", defaultRegion: "IN" },
  ).analysis.experience.map((entry) => [entry.title, entry.company, entry.start]);

describe("a header with the month the job began as its only date", () => {
  it("a listed organisation with its place and the month in brackets", () => {
    expect(
      roles(["- Kestrel Systems Pvt Ltd (Pune, June 2015).", "- Orbit Labs Pvt Ltd (Mumbai - March 2012)."]),
    ).toEqual([
      [null, "Kestrel Systems Pvt Ltd", "2015-06"],
      [null, "Orbit Labs Pvt Ltd", "2012-03"],
    ]);
  });

  it("the words that say it is the day of joining are no title", () => {
    expect(
      roles([
        "Kestrel Systems Pvt Ltd, Pune – joined on 12 June 2015",
        "Orbit Labs Pvt Ltd, Mumbai – joined on 3 March 2012",
      ]),
    ).toEqual([
      [null, "Kestrel Systems Pvt Ltd", "2015-06"],
      [null, "Orbit Labs Pvt Ltd", "2012-03"],
    ]);
  });

  it("a title with its organisation and the month in brackets", () => {
    expect(
      roles(["Software Developer (Kestrel Systems, Jun-2015)", "Junior Developer (Orbit Labs, Mar-2012)"]),
    ).toEqual([
      ["Software Developer", "Kestrel Systems", "2015-06"],
      ["Junior Developer", "Orbit Labs", "2012-03"],
    ]);
  });

  it("a duty that names an organisation and a month is no header", () => {
    expect(
      roles([
        "Kestrel Systems Pvt Ltd, Pune\tJune 2015 – Present",
        "Software Developer",
        "- Completed the migration of billing for Orbit Labs Pvt Ltd in March 2016.",
        "- Trained two engineers of Heron Buildcon Pvt Ltd in May 2017",
      ]),
    ).toEqual([["Software Developer", "Kestrel Systems Pvt Ltd", "2015-06"]]);
  });

  it("a line that opens on the month, the title held from then set apart by a tab, under its organisation", () => {
    expect(
      roles([
        "NORTHGATE SYSTEMS\tBoston, MA",
        "Summer 2000\tSenior Technical Research Consultant",
        "Developed and reviewed network architectures.",
        "",
        "ORCHARD ANALYTICS\tBoston, MA",
        "June 1998\tData Analyst",
        "Built reporting models.",
      ]),
    ).toEqual([
      ["Senior Technical Research Consultant", "NORTHGATE SYSTEMS", "2000-06"],
      ["Data Analyst", "ORCHARD ANALYTICS", "1998-06"],
    ]);
    // a dated duty is no header
    expect(roles(["Kestrel Ltd", "June 2015\tmanaged the data analyst team"])).not.toContainEqual([
      "managed the data analyst team",
      "Kestrel Ltd",
      "2015-06",
    ]);
  });

  it("a line that opens on the season or month, then the title and its organisation", () => {
    expect(
      roles([
        "Summer 2019: Marketing Intern, Northgate Foods, Springfield",
        "Assisted the brand team with market research.",
        "Summer 2018: Sales Assistant, Orchard Retail Ltd",
        "Served customers and handled stock.",
        "June 2016 – Trainee Accountant at Harbor Audit LLP",
      ]),
    ).toEqual([
      ["Marketing Intern", "Northgate Foods", "2019-06"],
      ["Sales Assistant", "Orchard Retail Ltd", "2018-06"],
      ["Trainee Accountant", "Harbor Audit LLP", "2016-06"],
    ]);
    // an organisation first is no title held from that month
    expect(roles(["March 2016: Kestrel Ltd, Pune"])).toEqual([]);
  });

  it("an organisation's name with its place, its season or month at the line's end, over the title", () => {
    expect(
      roles([
        "Northgate Builders Inc., Evanston, IL\t2012 – 2017",
        "Project Engineer",
        "Orchard Engineering, Naperville, IL\tSummer 2011",
        "Engineering Intern",
      ]),
    ).toEqual([
      ["Project Engineer", "Northgate Builders Inc.", "2012-01"],
      ["Engineering Intern", "Orchard Engineering", "2011-06"],
    ]);
    // a place alone is no organisation
    expect(roles(["Springfield, IL\tJune 2011"])).toEqual([]);
  });
});
