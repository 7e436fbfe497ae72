// Work histories under headings read as another kind, and past a side column's headings.
import { describe, expect, it } from "vitest";
import { extractExperience } from "./experience.ts";
import { historyPastSideHeadings, jobsUnderOtherHeadings } from "./experienceElsewhere.ts";
import { analyzeText } from "./index.ts";
import { detectSections } from "./sections.ts";

describe("a work history under a heading read as another kind", () => {
  it("takes the dated roles of a summary section when no job was found elsewhere", () => {
    const blocks = detectSections(
      [
        "Career Objective:",
        "To work on large civil projects.",
        "Professional Summary:",
        "(i) Tarsin Contracting LLC.",
        "Civil Engineer\tDecember 2016 – Present.",
        "Name of the Project : Pipeline works.",
        "(ii) Norel Construction Services Pvt Ltd.",
        "Site Engineer\tApril 2012 to October 2014",
        "Education",
        "B.E. Civil Engineering, 2011",
      ].join("\n"),
    );
    expect(blocks.some((b) => b.kind === "experience")).toBe(false);
    expect(
      jobsUnderOtherHeadings(blocks, "2026-11", false, null).map((e) => [e.title, e.company, e.start]),
    ).toEqual([
      ["Civil Engineer", "Tarsin Contracting LLC", "2016-12"],
      ["Site Engineer", "Norel Construction Services Pvt Ltd.", "2012-04"],
    ]);
  });

  it("takes nothing from a summary whose dates head no role", () => {
    const blocks = detectSections(
      [
        "Professional Summary:",
        "Since 2014 I have managed budgets of large teams.",
        "Education",
        "B.Com 2010",
      ].join("\n"),
    );
    expect(jobsUnderOtherHeadings(blocks, "2026-11", false, null)).toEqual([]);
  });

  it("reads jobs under a heading not read as one, left in the opening block, but no course there", () => {
    const blocks = detectSections(
      [
        "Dana Whitfield",
        "dana@example.com",
        "",
        "Career Milestones",
        "",
        "Site Engineer",
        "Kestrel Pumps Ltd, Pune",
        "Jan 2015 – Mar 2018",
        "",
        "Education",
        "B.E. Mechanical, 2012",
      ].join("\n"),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["contact", "education"]);
    expect(
      jobsUnderOtherHeadings(blocks, "2026-11", false, null).map((e) => [e.title, e.company, e.start]),
    ).toEqual([["Site Engineer", "Kestrel Pumps Ltd", "2015-01"]]);
    const course = detectSections(
      [
        "CURRICULUM VITAE",
        "",
        "Institute Detail:",
        "Institute : - Govt. Polytechnic, Karnal",
        "Batch : - 2012 - 2015",
      ].join("\n"),
    );
    expect(jobsUnderOtherHeadings(course, "2026-11", false, null)).toEqual([]);
  });
});

describe("a work history past a side column's headings", () => {
  const read = (lines: string[]) => {
    const blocks = detectSections(lines.join("\n"));
    const experience = extractExperience(
      blocks.filter((b) => b.kind === "experience").flatMap((b) => b.lines),
      "2026-11",
      false,
    );
    return [...experience, ...historyPastSideHeadings(blocks, experience, "2026-11", false, null)].map(
      (e) => [e.title, e.company, e.start],
    );
  };
  const history = [
    "PROFESSIONAL EXPERIENCE",
    "Mar 2015 - Present\tHARBOURVIEW ENGINEERING LLC\tDammam",
    "Site Manager",
    "• Coordinated the testing of switchgear.",
  ];

  it("reads rows shaped like the history's own under a skills or certificates heading as its jobs", () => {
    expect(
      read([
        ...history,
        "IT SKILLS:",
        "ETAP, AutoCAD",
        "CERTIFICATES:",
        "Member of the Engineering Council",
        "Jan 2011 - Dec 2014\tBLUEWAVE POWER PVT LTD\tChennai",
        "Electrical Site Engineer",
        "• Installed HV motors and cable trays.",
        "Aug 2007 - Nov 2008\tKESTREL SWITCHGEAR LTD\tPune",
        "Site Engineer",
      ]),
    ).toEqual([
      ["Site Manager", "HARBOURVIEW ENGINEERING LLC", "2015-03"],
      ["Electrical Site Engineer", "BLUEWAVE POWER PVT LTD", "2011-01"],
      ["Site Engineer", "KESTREL SWITCHGEAR LTD", "2007-08"],
    ]);
  });

  it("leaves a membership's dated rows, and rows of another shape, where they stand", () => {
    expect(
      read([
        ...history,
        "MEMBERSHIPS",
        "Lakeside Robotics Society\tMarch 2012 - Present",
        "Mar 2010 - Feb 2012\tInstitute of Power Engineers (IPE)\tDammam",
        "PROJECTS",
        "Jan 2011 - Dec 2014 Substation automation for Bluewave Power Pvt Ltd",
      ]),
    ).toEqual([["Site Manager", "HARBOURVIEW ENGINEERING LLC", "2015-03"]]);
  });

  it("reads one-cell rows with their dates inside, shaped like the history's, past a heading inside a job", () => {
    expect(
      read([
        "Experience",
        "Membership Clerk 08/2016 to Current Company Name City , State",
        "Manages the members' records.",
        "Trainings",
        "Billing",
        "Youth Leader 02/2016 to 03/2017 Company Name City , State",
        "Taught a class every Sunday.",
        "Certified in Scaffolding Safety ( Jan 2017 to Feb 2017) from Kestrel Training Pvt Ltd.",
      ]),
    ).toEqual([
      ["Membership Clerk", "Company Name", "2016-08"],
      ["Youth Leader", "Company Name", "2016-02"],
    ]);
  });

  it("reads no certifications from a duty list's heading-like item that runs on into more jobs", () => {
    const text = [
      "Experience",
      "Membership Clerk 08/2016 to Current Company Name City , State",
      "Manages the members' records.",
      "Recruitment",
      "Trainings",
      "Billing",
      "Answers the phone and books the rooms.",
      "Youth Leader 02/2016 to 03/2017 Company Name City , State",
      "Taught a class every Sunday.",
    ].join("\n");
    const { analysis } = analyzeText(text, { asOf: "2020-01" });
    expect(analysis.certifications).toEqual([]);
    expect(analysis.experience.map((job) => job.title)).toEqual(["Membership Clerk", "Youth Leader"]);
  });
});
