// Headers that join the title to the organisation with "at", organisations whose legal form follows a comma,
// trades' titles beside organisations that name no organisation word, and "Title, Organisation" wrapped in a
// narrow column: invented histories.
import { describe, expect, it } from "vitest";
import { readJobSentence } from "./experienceSentences.ts";
import { roles } from "./fixtures/experienceRoles.ts";
import { analyzeText } from "./index.ts";
import { assignRole, companyScore, headerPieces, titleScore } from "./roles.ts";

/** a CV's jobs as [title, organisation], its lines after a name and a town */
const jobs = (lines: string[]) =>
  analyzeText(["Ravi Kestrel", "Pune", "", ...lines].join("\n"), { asOf: "2026-11" }).analysis.experience.map(
    (job) => [job.title, job.company],
  );

describe("'Title at Organisation, Place' headers", () => {
  it("reads the organisation and the place after 'at' apart", () => {
    expect(
      roles(
        [
          "Sales Executive at Kestrel Pumps Limited, Ahmedabad (Apr 2020 – Current)",
          "• Handled the dealers of the western region.",
          "Software Developer at Harbourline Infratech, Lucknow (Apr 2018 – Jun 2020)",
          "• Built the billing screens.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sales Executive", "Kestrel Pumps Limited", "2020-04", null],
      ["Software Developer", "Harbourline Infratech", "2018-04", "2020-06"],
    ]);
  });

  it("reads a title of two parts before 'at' as one title, and the organisation after it", () => {
    expect(
      assignRole(
        headerPieces(["Senior Engineer - Planning and Project Controls at Kestrel Textiles Pvt. Ltd., Pune"]),
        false,
      ),
    ).toEqual({
      title: "Senior Engineer - Planning and Project Controls",
      company: "Kestrel Textiles Pvt. Ltd.",
      location: "Pune",
    });
  });

  it("keeps a legal form after a comma with its name", () => {
    expect(assignRole(headerPieces(["Senior Engineer, Kestrel Pumps, Inc., Berlin"]), false)).toEqual({
      title: "Senior Engineer",
      company: "Kestrel Pumps, Inc.",
      location: "Berlin",
    });
    expect(assignRole(headerPieces(["Engineer at Harbourline Holdings, LLC"]), false)).toEqual({
      title: "Engineer",
      company: "Harbourline Holdings, LLC",
      location: null,
    });
  });
});

describe("trades' titles", () => {
  it("reads a trade's title as the title beside an organisation with no organisation word", () => {
    expect(
      jobs([
        "EMPLOYMENT HISTORY",
        "Kestrel Steel Fabricators, Ahmedabad\tJune 2019 – till date",
        "Store Keeper",
        "• Kept the stock registers.",
        "Harbourline Traders, Chennai\tJanuary 2015 – May 2019",
        "Draughtsman",
        "• Drew the shop drawings.",
      ]),
    ).toEqual([
      ["Store Keeper", "Kestrel Steel Fabricators"],
      ["Draughtsman", "Harbourline Traders"],
    ]);
  });
});

describe("organisations named by their trade", () => {
  it("reads traders, fabricators, consultants and establishments as organisations", () => {
    expect(
      [
        "Kestrel Steel Fabricators",
        "Harbourline Trading Est.",
        "Pinnacle Consultants",
        "Sai Harbour Builders",
        "Kestrel Electricals",
      ].map(companyScore),
    ).toEqual([2, 2, 2, 2, 2]);
    expect(companyScore("Trading Executive")).toBeLessThan(titleScore("Trading Executive"));
  });

  it("does not take a duty that names consultants for the organisation of the entry below it", () => {
    expect(
      jobs([
        "EXPERIENCE",
        "Project Manager",
        "Kestrel Specialized Contracting\tApril 2015 – Present",
        "• Arranging and conducting meetings with clients, Consultants and Sub contractors",
        "Project Engineer",
        "Harbourline Co LLC\tApril 2013 – December 2014",
        "• Monitored the job costs.",
      ]),
    ).toEqual([
      ["Project Manager", "Kestrel Specialized Contracting"],
      ["Project Engineer", "Harbourline Co LLC"],
    ]);
  });
});

