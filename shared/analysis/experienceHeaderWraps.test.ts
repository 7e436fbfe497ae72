// Header lines a layout parted or wrapped, each written here with invented names: a slash or a colon between title
// and organisation, a date column's range wrapped after its dash, a header wrapped inside the organisation named
// after "at".
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

describe("header lines parted or wrapped by the layout", () => {
  it("parts 'Title / Organisation / dates' at a slash before a named organisation, not a title's alternatives", () => {
    expect(
      roles(
        [
          "Service Advisor / Larkspur Motors Pvt. Ltd. / Jan 2010 – Present",
          "Handled customer accounts.",
          "Superintendent / permit runner / Kestrel Builders Ltd. / June 2007 – May 2009",
          "Ran the permits.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Service Advisor", "Larkspur Motors Pvt. Ltd.", "2010-01", null],
      ["Superintendent / permit runner", "Kestrel Builders Ltd.", "2007-06", "2009-05"],
    ]);
  });
  it("parts 'Organisation: Title (dates)' at the colon, but not a key's colon", () => {
    expect(
      roles(
        [
          "Larkspur Motors Pvt. Ltd.: Service Advisor (Jan 2010 – Present)",
          "Handled customer accounts.",
          "Company: Kestrel Consultant Engineers & Developers, Pune.",
          "June 2007 – May 2009",
          "Designation: Site Engineer",
        ].join("\n"),
      ),
    ).toEqual([
      ["Service Advisor", "Larkspur Motors Pvt. Ltd.", "2010-01", null],
      ["Site Engineer", "Kestrel Consultant Engineers & Developers", "2007-06", "2009-05"],
    ]);
  });
  it("reads a date column's range wrapped after its dash, the job's text beside its first half", () => {
    expect(
      roles(
        [
          "July 2007- QA Engineer (Electrical), Kestrel Switchgear Division, Mannar, Kerala.",
          "September 2010",
          "Inspection of incoming materials and sub-contract works.",
          "March 2005 - Site Engineer, Harbourline Builders Ltd, Kochi,",
          "June 2007 Kerala, India.",
          "Supervised the casting of slabs.",
        ].join("\n"),
      ),
    ).toEqual([
      ["QA Engineer (Electrical)", "Kestrel Switchgear Division", "2007-07", "2010-09"],
      ["Site Engineer", "Harbourline Builders Ltd", "2005-03", "2007-06"],
    ]);
    // a line below that opens a range of its own is the next job, and the line above a post held since
    expect(
      roles(
        [
          "2008-\tAssistant professor, Department of Bridges",
          "2004-2008\tAssistant professor, Department of Bridges",
        ].join("\n"),
      ).map(([title, , start, end]) => [title, start, end]),
    ).toEqual([
      ["Assistant professor", "2008-01", null],
      ["Assistant professor", "2004-01", "2008-01"],
    ]);
  });
  it("reads a header wrapped inside the organisation named after 'at', its dates on the line below", () => {
    expect(
      roles(
        [
          "Junior Engineer at Bluewave Technologies, Lucknow (June 2015 – September 2019)",
          "• Prepared daily progress reports.",
          "Assistant Manager Accounts at Kestrel Infra",
          "Projects Limited, Muscat (10/2019 – 01/2021)",
          "• Kept the books.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Junior Engineer", "Bluewave Technologies", "2015-06", "2019-09"],
      ["Assistant Manager Accounts", "Kestrel Infra Projects Limited", "2019-10", "2021-01"],
    ]);
  });
  it("takes a title a blank line under 'Organisation (dates)' when it stands alone, without its note of time", () => {
    expect(
      roles(
        [
          "Kestrel Ventures Pvt. (TALOJA- NAVI MUMBAI) (June.2015 – May.2018 )",
          "",
          "SITE ENGINEER( 3YEAR WORKING EXPERIENCE)",
          "COMPANY PROFILE:",
          "",
          "Larkspur Fabricators Pvt. Ltd. (July 2012 – May 2015)",
          "",
          "Trainee Engineer",
          "",
          "Larkspur makes pipe supports for refineries and ships them across the country.",
        ].join("\n"),
      ),
    ).toEqual([
      ["SITE ENGINEER", "Kestrel Ventures Pvt.", "2015-06", "2018-05"],
      ["Trainee Engineer", "Larkspur Fabricators Pvt. Ltd.", "2012-07", "2015-05"],
    ]);
    // a sentence a blank line down is no title
    expect(
      roles(
        [
          "Kestrel Ventures Pvt. Ltd. (June 2015 – May 2018)",
          "",
          "Handled piping work",
          "at the refinery.",
        ].join("\n"),
      ),
    ).toEqual([[null, "Kestrel Ventures Pvt. Ltd.", "2015-06", "2018-05"]]);
  });
  it("takes an organisation set apart as a paragraph above its title and dates", () => {
    expect(
      roles(
        [
          "Larkspur Contracting Company – Oman",
          "",
          "Electrical Supervisor Maintenance",
          "May 2017 to July 2018",
          "• Maintained the plant's switchgear.",
          "",
          "Heron Power Systems LLC – Dubai",
          "",
          "Electrician",
          "June 2014 to April 2017",
          "• Wired panels.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Electrical Supervisor Maintenance", "Larkspur Contracting Company", "2017-05", "2018-07"],
      ["Electrician", "Heron Power Systems LLC", "2014-06", "2017-04"],
    ]);
  });

  it("reads an organisation line closed by its region in brackets and a full stop", () => {
    expect(
      roles(
        [
          "Larkspur Hydraulics Engg, Ludhiana (Punjab).",
          "Position:-   Design Engineer",
          "Time      :-  Oct 2012 to Dec 2013 (1 Year & 2 Months)",
          "Heron Ispat & Power Limited, Ludhiana (Punjab)",
          "Position:-   Trainee Engineer",
          "Time      :-  Jan 2011 to Sep 2012",
        ].join("\n"),
      ),
    ).toEqual([
      ["Design Engineer", "Larkspur Hydraulics Engg", "2012-10", "2013-12"],
      ["Trainee Engineer", "Heron Ispat & Power Limited", "2011-01", "2012-09"],
    ]);
  });

  it("takes the organisation the dates name after 'with', its bracket closed on the next line", () => {
    expect(
      roles(
        [
          "JOB TITLE",
          "Designation\t: Jr. Draughtsman",
          "Period of Employment\t: August 2014 to till date (With KESTREL HEAVY",
          "ENGG. LTD. Noida)",
          "",
          "RESPONSIBILITIES",
          "Prepared isometric drawings.",
        ].join("\n"),
      ),
    ).toEqual([["Jr. Draughtsman", "KESTREL HEAVY ENGG. LTD.", "2014-08", null]]);
  });
});
