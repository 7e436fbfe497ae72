// Work histories whose date ranges a layout split: a narrow date column on either side of a table wraps its
// range over two rows, start and end stand on lines of their own or behind "From :" and "To :", or a table gives
// them cells of their own under "From" and "To". Every name here is invented.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

const expected = [
  ["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"],
  ["Junior Engineer", "Harbourline Infratech", "2012-06", "2014-12"],
];

describe("date ranges split by the layout", () => {
  it.each([
    [
      "a left date column wrapped after the dash",
      [
        "Jan 2015 –\tSite Engineer",
        "Mar 2018\tKestrel Pumps Ltd, Pune",
        "",
        "Jun 2012 –\tJunior Engineer",
        "Dec 2014\tHarbourline Infratech, Chennai",
      ],
    ],
    [
      "a right date column wrapped after the dash",
      [
        "Site Engineer\tJan 2015 –",
        "Kestrel Pumps Ltd, Pune\tMar 2018",
        "",
        "Junior Engineer\tJun 2012 –",
        "Harbourline Infratech, Chennai\tDec 2014",
      ],
    ],
    [
      "a range wrapped inside its end",
      [
        "Jan 2015 – Mar\tSite Engineer",
        "2018\tKestrel Pumps Ltd, Pune",
        "",
        "Jun 2012 – Dec\tJunior Engineer",
        "2014\tHarbourline Infratech, Chennai",
      ],
    ],
    [
      "start and end on lines of their own",
      [
        "Site Engineer",
        "Kestrel Pumps Ltd, Pune",
        "Jan 2015",
        "Mar 2018",
        "",
        "Junior Engineer",
        "Harbourline Infratech, Chennai",
        "Jun 2012 –",
        "Dec 2014",
      ],
    ],
    [
      "'From :' and 'To :' lines",
      [
        "Site Engineer",
        "Kestrel Pumps Ltd, Pune",
        "From: Jan 2015",
        "To: Mar 2018",
        "",
        "Junior Engineer",
        "Harbourline Infratech, Chennai",
        "From: Jun 2012",
        "To: Dec 2014",
      ],
    ],
    [
      "'From' and 'To' cells of a table",
      [
        "Organisation\tDesignation\tFrom\tTo",
        "Kestrel Pumps Ltd\tSite Engineer\tJan 2015\tMar 2018",
        "Harbourline Infratech\tJunior Engineer\tJun 2012\tDec 2014",
      ],
    ],
    [
      "a date cell wrapped in a narrow column, its first line run into the title beside it",
      [
        "Jan 2015 – Mar Site Engineer",
        "2018\tKestrel Pumps Ltd, Pune",
        "• Commissioned pumps.",
        "Jun 2012 – Dec Junior Engineer",
        "2014\tHarbourline Infratech, Chennai",
        "• Laid pipes.",
      ],
    ],
    [
      "a numbered table under a label row with 'S.No'",
      [
        "S.No\tOrganization\tDesignation\tDuration",
        "1\tKestrel Pumps Ltd\tSite Engineer\tJan 2015 to Mar 2018",
        "2\tHarbourline Infratech\tJunior Engineer\tJun 2012 to Dec 2014",
      ],
    ],
    [
      "'From To' labels in one cell",
      [
        "Company\tPosition\tFrom To",
        "Kestrel Pumps Ltd\tSite Engineer\tJan 2015 Mar 2018",
        "Harbourline Infratech\tJunior Engineer\tJun 2012 Dec 2014",
      ],
    ],
  ])("%s", (_layout, lines) => {
    expect(
      roles(lines.join("\n")).map(([title, company, start, end]) => [
        title,
        String(company).replace(/, (?:Pune|Chennai)$/, ""),
        start,
        end,
      ]),
    ).toEqual(expected);
  });

  it.each([
    [
      "labels first",
      [
        "Organisation",
        "Designation",
        "Duration",
        "Kestrel Pumps Ltd",
        "Site Engineer",
        "Jan 2015 – Mar 2018",
        "Harbourline Infratech",
        "Junior Engineer",
        "Jun 2012 – Dec 2014",
      ],
    ],
    [
      "dates first",
      [
        "Duration",
        "Organisation",
        "Designation",
        "Jan 2015 – Mar 2018",
        "Kestrel Pumps Ltd",
        "Site Engineer",
        "Jun 2012 – Dec 2014",
        "Harbourline Infratech",
        "Junior Engineer",
      ],
    ],
  ])("reads a table exported one cell per line, its label row too (%s)", (_order, lines) => {
    expect(roles(lines.join("\n"))).toEqual(expected);
  });

  it("keeps a key whose value moved with the joined range out of the entry, and the end's label too", () => {
    expect(
      roles(
        [
          "1. Primus Solar Pvt. Ltd.",
          "",
          "Position held:\tTechnical Executive",
          "Date of Joining:\t1st October 2014",
          "Till Date\t10th January 2015",
          "",
          "Job Description:",
          "Installed rooftop plants.",
        ].join("\n"),
      ),
    ).toEqual([["Technical Executive", "Primus Solar Pvt. Ltd", "2014-10", "2015-01"]]);
  });

  it("joins no two dates whose end comes before the start", () => {
    expect(roles(["Site Engineer, Kestrel Pumps Ltd", "Mar 2018", "Jan 2015"].join("\n"))).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2018-03", null],
    ]);
  });
});

describe("the US résumé's organisation line over its dates", () => {
  it("an organisation with its place over 'dates<TAB>title' heads the job, and the title keeps its unit", () => {
    // the US résumé: "EMPLOYER<TAB>City, ST" / "1996 - 2000<TAB>Title, Department" / duties
    expect(
      roles(
        [
          "2000 - Present\tKESTREL VENTURES\tSan Jose, CA",
          "Venture Associate",
          "Led the venture finance process for four companies.",
          "",
          "NORTHGATE INVESTMENTS\tBoston, MA",
          "1996 - 2000\tSenior Manager, Internet Business Development",
          "Founding member of the web partnership team.",
          " Managed vendors that improved the products",
          "",
          "ORCHARD INSTRUMENTS\tAttleboro, MA",
          "1994 - 1996\tDesign Engineer, Telecommunications Business Unit",
          "Lead member of a product engineering team.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Venture Associate", "KESTREL VENTURES", "2000-01", null],
      ["Senior Manager, Internet Business Development", "NORTHGATE INVESTMENTS", "1996-01", "2000-01"],
      ["Design Engineer, Telecommunications Business Unit", "ORCHARD INSTRUMENTS", "1994-01", "1996-01"],
    ]);
  });
});