describe("'Title, Organisation' wrapped in a narrow column", () => {
  it("joins the organisation's last words on the next line to its name", () => {
    expect(
      jobs([
        "Work Experience",
        "Apr-20 - Current\tSales Executive, Kestrel Steel",
        "Fabricators",
        "• Kept the billing.",
        "Apr-19 - Aug-20\tData Entry Operator, Harbourline Retail India",
        "Pvt Ltd",
        "• Entered the orders.",
        "Oct 2016 - Mar 2018\tSite Engineer, Oceanic Shipping",
        "Agencies",
        "• Ran the site.",
      ]),
    ).toEqual([
      ["Sales Executive", "Kestrel Steel Fabricators"],
      ["Data Entry Operator", "Harbourline Retail India Pvt Ltd"],
      ["Site Engineer", "Oceanic Shipping Agencies"],
    ]);
  });

  it("joins a header wrapped after ' - ' or after a name's joining word", () => {
    expect(
      jobs([
        "EXPERIENCE",
        "• Internal Control Senior Officer - KESTREL",
        "BANK - Syria",
        "November 2014 till",
        "December 2016",
        "- Controlled the customers' accounts.",
        "• Chief Accountant - HARBOURLINE TECHNOLOGY EGYPT FOR",
        "PETROLEUM SERVICES",
        "April 2014 – September",
        "2014.",
        "- Supervised the daily operations.",
      ]),
    ).toEqual([
      ["Internal Control Senior Officer", "KESTREL BANK"],
      ["Chief Accountant", "HARBOURLINE TECHNOLOGY EGYPT FOR PETROLEUM SERVICES"],
    ]);
  });
});

describe("a rank and the business function it was held in", () => {
  it("keeps the function after the rank in the title", () => {
    expect(headerPieces(["Vice President, Marketing & Public Relations | Harbourline Foods | Pune"])).toEqual(
      ["Vice President, Marketing & Public Relations", "Harbourline Foods", "Pune"],
    );
    expect(headerPieces(["Manager - Corporate Banking"])).toEqual(["Manager - Corporate Banking"]);
    expect(headerPieces(["Manager - BPO Analyst"])).toEqual(["Manager - BPO Analyst"]);
    expect(
      jobs([
        "Experience",
        "Manager, Recruitment/Compensation",
        "May 2004 to August 2006 Kestrel Pumps Limited",
        "• Ran the campus hiring.",
      ]),
    ).toEqual([["Manager, Recruitment/Compensation", "Kestrel Pumps Limited"]]);
  });

  it("leaves an organisation, a place or a unit after the rank apart", () => {
    expect(headerPieces(["Sales Manager, Kestrel Pumps Limited, Pune"])).toEqual([
      "Sales Manager",
      "Kestrel Pumps Limited",
      "Pune",
    ]);
    expect(headerPieces(["Credit Officer – Lakeside Branch"])).toEqual(["Credit Officer", "Lakeside Branch"]);
    expect(headerPieces(["Store Manager - Big Bazaar"])).toEqual(["Store Manager", "Big Bazaar"]);
  });
});

describe("'Worked as Title, Organisation, Place' statements", () => {
  it("reads the organisation a place after it names, and no field or unit in its stead", () => {
    const read = (line: string) => readJobSentence(line);
    expect(
      read("2. Worked as an Electrician, TALBOT ENGINEERING, New Delhi. from 04/11/2009 to 21/12/2011."),
    ).toEqual({
      title: "Electrician",
      organisation: "TALBOT ENGINEERING",
    });
    expect(read("Working as an Accountant, Kestrel Traders Pvt Ltd, Pune since 2015")).toEqual({
      title: "Accountant",
      organisation: "Kestrel Traders Pvt Ltd",
    });
    expect(read("Worked as Team Lead, HARBOURSOFT, Chennai")?.organisation).toBe("HARBOURSOFT");
    // a field, a unit or a place in the organisation's stead
    expect(read("Worked as Team Lead, Finance, Chennai")?.organisation).toBeNull();
    expect(read("Worked as a Site Engineer, Civil Department, Pune")?.organisation).toBeNull();
    expect(read("Worked as a Site Engineer, Andheri, Mumbai")?.organisation).toBeNull();
  });
});
