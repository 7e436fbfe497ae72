// Job headers that name the employer in a bracket after the title, before a colon ahead of the title, or after
// the dates and a colon ahead of "as" ("Site Engineer (Larsen)", "Kestrel Systems: Software Developer",
// "From June 2015 to March 2018: Kestrel Systems as Software Developer"), and a title set as a paragraph of its
// own over a dated organisation, written here with invented names.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";
import { headerPieces, titleScore } from "./roles.ts";

const roles = (history: string[]) =>
  analyzeText(["Ravi Kumar", "ravi.kumar@example.com", "", "WORK EXPERIENCE", ...history].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start]);

describe("an employer in a bracket after the title", () => {
  it("one capitalised word no title uses, with the dates after it", () => {
    expect(
      roles([
        "Site Engineer (Larsen) Jun 2015 – Mar 2018",
        "• Supervised concrete work",
        "Project Engineer (Shapoorji) Apr 2018 – Present",
        "• Managed subcontractors",
      ]),
    ).toEqual([
      ["Site Engineer", "Larsen", "2015-06"],
      ["Project Engineer", "Shapoorji", "2018-04"],
    ]);
  });

  it("with a comma before the dates", () => {
    expect(
      roles([
        "Sales Executive (Airtel), Jan 2012 - Dec 2013",
        "Team Leader (Vodafone), Jan 2014 - Till Date",
      ]),
    ).toEqual([
      ["Sales Executive", "Airtel", "2012-01"],
      ["Team Leader", "Vodafone", "2014-01"],
    ]);
  });

  it.each([
    "Engineer (Civil)",
    "Manager (Operations)",
    "Lecturer (Physics)",
    "Teacher (Hindi)",
    "Developer (Java)",
    "Site Engineer (Pune)",
    "Accountant (Part-time)",
    "Officer (Trainee)",
    "Engineer (Onshore)",
    "Supervisor (Night Shift)",
    "Assistant Manager (Accounts)",
  ])("keeps a discipline, a subject, a skill, a place or the job's terms with the title: %s", (header) => {
    expect(headerPieces([header])).toEqual([header]);
  });
});

describe("a colon between the employer and the title", () => {
  it("when the title holds an organisation's word", () => {
    expect(
      roles([
        "Kestrel Systems: Software Developer (Jun 2015 – Mar 2018)",
        "• Built APIs",
        "Orbit Labs: Senior Developer (Apr 2018 – Present)",
        "• Led a team",
      ]),
    ).toEqual([
      ["Software Developer", "Kestrel Systems", "2015-06"],
      ["Senior Developer", "Orbit Labs", "2018-04"],
    ]);
  });
});

describe("the dates, a colon, then the employer as the title", () => {
  it("leaves the dates out of the employer", () => {
    expect(
      roles([
        "From June 2015 to March 2018: Kestrel Systems as Software Developer",
        "• Built APIs",
        "From April 2018 to date: Orbit Labs as Senior Developer",
        "• Led a team",
      ]),
    ).toEqual([
      ["Software Developer", "Kestrel Systems", "2015-06"],
      ["Senior Developer", "Orbit Labs", "2018-04"],
    ]);
  });
});

describe("a title set as a paragraph's first line over a dated organisation, in an inline history", () => {
  it("heads the entry under it once the first entries named the title beside the dates", () => {
    expect(
      roles([
        "Deputy Manager (Power Plant)\tAug 2017 to Continue",
        "Kestrel Steel Company",
        "",
        "Site-in-Charge (Power Plant)",
        "Orbit Spinning Mills Limited, Mandideep\tNov 2007 – Feb 2009",
        "(A Heron group company)",
        "",
        "Shift In-Charge (Solvent Plant)",
        "Larkspur Agrotech Limited, Kota\tOct 1996 – Oct 2001",
      ]),
    ).toEqual([
      ["Deputy Manager (Power Plant)", "Kestrel Steel Company", "2017-08"],
      ["Site-in-Charge (Power Plant)", "Orbit Spinning Mills Limited", "2007-11"],
      ["Shift In-Charge (Solvent Plant)", "Larkspur Agrotech Limited", "1996-10"],
    ]);
  });

  it.each(["Site-in-Charge", "Shift In-Charge (Solvent Plant)", "Plant-Incharge"])(
    "reads an in-charge joined by hyphens as a title: %s",
    (title) => {
      expect(titleScore(title)).toBeGreaterThan(0);
    },
  );
});
