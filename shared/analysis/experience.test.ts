import { describe, expect, it } from "vitest";
import { extractExperience } from "./experience.ts";
import { splitLines } from "./sections.ts";

function roles(text: string, linkedIn = false) {
  return extractExperience(splitLines(text), "2026-11", linkedIn).map((entry) => [
    entry.title,
    entry.company,
    entry.location,
    entry.start,
    entry.end,
    entry.highlights.length,
  ]);
}

describe("extractExperience layouts", () => {
  it("takes a title set apart as a paragraph of its own above the organisation", () => {
    expect(
      roles(
        "Project Manager\n\nRavel Specialized Contracting\nApril 2015 – Till now\n\nProjects Involved :\n\n• Water production building\n\nProject Engineer\n\nAbu Marwan Co LLC\nApril 2013 – December 2014",
      ).map((r) => [r[0], r[1], r[3]]),
    ).toEqual([
      ["Project Manager", "Ravel Specialized Contracting", "2015-04"],
      ["Project Engineer", "Abu Marwan Co LLC", "2013-04"],
    ]);
  });

  it("joins a range that wrapped in its narrow date cell onto the next line", () => {
    expect(
      roles(
        "Professional Experience\nTarnby Enterprises LLC (Project Engineer)\tSep 14 to\nNov 16\nBrevik Insaat A.S\t(Site Engineer)\tOct 11\nto Aug 14",
      ).map((r) => [r[3], r[4]]),
    ).toEqual([
      ["2014-09", "2016-11"],
      ["2011-10", "2014-08"],
    ]);
  });

  it("a bulleted 'Title - Organisation' line heads the entry above its dates", () => {
    expect(
      roles(
        "• Marketing Manager - Yousef Abdulwadod Company\nHealthy Beverages – Oman\nDecember 2016 till Present\n• Preparing the pricing studies.\n\n• Chief Accountant - TTS Technology Egypt for Petroleum Services\nApril 2014 till November 2014\n• Closing the books.",
      ).map((r) => [r[0], r[1], r[3]]),
    ).toEqual([
      ["Marketing Manager", "Yousef Abdulwadod Company", "2016-12"],
      ["Chief Accountant", "TTS Technology Egypt for Petroleum Services", "2014-04"],
    ]);
  });

  it("a job's fields in a label column: the organisation's label, a department beside its key, the title under the dates", () => {
    expect(
      roles(
        "Name of Organization:\tHarbour Builders\nDepartment\tCivil drafting\nDuration:\t2008 JAN. To 2010 FEB.\nDesignation:\tDraughtsman\nDrew site plans.\n\nName of Organization:\tLake Works\nDepartment\tSurvey\nDuration:\tApril 2013 To Dec. 2015\nDesignation:\tSurveyor\nSurveyed plots.",
      ).map((r) => [r[0], r[1], r[3], r[4]]),
    ).toEqual([
      ["Draughtsman", "Harbour Builders", "2008-01", "2010-02"],
      ["Surveyor", "Lake Works", "2013-04", "2015-12"],
    ]);
  });

  it("a date range stacked over three lines, header below", () => {
    expect(
      roles(
        "September 2014\nto\nNovember 2014\nCompany Name City , State IT Consultant\nBacked up data.\n\nNovember 2011\nto\nCurrent\nCompany Name City , State Systems Engineer\nTested software.",
      ).map((r) => [r[0], r[1], r[3], r[4]]),
    ).toEqual([
      ["IT Consultant", "Company Name", "2014-09", "2014-11"],
      ["Systems Engineer", "Company Name", "2011-11", null],
    ]);
  });

  it("the anonymised template's organisation field run into the title", () => {
    expect(
      roles(
        "06/2014 to 08/2014\nCompany Name  Feeder Driver\nDrove routes.\n\n03/2008 to 06/2014\nCompany Name General Manager\nRan the depot.",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["Feeder Driver", "Company Name"],
      ["General Manager", "Company Name"],
    ]);
  });

  it("labelled header pieces name their part, whether the colon sits before or after the tabs", () => {
    expect(
      roles(
        "04/2013 – 04/2015\nWorking as\t: Design Engineer\nWorking in\t: Corvane Firefighting FZC\n• Designed systems.\n\n05/2007 – 06/2008\nPosition:\tMechanical Engineer\nCompany:\tHalden Demag Ltd\n• Ran tests.",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["Design Engineer", "Corvane Firefighting FZC"],
      ["Mechanical Engineer", "Halden Demag Ltd"],
    ]);
  });

  it("a dated line that states the job as a sentence", () => {
    expect(
      roles(
        "Since July '06 to Dec 2010 with Ardent Life Insurance Co Ltd, Surat as Assistant Manager\n• Ran the branch.\nSince Oct'02 to Jun 2006 with Meridian Home Finance Ltd., Mumbai as Back office Executive\n• Disbursed loans.",
      ).map((r) => [r[0], r[1], r[3]]),
    ).toEqual([
      ["Assistant Manager", "Ardent Life Insurance Co Ltd", "2006-07"],
      ["Back office Executive", "Meridian Home Finance Ltd", "2002-10"],
    ]);
  });

  it("header lines above the dates", () => {
    expect(
      roles(
        "Data Engineer\nDomstad Energie B.V., Utrecht\nmei 2021 – heden\n• Bouw van het dataplatform.\nBI-ontwikkelaar\nVecht Mobiliteit\nsep. 2018 – apr. 2021\n• Rapportages in Power BI.",
      ),
    ).toEqual([
      ["Data Engineer", "Domstad Energie B.V.", "Utrecht", "2021-05", null, 1],
      ["BI-ontwikkelaar", "Vecht Mobiliteit", null, "2018-09", "2021-04", 1],
    ]);
  });

  it("title beside the dates, company on the next line", () => {
    expect(
      roles(
        "Senior .NET Developer\t05/2021 – Present\nSahyadri Insurance Tech Pvt Ltd\n• Designed the claims API.\n.NET Developer\t03/2018 – 04/2021\nDeccan Banking Solutions",
      ),
    ).toEqual([
      ["Senior .NET Developer", "Sahyadri Insurance Tech Pvt Ltd", null, "2021-05", null, 1],
      [".NET Developer", "Deccan Banking Solutions", null, "2018-03", "2021-04", 0],
    ]);
  });

  it("dates first, then title and company", () => {
    expect(
      roles(
        "04/2019 – heute\tSenior Backend-Entwickler, Isar Software GmbH\n10/2015 – 03/2019\tSoftwareentwickler, Alpen Data AG\n• Microservices entwickelt.",
      ),
    ).toEqual([
      ["Senior Backend-Entwickler", "Isar Software GmbH", null, "2019-04", null, 0],
      ["Softwareentwickler", "Alpen Data AG", null, "2015-10", "2019-03", 1],
    ]);
  });

  it("LinkedIn: company above the title, several roles under one company", () => {
    const text = [
      "Cloudmesa",
      "4 years 2 months",
      "Staff Engineer",
      "Jan 2023 - Present (3 years 11 months)",
      "Chicago, Illinois, United States",
      "Runs 40 clusters.",
      "Senior Engineer",
      "Sep 2022 - Dec 2022 (4 months)",
      "Lakeshore Analytics",
      "Site Reliability Engineer",
      "Apr 2016 - Aug 2022 (6 years 5 months)",
    ].join("\n");
    expect(roles(text, true)).toEqual([
      ["Staff Engineer", "Cloudmesa", "Chicago, Illinois, United States", "2023-01", null, 1],
      ["Senior Engineer", "Cloudmesa", null, "2022-09", "2022-12", 0],
      ["Site Reliability Engineer", "Lakeshore Analytics", null, "2016-04", "2022-08", 0],
    ]);
  });

  it("keeps wrapped highlights together", () => {
    const [entry] = extractExperience(
      splitLines(
        "Engineer at Acme Inc.\t2019 – 2021\n• Built the billing service that\nhandles 2M invoices a month.\n• Cut costs by 20%.",
      ),
      "2026-11",
      false,
    );
    expect(entry.highlights).toEqual([
      "Built the billing service that handles 2M invoices a month.",
      "Cut costs by 20%.",
    ]);
  });

  it("gives a dated line naming only a title the organisation of the dated line above, where those name it", () => {
    const text = [
      "Harbor Logistics, Inc.\tSeattle, WA Mar 2019 – Present",
      "Operations Manager",
      "• Ran a cross-dock with 45 staff.",
      "Northgate Freight LLC\tTacoma, WA Jun 2015 – Feb 2019",
      "Shift Supervisor",
      "• Supervised the night shift.",
      "Warehouse Associate\tAug 2013 – May 2015",
      "• Picked and packed orders.",
    ].join("\n");
    expect(roles(text).map(([title, organisation]) => [title, organisation])).toEqual([
      ["Operations Manager", "Harbor Logistics, Inc."],
      ["Shift Supervisor", "Northgate Freight LLC"],
      ["Warehouse Associate", "Northgate Freight LLC"],
    ]);
    // where the dated lines name the titles, a role without its organisation keeps none
    const titled = [
      "Operations Manager\tMar 2019 – Present",
      "Harbor Logistics, Inc.",
      "• Ran a cross-dock with 45 staff.",
      "Warehouse Associate\tAug 2013 – May 2015",
      "• Picked and packed orders.",
    ].join("\n");
    expect(roles(titled).map(([title, organisation]) => [title, organisation])).toEqual([
      ["Operations Manager", "Harbor Logistics, Inc."],
      ["Warehouse Associate", null],
    ]);
  });
});
