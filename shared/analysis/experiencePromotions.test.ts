// Several roles held at one employer (promotions), the employer written once above them, in the layouts CVs use.
// Invented names.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

const history = (lines: string[]) => roles(lines.join("\n"));

const BANK = "Northgate Commercial Bank";
const ROLES: (string | null)[][] = [
  ["Senior Credit Officer", BANK, "2012-10", "2014-03"],
  ["Credit Officer", BANK, "2009-02", "2012-09"],
  ["Accounts Manager", "Harbor Trading LLC", "2014-04", null],
];

describe("roles under one employer", () => {
  it("an employer's dated span over its roles' dated titles: the roles take its name, the span is no job", () => {
    expect(
      history([
        `${BANK}, Muscat (February 2009 – March 2014)`,
        "Senior Credit Officer",
        "October 2012 – March 2014",
        "- Reviewed the credit files of corporate clients.",
        "Credit Officer",
        "February 2009 – September 2012",
        "- Analysed loan applications.",
        "",
        "Harbor Trading LLC, Dubai",
        "Accounts Manager",
        "April 2014 – Present",
        "- Managed the accounts team.",
      ]),
    ).toEqual(ROLES);
  });

  it("an employer on a line of its own over roles dated on their title's line, duties between them", () => {
    const read = (first: string, dated: (title: string, dates: string) => string) =>
      history([
        first,
        dated("Senior Credit Officer", "Oct 2012 – Mar 2014"),
        "• Reviewed the credit files of corporate clients.",
        dated("Credit Officer", "Feb 2009 – Sep 2012"),
        "• Analysed loan applications.",
        "",
        "Harbor Trading LLC",
        dated("Accounts Manager", "Apr 2014 – Present"),
        "• Managed the accounts team.",
      ]);
    expect(read(BANK, (title, dates) => `${title} (${dates})`)).toEqual(ROLES);
    expect(read(`${BANK} – Muscat, Oman`, (title, dates) => `${title} | ${dates}`)).toEqual(ROLES);
    expect(read(BANK, (title, dates) => `${dates}\t${title}`)).toEqual(ROLES);
  });

  it("an employer with its place after a comma, right above a title dated on its line, is that role's", () => {
    expect(
      history([
        `${BANK}, Muscat\tFebruary 2009 – March 2014`,
        "Senior Credit Officer (October 2012 – March 2014)",
        "• Reviewed the credit files of corporate clients.",
        "Credit Officer (February 2009 – September 2012)",
        "• Analysed loan applications.",
        "Harbor Trading LLC, Dubai",
        "Accounts Manager (April 2014 – Present)",
        "• Managed the accounts team.",
      ]),
    ).toEqual(ROLES);
  });

  it("every role under an employer's dated span, paragraphs apart, takes its name; a title with a firm's word too", () => {
    expect(
      history([
        "Kestrel Infra Projects Limited, Kolkata (Mar 2017 – Till Date)",
        "",
        "Software Developer (Jul 2018 – Present)",
        "",
        "• Prepared the test reports for the plant.",
        "",
        "Purchase Officer (Mar 2017 – Mar 2018)",
        "",
        "• Prepared the bills of quantities.",
      ]),
    ).toEqual([
      ["Software Developer", "Kestrel Infra Projects Limited", "2018-07", null],
      ["Purchase Officer", "Kestrel Infra Projects Limited", "2017-03", "2018-03"],
    ]);
    expect(
      history([
        "Orchard Shipping Agencies, Chennai",
        "Project Engineer (April 2023 – Till Date)",
        "• Maintained the equipment.",
        "Software Developer (September 2021 – March 2023)",
        "• Wrote the reports.",
      ]).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Project Engineer", "Orchard Shipping Agencies"],
      ["Software Developer", "Orchard Shipping Agencies"],
    ]);
  });

  it("a role whose own employer is written under its dates takes no name from the role above", () => {
    expect(
      history([
        "Team Lead , 01/2012 to 08/2012",
        "Company Name",
        "Led the team.",
        "",
        "Data Entry Specialist , 06/2008 to 01/2009",
        "",
        "through Kestrel services for a client.",
      ]).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Team Lead", "Company Name"],
      ["Data Entry Specialist", null],
    ]);
  });

  it("a name with no organisation's word over roles dated inside its span is their employer", () => {
    expect(
      history([
        "Orchard Mutual, Bristol\t2014 – 2018",
        "Claims Handler (2016 – 2018)",
        "• Handled complex claims.",
        "Claims Assistant (2014 – 2016)",
        "• Handled first notification of loss.",
        "",
        "Harbor Insurance Group, London\t2012 – 2014",
        "Claims Clerk",
        "• Filed documents.",
      ]),
    ).toEqual([
      ["Claims Handler", "Orchard Mutual", "2016-01", "2018-01"],
      ["Claims Assistant", "Orchard Mutual", "2014-01", "2016-01"],
      ["Claims Clerk", "Harbor Insurance Group", "2012-01", "2014-01"],
    ]);
    // with no role dated inside it below, such a line is the job's own (here its title)
    expect(history(["Kestrel Rowing, Bristol\t2014 – 2018", "• Coached juniors."])[0][0]).toBe(
      "Kestrel Rowing",
    );
  });
});
