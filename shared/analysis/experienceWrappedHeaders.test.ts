// Organisations' headers wrapped by a narrow column before their dates. Invented organisations.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

const history = (lines: string[]) =>
  roles(lines.join("\n")).map(([title, company, start, end]) => [title, company, start, end]);

describe("a header wrapped before its dates", () => {
  it("joins a name wrapped before its legal form, and a name wrapped after its comma before its place", () => {
    expect(
      history([
        "1. Alpha Logistics, Kolkata (Aug. 2023 – Current)",
        "Designation: Assistant Manager",
        "",
        "2. Kestrel Harbour Engineering and Construction Company",
        "Limited, Dubai (Mar. 2021 – Aug. 2023)",
        "Designation: Junior Engineer",
        "",
        "3. Orchard Integrated Facility Management Services Pvt. Ltd.,",
        "Hyderabad (Jan. 2018 – Jan. 2021)",
        "Designation: Civil Foreman",
      ]),
    ).toEqual([
      ["Assistant Manager", "Alpha Logistics", "2023-08", null],
      [
        "Junior Engineer",
        "Kestrel Harbour Engineering and Construction Company Limited",
        "2021-03",
        "2023-08",
      ],
      ["Civil Foreman", "Orchard Integrated Facility Management Services Pvt. Ltd.", "2018-01", "2021-01"],
    ]);
  });

  it("leaves a title over its dated place apart: no organisation is wrapped there", () => {
    const read = (first: string) =>
      history([first, "Pune (Jan. 2018 – Jan. 2021)", "Northgate Foods Pvt. Ltd."]).map(([title]) => title);
    expect(read("Senior Accountant,")).toEqual(["Senior Accountant"]);
  });
});

describe("a header wrapped before its last word and stop", () => {
  const jobs = [
    "Harbor Savings Bank (February 2009 till March 2014.)",
    "",
    "Reporting Supervisor- Financial Department",
    "October 2012 - March 2014",
    "THE MAIN TASKS:",
    "- Organise the bank's financial reports.",
    "",
    "Collection Supervisor – Branch Affairs",
    "Department.",
    "March 2012 – September",
    "2012.",
    "THE MAIN TASKS:",
    "- Prepare the monthly collection plans for all branches.",
    "",
    "Corporate Credit Officer",
    "September 2010 – December 2011",
    "THE MAIN TASKS:",
    "- Study the credit files.",
  ];

  it("reads the two lines over the dates as the job's header, so no job takes the next one's title", () => {
    const read = history(jobs);
    expect(read.map(([title, , start, end]) => [title, start, end])).toEqual([
      ["Reporting Supervisor- Financial Department", "2012-10", "2014-03"],
      ["Collection Supervisor", "2012-03", "2012-09"],
      ["Corporate Credit Officer", "2010-09", "2011-12"],
    ]);
    expect(read.every(([, company]) => company === "Harbor Savings Bank")).toBe(true);
  });

  it("leaves a sentence's last line over dates as it is", () => {
    const read = history([
      "Site Engineer, Northgate Builders",
      "January 2015 – March 2018",
      "Handled the quality checks of the concrete works for the",
      "Client.",
      "April 2018 – June 2020",
    ]);
    expect(read[0]).toEqual(["Site Engineer", "Northgate Builders", "2015-01", "2018-03"]);
  });
});
