// A work history under no heading the lexicon knows, written here with invented names: a table's label row
// ("Name of Organisation | Designation | Period") or lines that open on working somewhere, after the degrees,
// still list jobs, and the degrees above keep their own schools.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";

const read = (lines: string[]) => {
  const { analysis } = analyzeText(["Ravi Kumar", "ravi.kumar@example.com", "", ...lines].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
    pieceJudge: null,
  });
  return {
    jobs: analysis.experience.map((job) => [job.title, job.company, job.start, job.end]),
    schools: analysis.education.map((entry) => entry.institution),
  };
};

const DEGREES = [
  "EDUCATIONAL QUALIFICATION",
  "B.E. (Mechanical) from Anna University, Chennai in 2008 with 72%.",
  "HSC from State Board in 2004.",
  "",
];
const AFTER = ["", "PERSONAL DETAILS", "Date of Birth: 01-01-1985"];

describe("a work history under no heading", () => {
  it("opens at a table's label row naming the employer and the post", () => {
    const { jobs, schools } = read([
      ...DEGREES,
      "Name of Organisation\tDesignation\tPeriod",
      "Larkspur Engineering Pvt. Ltd.\tSite Engineer\tJune 2008 to May 2011",
      "Heron Projects LLC, Dubai\tSenior Engineer\tJune 2011 to till date",
      ...AFTER,
    ]);
    expect(jobs).toEqual([
      ["Site Engineer", "Larkspur Engineering Pvt. Ltd.", "2008-06", "2011-05"],
      ["Senior Engineer", "Heron Projects LLC", "2011-06", null],
    ]);
    expect(schools).toEqual(["Anna University", null]);
  });

  it("reads lines that open on working somewhere as jobs, not as the schools above them", () => {
    const { jobs, schools } = read([
      ...DEGREES.slice(0, -1),
      "Presently working with Heron Projects LLC, Dubai as Senior Engineer since June 2011.",
      "Worked with Larkspur Engineering Pvt. Ltd. as Site Engineer from June 2008 to May 2011.",
      ...AFTER,
    ]);
    expect(jobs).toEqual([
      ["Senior Engineer", "Heron Projects LLC", "2011-06", null],
      ["Site Engineer", "Larkspur Engineering Pvt. Ltd", "2008-06", "2011-05"],
    ]);
    expect(schools).toEqual(["Anna University", null]);
  });

  it("reads such lines under a courses heading once each, also where the employer has no company word", () => {
    const { jobs } = read([
      "Course",
      "Diploma in Automobile Servicing, 2004.",
      "• Worked as a Mechanic in Wheelhouse club, Adoor from 01/08/2004 to 28/09/2005.",
      "• Worked as a valuator in Larkspur Automobiles from 24/04/2007 to 15/02/2008.",
      ...AFTER,
    ]);
    expect(jobs).toEqual([
      ["Mechanic", "Wheelhouse club", "2004-08", "2005-09"],
      ["valuator", "Larkspur Automobiles", "2007-04", "2008-02"],
    ]);
  });

  it("reads a job stated after a full stop in a profile's prose", () => {
    const { jobs } = read([
      "PROFILE",
      "Mechanical engineer with 9 years in plant maintenance. Currently working with Deccan Polymers Pvt Ltd as Maintenance Engineer since March 2016.",
      "Previously worked as Junior Engineer at Sahyadri Castings Ltd from June 2011 to February 2016.",
      "",
      ...DEGREES,
    ]);
    expect(jobs).toEqual([
      ["Maintenance Engineer", "Deccan Polymers Pvt Ltd", "2016-03", null],
      ["Junior Engineer", "Sahyadri Castings Ltd", "2011-06", "2016-02"],
    ]);
  });

  it("reads the dated jobs of the opening block beside a job stated in a sentence", () => {
    const { jobs } = read([
      "Currently working as Site Engineer with Acme Builders Pvt Ltd since June 2018.",
      "",
      "Apex Infra Projects Ltd",
      "Site Supervisor",
      "June 2014 - May 2018",
      "",
      "Harbor Constructions Pvt Ltd",
      "Junior Engineer",
      "July 2011 - May 2014",
      "",
      ...DEGREES,
    ]);
    expect(jobs).toEqual([
      ["Site Engineer", "Acme Builders Pvt Ltd", "2018-06", null],
      ["Site Supervisor", "Apex Infra Projects Ltd", "2014-06", "2018-05"],
      ["Junior Engineer", "Harbor Constructions Pvt Ltd", "2011-07", "2014-05"],
    ]);
  });

  it("leaves a study's sentence in the education", () => {
    const { jobs } = read([
      ...DEGREES.slice(0, -1),
      "Worked on a final-year project on solar dryers at Anna University in 2008.",
      ...AFTER,
    ]);
    expect(jobs).toEqual([]);
  });
});
