// The dates of jobs and the time in work they add up to, where the real CVs' labels showed them wrong: a keyed
// "Experience :" that dates one job, and a job stated with its start year alone. Invented names throughout.
import { describe, expect, it } from "vitest";
import { headingKind } from "./headings.ts";
import { analyzeText } from "./index.ts";

const analysed = (history: string) =>
  analyzeText(`Dana Whitfield\ndana.whitfield@example.com\n\n${history}`, {
    asOf: "2019-02",
    defaultRegion: "IN",
  }).analysis;

describe("a keyed 'Experience :' field", () => {
  it("dates the job of its record and is no heading", () => {
    const line = "Experience\t: 1 Year 10 Months (From June 2015 to till Date)";
    expect(headingKind(line)).toBeNull();
    // a total alone after the colon still heads a work history
    expect(headingKind("Experience : 12 Years and 6 months")).toBe("experience");
    const analysis = analysed(
      [
        "WORK EXPERIENCE:",
        " Worked in Kestrel Electricals as a Electrical Supervisor on contract basis (From November 2014 to April 2015).",
        "Present Working Details:",
        "Company\t: Northgate Ispat Limited",
        line,
        "Designation\t: Electrical Engineer",
        "Type of role\t: Clearing the electrical faults of the plant.",
      ].join("\n"),
    );
    const northgate = analysis.experience.find((e) => e.company === "Northgate Ispat Limited");
    expect(northgate).toMatchObject({
      title: "Electrical Engineer",
      start: "2015-06",
      end: null,
      current: true,
    });
    // Nov 2014 - Apr 2015 (6 months) and Jun 2015 - Feb 2019 (45)
    expect(analysis.totals.months).toBe(51);
  });

  it("takes its dates from the line under the key where a narrow column wrapped them", () => {
    const analysis = analysed(
      "Professional Experience (6Years):\n\nA) Employer: Kestrel Contracting & Construction Company\n(KSA). From 08/01/2013--till date\nJob Title: Mechanical Engineer. (Design/Technical)\nProjects:\n1) Harbor Family Compound, Jeddah.",
    );
    expect(analysis.experience.map((e) => [e.company, e.start, e.current])).toEqual([
      ["Kestrel Contracting & Construction Company", "2013-01", true],
    ]);
  });

  it("without dates names no job's dates", () => {
    const analysis = analysed(
      "Company : Harbor Foods Ltd\nDesignation : Store Keeper\nDuration : 2012 to 2014\nExperience : 5 years in stores",
    );
    expect(analysis.experience.map((e) => [e.company, e.start, e.end])).toEqual([
      ["Harbor Foods Ltd", "2012-01", "2014-01"],
    ]);
  });
});

describe("a job stated with its start alone", () => {
  it("counts that month, not the years up to the CV's date", () => {
    const analysis = analysed(
      "EXPERIENCE\n I have worked in Orchard Exchange / Cairo 2005-2006\n Joined Elmwood Trading LLC in 2007 as Supervisor.",
    );
    expect(analysis.experience.map((e) => [e.company, e.start, e.end, e.months])).toEqual([
      ["Orchard Exchange", "2005-01", "2006-01", 13],
      ["Elmwood Trading LLC", "2007-01", null, null],
    ]);
    expect(analysis.totals.months).toBe(14);
  });
});

describe("a job stated in a sentence", () => {
  const jobs = (history: string) =>
    analysed(history).experience.map((e) => [e.company, e.start, e.end, e.current]);

  it("held now when it says 'Working as', with no dates", () => {
    expect(
      jobs("PROFESSIONAL EXPERIENCE\n Working as a SITE ENGINEER in Kestrel Infra Ltd, Chennai."),
    ).toEqual([["Kestrel Infra Ltd", null, null, true]]);
    expect(
      jobs("Current Career\n Working as a Senior Engineer with M/s. Northgate Electric Pvt. Ltd."),
    ).toEqual([["M/s. Northgate Electric Pvt. Ltd", null, null, true]]);
  });

  it("within the one year it names, unless it says it began then", () => {
    expect(
      jobs(
        "TRAININGS AND EXPERIENCE\n Summer internship in ORCHARD GRID CORPORATION LIMITED of one month in 2011.\n Joined Harbor Leasing Ltd in 2007 as Senior Officer.",
      ),
    ).toEqual([
      ["ORCHARD GRID CORPORATION LIMITED", "2011-01", "2011-01", false],
      ["Harbor Leasing Ltd", "2007-01", null, false],
    ]);
  });
});

describe("a range wrapped by a narrow column", () => {
  it("ends on the next line where 'from X' stood last, with no joining word", () => {
    const analysis = analysed(
      "Employment and Work Experience\nworked as an Accountant – Accounts & Finance\nat Kestrel Trading Doha Qatar. from June 2010\nOctober 2016.\n\nPersonal Qualification\n Hardworking.",
    );
    // (the place after the name stays with it here: "Kestrel Trading Doha Qatar")
    expect(analysis.experience.map((e) => [e.company?.slice(0, 15), e.start, e.end, e.current])).toEqual([
      ["Kestrel Trading", "2010-06", "2016-10", false],
    ]);
  });
});

describe("a job open by 'from' or 'since' alone", () => {
  it("was left before a later job that ended began; with a present word it is held now", () => {
    const jobs = (history: string) =>
      analysed(history).experience.map((e) => [e.company, e.start, e.end, e.current]);
    const later = "• Worked as a team leader in Harbor Control Systems (UAE) from 02/03/2009 to 31/05/2016.";
    expect(
      jobs(
        `EXPERIENCE\n• Worked as a marketing executive in Kestrel Motors, Kerala from 12/06/2008.\n${later}`,
      ),
    ).toEqual([
      ["Kestrel Motors", "2008-06", null, false],
      ["Harbor Control Systems", "2009-03", "2016-05", false],
    ]);
    expect(
      jobs(
        `EXPERIENCE\n• Presently working as a marketing executive in Kestrel Motors since 12/06/2008.\n${later}`,
      )[0],
    ).toEqual(["Kestrel Motors", "2008-06", null, true]);
    // with no later job it is held now
    expect(
      jobs("EXPERIENCE\n• Worked as a marketing executive in Kestrel Motors, Kerala from 12/06/2008."),
    ).toEqual([["Kestrel Motors", "2008-06", null, true]]);
  });
});
