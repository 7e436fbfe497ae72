import { describe, expect, it } from "vitest";
import { extractExperience } from "./experience.ts";
import { withJobsElsewhere } from "./experienceElsewhere.ts";
import { fieldRecords } from "./experienceFields.ts";
import { analyzeText } from "./index.ts";
import { detectSections, splitLines } from "./sections.ts";

function jobs(text: string) {
  const blocks = detectSections(text);
  const experience = extractExperience(
    blocks.filter((b) => b.kind === "experience").flatMap((b) => b.lines),
    "2026-11",
    false,
  );
  return withJobsElsewhere(experience, blocks, "2026-11").map((e) => [e.title, e.company, e.start]);
}

describe("jobs stated outside the work-history section", () => {
  it("'Company : X' records under a projects heading or a synopsis are jobs", () => {
    expect(
      jobs(
        [
          "Professional Experience",
          "Plant Manager, Orvik Rubber LLC, 11/2012 - 03/2016",
          "Projects",
          "Company: Tarsin Chemicals Pvt Ltd (A part of Tarsin Group, U.S.A)",
          "Address: Hyderabad",
          "Designation: Plant Manager",
          "Duration: From 2 Feb 2011 to 30 Oct 2012",
          "",
          "Company: Norel Polymer Additives Ltd",
          "Duration: From 10 Jan 2004 to 16 Apr 2008.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Plant Manager", "Orvik Rubber LLC", "2012-11"],
      ["Plant Manager", "Tarsin Chemicals Pvt Ltd", "2011-02"],
      [null, "Norel Polymer Additives Ltd", "2004-01"],
    ]);
  });

  it("a dated sentence in one experience section is a job when the other section's keyed jobs win the reading", () => {
    expect(
      jobs(
        [
          "• Current Experience:",
          "• I have work in Brenwick Facilities Services as an HVAC Technician from January 2012 to April 2018.",
          "",
          "• Work Experience:",
          "• Company:  Corvale Air Systems Pvt. Ltd, Lucknow.",
          "• Position:     Technician-Installation & Troubleshooting.",
          "• Company:  Ostrander Cooling Ltd, Kanpur.",
          "• Position:     Helper.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Technician-Installation & Troubleshooting", "Corvale Air Systems Pvt. Ltd", null],
      ["Helper", "Ostrander Cooling Ltd", null],
      ["HVAC Technician", "Brenwick Facilities Services", "2012-01"],
    ]);
  });

  it("a snapshot's dated statement that names an organisation outright is a job without a title", () => {
    expect(
      jobs(
        [
          "Professional Snapshot",
          "6.4 years experience ( NOV. 2007 To MAR. 2013) in CORVALE RETAIL LTD.,Premises of Halden Mills Ltd.",
          "Extensive experience in consistently raising sales.",
          "Internship Details",
          "Duration - 3 Months (June 2006 – August 2006)",
          "Organization - Halden Mills Ltd, Mohali",
        ].join("\n"),
      ).map(([, company, start]) => [company, start]),
    ).toEqual([
      ["Halden Mills Ltd", "2006-06"],
      ["CORVALE RETAIL LTD", "2007-11"],
    ]);
  });

  it("an industrial or apprentice training at a place of work under a work-history heading is an internship", () => {
    expect(
      jobs(
        [
          "Worked Experience",
          "Worked at KESTREL TUBES PVT LTD (Jan 2016 to Jun 2016)",
          "APPRENTICE Training",
          " Undergone 6 months () Industrial training in Brenwick Brakes, Ltd. padi",
          "• 6 weeks industrial training (B. Tech.) in Halden Fastener, Dugri (Ludhiana).",
          " One year full apprentice training in * HARBOUR PORT TRUST* Anna salai",
          "Registration No 48/06/6610 Date 11.09.2014 to 10.09.2015",
          "• 4 weeks industrial training in Mechanical Department.",
          "Trainings",
          "• Inplant Training at Corvale Fertilisers Ltd.",
        ].join("\n"),
      ).slice(1),
    ).toEqual([
      ["Industrial training", "Brenwick Brakes", null],
      ["industrial training", "Halden Fastener", null],
      ["apprentice training", "HARBOUR PORT TRUST", "2014-09"],
    ]);
  });

  it("the same job stated again with its place is not a second job", () => {
    expect(
      jobs(
        [
          "Experience",
          "Jr. Electrical Engineer, Halvern Steel and Power Limited, 04/2009 - 01/2011",
          "Plant Engineer, Rostov Chemicals Ltd, 02/2011 - 06/2016",
          "Halvern Steel and Power Limited, Angul (HSPL) Odisha -Working as Jr. Electrical Engineer from April 2009 to",
          "January 2011.",
        ].join("\n"),
      ).map(([, company]) => company),
    ).toEqual(["Halvern Steel and Power Limited", "Rostov Chemicals Ltd"]);
  });

  it("a course provider under an education heading needs a stated designation to be a job", () => {
    expect(
      jobs(
        [
          "Education",
          "B.Tech, Kalinga Institute, 2015",
          "Organisation : Vantor Infotech Pvt. Ltd. Duration : 20/06/2013 to 17/07/2013",
          "Organisation : Delmar Rail Works, Agra. Duration : 17/06/2012 to 13/07/2012 Designation : Trainee",
        ].join("\n"),
      ),
    ).toEqual([["Trainee", "Delmar Rail Works", "2012-06"]]);
  });

  it("'Profile : X' names the role when it is short; a record of title and dates takes the organisation line above it", () => {
    expect(
      jobs(
        [
          "Professional Qualification",
          "MBA (Marketing), Orwell University, 2011",
          "Career Highlights",
          "Company: Halden Freight Services",
          "Profile : Operations Executive",
          "DURATION: Feb 2012 to July 2014.",
          "Profile: Handled the booking of shipments and the documents of export and import",
        ].join("\n"),
      ),
    ).toEqual([["Operations Executive", "Halden Freight Services", "2012-02"]]);
    // beside a designation, a profile is neither the title nor another job
    expect(
      jobs(
        [
          "Projects",
          "Company: Marlow Builders Pvt Ltd",
          "Profile : Site Execution",
          "Designation : Site Engineer",
          "Duration: Jan 2015 to Mar 2017",
        ].join("\n"),
      ),
    ).toEqual([["Site Engineer", "Marlow Builders Pvt Ltd", "2015-01"]]);
    // a job's own fields may stand apart, its duties between them
    expect(
      jobs(
        [
          "Projects",
          "Company: Marlow Builders Pvt Ltd",
          "Duration: Jan 2015 to Mar 2017",
          "Planned the site's work.",
          "Checked the drawings.",
          "Kept the daily reports.",
          "Met the client weekly.",
          "Ordered the materials.",
          "Designation : Site Engineer",
        ].join("\n"),
      ),
    ).toEqual([["Site Engineer", "Marlow Builders Pvt Ltd", "2015-01"]]);
    expect(
      jobs(
        [
          "Work Experience",
          "Kestrel Controls Ltd, Pune",
          "Position : Design Engineer",
          "Period : July 2014 – Till date",
          "PROJECTS HANDLED:",
          "Gas plant upgrade",
          "Duration: July 2014 to January 2016",
          " Reviewed the vendors' drawings.",
          " Followed up the client's comments.",
          " Attended the weekly meetings.",
          " Updated the engineering documents.",
          "",
          "Morvane Instrument Services, Chennai, INDIA.",
          "",
          "Nature of Job : Maintenance & Calibration",
          "Position : Calibration Engineer",
          "Period : March 2014 – June 2014.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Design Engineer", "Kestrel Controls Ltd", "2014-07"],
      ["Calibration Engineer", "Morvane Instrument Services", "2014-03"],
    ]);
  });

  it("a notice period is no job's dates", () => {
    const records = fieldRecords(
      splitLines(
        [
          "Instrument Supervisor (February 2011 – December 2011)",
          "Employed By : Tamsin Industrial Co Ltd",
          "Client : Norvale Refinery",
          "ADDITIONAL INFORMATION",
          "Notice Period : 14 Days",
        ].join("\n"),
      ),
    );
    expect(records.map((r) => [r.organisation, r.dates])).toEqual([["Tamsin Industrial Co Ltd", undefined]]);
  });

  it("referees' fields and training without dates are no jobs", () => {
    expect(
      jobs(
        [
          "Training",
          "Organisation : Brenmoor Power Station",
          "Duration : 4 weeks",
          "References",
          "Name : R. Kumar",
          "Designation : General Manager",
          "Organisation : Saltire Steel Ltd",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  it("a table's label row is no field record", () => {
    expect(
      jobs(
        "Work Experience\nName of Company\tDesignation\tDuration\nCompany : Faran Marine Ltd\nDesignation : Planner\nDuration : Aug 2012 to Dec 2016",
      ),
    ).toEqual([["Planner", "Faran Marine Ltd", "2012-08"]]);
  });
  it("a dated statement of a job in a synopsis adds the job the work history leaves out", () => {
    expect(
      jobs(
        [
          "Professional Synopsis",
          "Worked at Harwick Services Ltd. as a C.E. from July 2013 to June 2015.",
          "Worked with clients such as Orbis Bank on audits.",
          "Experience",
          "Senior Engineer, Lantern Networks Pvt Ltd, 08/2015 - 06/2019",
        ].join("\n"),
      ),
    ).toEqual([
      ["Senior Engineer", "Lantern Networks Pvt Ltd", "2015-08"],
      ["C.E", "Harwick Services Ltd", "2013-07"],
    ]);
  });

  it("with no work history, a dated statement naming an organisation is a job, even under a 'Trainings' heading", () => {
    expect(
      jobs(
        [
          "Jane Roe",
          "Since June 2013 working with Kestrel Finance Ltd, Pune",
          "Achievements and Trainings:",
          "Trained 40 staff in customer service.",
          "Since May 2011 to May 2012 with Harbor Bank , Pune as Senior Officer",
          "Completed a first-aid course with Red Cross Society in 2010.",
        ].join("\n"),
      ),
    ).toEqual([
      [null, "Kestrel Finance Ltd", "2013-06"],
      ["Senior Officer", "Harbor Bank", "2011-05"],
    ]);
  });

  it("a heading read as education that names the work too holds the jobs, and its degree row heads none", () => {
    for (const heading of ["Education and Work History", "Career & Education", "Work Experience"]) {
      const { analysis } = analyzeText(
        [
          "Jane Roe",
          heading,
          "B.E. Mechanical, Kestrel University, 2008",
          "Site Engineer, Harbor Infra Ltd\tJan 2010 – Mar 2015",
          "Project Engineer, Northgate Builders Pvt Ltd\tJan 2015 – Present",
          "Skills",
          "AutoCAD",
        ].join("\n"),
        { asOf: "2026-11" },
      );
      expect(analysis.experience.map((e) => [e.title, e.company, e.start])).toEqual([
        ["Site Engineer", "Harbor Infra Ltd", "2010-01"],
        ["Project Engineer", "Northgate Builders Pvt Ltd", "2015-01"],
      ]);
    }
  });

  it("with no work history, joining a named organisation as a title is a job, even under a skills heading", () => {
    // the narrative CV: each job's paragraph opens on "Joined X ... in YEAR as Y", and a job's "Competencies:"
    // sub-heading turned the rest of the document into a skills section
    expect(
      jobs(
        [
          "Competencies:",
          "- Leadership",
          "- Strategic Thinking",
          "",
          "Kestrel Bank, Riyadh, KSA.",
          "",
          "Joined Kestrel Bank (Islamic Bank), Riyadh in 2007 as Senior Manager, Corporate Banking Group.",
          "The responsibilities include;",
          "- Introducing new clients and maintain the existing assigned accounts.",
          "",
          "Joined Northgate Leasing Company in 2001 on an assignment to initiate as Head of Eastern Region branch.",
          "- Joined the quality circle as a volunteer member.",
          "- joined Orchard Mills as trainee",
        ].join("\n"),
      ),
    ).toEqual([
      ["Senior Manager, Corporate Banking Group", "Kestrel Bank", "2007-01"],
      ["Head of Eastern Region branch", "Northgate Leasing Company", "2001-01"],
      ["trainee", "Orchard Mills", null],
    ]);
  });
});

describe("jobs laid out under an education heading, with no work-history heading", () => {
  const read = (lines: string[]) => {
    const { analysis } = analyzeText(["Arun Kestrel", "arun.kestrel@example.com", "", ...lines].join("\n"), {
      asOf: "2026-11",
    });
    return {
      jobs: analysis.experience.map((e) => [e.title, e.company, e.start]),
      education: analysis.education.map((e) => [e.level, e.institution]),
    };
  };

  it("reads an organisation with its legal form, a title and dates as a job, not as a course", () => {
    expect(
      read([
        "EDUCATIONAL QUALIFICATION",
        "B.Tech (Mechanical), Harbor Institute of Technology, 2012",
        "HSC, Elmwood Junior College, 2008",
        "",
        "Orchard Engineering Pvt. Ltd., Pune",
        "Design Engineer",
        "June 2012 - May 2015",
        "Northgate Motors Ltd., Chennai",
        "Senior Design Engineer",
        "June 2015 - Present",
      ]),
    ).toEqual({
      jobs: [
        ["Design Engineer", "Orchard Engineering Pvt. Ltd.", "2012-06"],
        ["Senior Design Engineer", "Northgate Motors Ltd.", "2015-06"],
      ],
      education: [
        ["bachelor", "Harbor Institute of Technology"],
        ["secondary", "Elmwood Junior College"],
      ],
    });
  });

  it("leaves a school's dated rows as education", () => {
    expect(
      read([
        "EDUCATION",
        "2008 - 2012\tB.Tech (Mechanical)\tHarbor Institute of Technology",
        "2006 - 2008\tHSC\tElmwood Junior College",
      ]),
    ).toEqual({
      jobs: [],
      education: [
        ["bachelor", "Harbor Institute of Technology"],
        ["secondary", "Elmwood Junior College"],
      ],
    });
  });
});
