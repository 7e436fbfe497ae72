// Jobs at schools, colleges and institutes, titles under the dates, a statement over its dates and text whose spaces
// were lost, each written here with invented names: an organisation named as a school is still an employer, and a
// title holding a degree's words is still a job.
import { describe, expect, it } from "vitest";
import { tidyEmployer } from "./experienceTidy.ts";
import { analyzeText } from "./index.ts";

const jobs = (lines: string[]) =>
  analyzeText(["Asha Verma", "asha.verma@example.com", "", ...lines].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
    pieceJudge: null,
  }).analysis.experience.map((job) => [job.title, job.company, job.start, job.end]);

describe("jobs at schools and titles under the dates", () => {
  it("reads 'Organisation / dates / Title' with the title on the line under the dates", () => {
    expect(
      jobs([
        "WORK EXPERIENCE",
        "Kestrel Pumps Pvt Ltd",
        "July 2015 to Present",
        "Sales Executive",
        "Sold pumps to dealers across the state.",
        "",
        "Harbourline Traders",
        "June 2012 to June 2015",
        "Sales Trainee",
        "Kept the stock registers.",
        "",
        "EDUCATION",
        "B.Com, 2012",
      ]),
    ).toEqual([
      ["Sales Executive", "Kestrel Pumps Pvt Ltd", "2015-07", null],
      ["Sales Trainee", "Harbourline Traders", "2012-06", "2015-06"],
    ]);
  });

  it("a duty under the dates is no title", () => {
    expect(
      jobs([
        "WORK EXPERIENCE",
        "Kestrel Pumps Pvt Ltd",
        "July 2015 to Present",
        "Handled the sales of pumps to dealers.",
        "",
        "EDUCATION",
        "B.Com, 2012",
      ]),
    ).toEqual([[null, "Kestrel Pumps Pvt Ltd", "2015-07", null]]);
  });

  it("a college or an academy above the dates is the employer, the line below the title", () => {
    expect(
      jobs([
        "WORK EXPERIENCE",
        "St. Ivor College",
        "July 2015 to Present",
        "Lecturer",
        "Taught physics to first-year students.",
        "",
        "Brightwater Academy",
        "June 2012 to June 2015",
        "Post Graduate Teacher",
        "Taught physics and chemistry.",
        "",
        "EDUCATION",
        "M.Sc. Physics, 2012",
      ]),
    ).toEqual([
      ["Lecturer", "St. Ivor College", "2015-07", null],
      ["Post Graduate Teacher", "Brightwater Academy", "2012-06", "2015-06"],
    ]);
  });

  it("a trainee's job at an institute stays a job, though its title names a graduate", () => {
    const found = analyzeText(
      [
        "Asha Verma",
        "WORK EXPERIENCE",
        "KESTREL POWER RESEARCH INSTITUTEFrom 8th JULY, 2015 to",
        "“Present”",
        "",
        "Job Title: Graduate Apprentice Trainee",
        "Department: Seismic Testing",
        "",
        "HARBOURLINE INDUSTRIAL SERVICES",
        "From “9, May, 2014 to 7, July, 2015”",
        "",
        "Job Title: Technician",
        "",
        "EDUCATION",
        "B.E. (E.E.E), Tamarind Engineering College, 2014",
      ].join("\n"),
      { asOf: "2026-11", defaultRegion: "IN", pieceJudge: null },
    ).analysis;
    expect(found.experience.map((job) => [job.title, job.company, job.start, job.end])).toEqual([
      ["Graduate Apprentice Trainee", "KESTREL POWER RESEARCH INSTITUTE", "2015-07", null],
      ["Technician", "HARBOURLINE INDUSTRIAL SERVICES", "2014-05", "2015-07"],
    ]);
    expect(found.education.map((entry) => entry.level)).toEqual(["bachelor"]);
  });
});

describe("statements, departments and glued text", () => {
  it("a statement of the job over a blank line and its dates is the entry's header", () => {
    expect(
      jobs([
        "Work Experience:-",
        "Worked as a “A/C Technician” in Kestrel Air Con. & Refr. works",
        "",
        "Since: 08/04/ 2013 to\t25/05/2016",
        "Passport Detail:-",
      ]),
    ).toEqual([["A/C Technician", "Kestrel Air Con", "2013-04", "2016-05"]]);
  });

  it("reads a title with its department under the dates", () => {
    expect(
      jobs([
        "WORK EXPERIENCE",
        "Kestrel Pumps Pvt Ltd",
        "July 2015 to Present",
        "Sales Executive – Industrial Pumps",
        "Sold pumps to dealers across the state.",
      ]),
    ).toEqual([["Sales Executive – Industrial Pumps", "Kestrel Pumps Pvt Ltd", "2015-07", null]]);
  });

  it("a statement whose spaces the PDF lost names no employer", () => {
    expect(tidyEmployer("WorkingasQA/QCEngineerinKestrelSteelEngineeringLLC,DubaiUAE")).toBeNull();
    expect(tidyEmployer("Kestrel Steel Engineering LLC")).toBe("Kestrel Steel Engineering LLC");
  });
});
