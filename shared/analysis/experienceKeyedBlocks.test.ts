// Work histories whose entries are an organisation's line over keyed fields, written here with invented names:
// "Marigold Infra Projects" / "Period : ..." / "Designation : ..." gives each entry its own title, not the next
// one's, and a list item that is only a name heads its keyed fields; a title holding an organisation's word
// ("Software Developer") is still a title; a list item "Title, Organisation" heads its dates, and a length after the
// dates ("(2010 – 2012, 2 years)") is no part of the name.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";

const roles = (history: string[]) =>
  analyzeText(["Ravi Kumar", "ravi.kumar@example.com", "", "WORK EXPERIENCE", ...history].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]);

const EXPECTED = [
  ["Site Engineer", "Heron Buildcon Pvt Ltd", "2015-01", "2018-03"],
  ["Junior Engineer", "Marigold Infra Projects", "2012-06", "2014-12"],
  ["Trainee", "Kestrel Systems", "2010-02", "2012-05"],
];

describe("an organisation's line over keyed fields", () => {
  it("keeps the title keyed under each entry's dates with that entry", () => {
    const history = [
      "Heron Buildcon Pvt Ltd, Pune",
      "Period: Jan 2015 - Mar 2018",
      "Designation: Site Engineer",
      "",
      "Marigold Infra Projects, Pune",
      "Period: Jun 2012 - Dec 2014",
      "Designation: Junior Engineer",
      "",
      "Kestrel Systems, Pune",
      "Period: Feb 2010 - May 2012",
      "Designation: Trainee",
    ];
    expect(roles(history)).toEqual(EXPECTED);
  });

  it("reads a list item that is only a name as the head of its keyed fields", () => {
    const history = [
      "• Heron Buildcon Pvt Ltd",
      "  Duration: Jan 2015 - Mar 2018",
      "  Designation: Site Engineer",
      "",
      "• Marigold Infra Projects",
      "  Duration: Jun 2012 - Dec 2014",
      "  Designation: Junior Engineer",
      "",
      "• Kestrel Systems",
      "  Duration: Feb 2010 - May 2012",
      "  Designation: Trainee",
    ];
    expect(roles(history)).toEqual(EXPECTED);
  });

  it("takes no keyed title under the dates for the organisation", () => {
    const history = [
      "Heron Buildcon Pvt Ltd",
      "Jan 2015 - Mar 2018",
      "Designation: Site Engineer",
      "",
      "Marigold Infra Projects",
      "Jun 2012 - Dec 2014",
      "Designation: Junior Engineer",
    ];
    expect(roles(history)).toEqual(EXPECTED.slice(0, 2));
  });
});

describe("a keyed block's title under its dates", () => {
  it("wins over an address line of the block read as a title", () => {
    const history = [
      "Company: Harbourline Polymers",
      "Address: No: 19-F, Sector- 2, Industrial Area, Parwanoo, Himachal Pradesh .",
      "Duration: From 10 Jan 2004 to 16 Apr 2008.",
      "Designation: Sr. Engineer",
      "Company Profile: A member of the Harbourline group having plants across India.",
    ];
    expect(roles(history)).toEqual([["Sr. Engineer", "Harbourline Polymers", "2004-01", "2008-04"]]);
  });
});

describe("a place above keyed dates", () => {
  it("is no organisation, where the keyed company above names one", () => {
    const history = [
      "Company\t:\tHarbourline Contracting Co., P.O. Box 2003, Riyadh,",
      "and Trading",
      "",
      "Kingdom of Saudi Arabia",
      "Period\t:\tAugust 1998 to June 2002",
      "Position\t:\tSite Engineer",
    ];
    expect(roles(history)).toEqual([["Site Engineer", "Harbourline Contracting Co.", "1998-08", "2002-06"]]);
  });
});

describe("a title holding an organisation's word", () => {
  it("heads a numbered entry with its organisation and dates", () => {
    const history = [
      "1. Heron Buildcon Pvt Ltd, Site Engineer, Jan 2015 - Mar 2018",
      "2. Kestrel Systems, Software Developer, Feb 2010 - May 2012",
    ];
    expect(roles(history)).toEqual([
      EXPECTED[0],
      ["Software Developer", "Kestrel Systems", "2010-02", "2012-05"],
    ]);
  });
});

describe("list items and lengths", () => {
  it("heads an entry with a list item that is a title and an organisation over its dates", () => {
    const history = [
      "● Site Engineer, Heron Buildcon Pvt Ltd",
      "  Jan 2015 – Mar 2018",
      "  ● Supervised the casting of slabs and billing.",
      "",
      "● Junior Engineer, Marigold Infra Projects",
      "  Jun 2012 – Dec 2014",
      "  ● Prepared bar bending schedules.",
    ];
    expect(roles(history)).toEqual(EXPECTED.slice(0, 2));
  });

  it("parts a title from the organisation named in brackets after it, not from a discipline", () => {
    const history = [
      "Site Engineer (Heron Buildcon Pvt Ltd) Jan 2015 - Mar 2018",
      "Junior Engineer (Tata Motors) Jun 2012 - Dec 2014",
      "Design Engineer (Civil) Jan 2010 - May 2012",
      "Kestrel Works Pvt Ltd",
    ];
    expect(roles(history)).toEqual([
      EXPECTED[0],
      ["Junior Engineer", "Tata Motors", "2012-06", "2014-12"],
      ["Design Engineer (Civil)", "Kestrel Works Pvt Ltd", "2010-01", "2012-05"],
    ]);
  });

  it("leaves the job's length after a comma in the dates' brackets out of the organisation", () => {
    const history = ["Kestrel Systems (Feb 2010 – May 2012, 2 years)", "Trainee"];
    expect(roles(history)).toEqual([EXPECTED[2]]);
  });
});

describe("keyed jobs in one section and a dated table in another", () => {
  it("gives each keyed job its title and organisation when the table's reading wins the document", () => {
    const history = [
      "1. Designation : Mechanical Engineer",
      "Company Name : Kestrel (P) Ltd",
      "Period\t: 06-Aug-2012 to 23-Jan-2015",
      "Responsibilities and Duties;",
      "• Boiler erection and maintenance of heat exchangers.",
      "",
      "2. Designation\t: Assistant Professor",
      "Company Name : Orchard School of Science and Technology",
      "Period\t: 29-Jan-2015 to 30-Jun-2017",
      "Subjects Taught;",
      "• Thermodynamics",
      "",
      "Industrial Training Experience:",
      "Organization",
      "From\tTo",
      "",
      "Northgate Heavy Electricals",
      "Limited, Harborpur\tMar-13\tAug-13",
      "(Project)",
      "",
      "Elmwood Thermal Power",
      "Corporation Ltd.\tJan-13\tMar-13",
      "(Industrial Training)",
      "Harbor Minerals and",
      "Metals Ltd.\tDec-12\tJan-13",
      "(Industrial Training)",
    ];
    const keyed = roles(history).filter(([, , start]) => start === "2012-08" || start === "2015-01");
    expect(keyed).toEqual([
      ["Mechanical Engineer", "Kestrel (P) Ltd", "2012-08", "2015-01"],
      ["Assistant Professor", "Orchard School of Science and Technology", "2015-01", "2017-06"],
    ]);
  });
});

describe("a job's keyed details that name a section's word", () => {
  // "Industry: Education", "Field: Training": a key and its value under a job, not a heading that would end the
  // work history and read the jobs after it as schools
  it("keeps the jobs after an industry line naming education in the work history", () => {
    const history = [
      "Assistant Professor",
      "Kestrel Institute of Technology, Pune",
      "June 2015 - May 2019",
      "Industry: Education",
      "Taught thermodynamics to second-year students.",
      "",
      "Lecturer",
      "Northgate College of Engineering, Nashik",
      "July 2012 - May 2015",
      "Industry: Education",
      "Field: Training",
      "",
      "Trainee Engineer",
      "Heron Buildcon Pvt Ltd, Pune",
      "June 2011 - June 2012",
    ];
    expect(roles(history)).toEqual([
      ["Assistant Professor", "Kestrel Institute of Technology", "2015-06", "2019-05"],
      ["Lecturer", "Northgate College of Engineering", "2012-07", "2015-05"],
      ["Trainee Engineer", "Heron Buildcon Pvt Ltd", "2011-06", "2012-06"],
    ]);
  });
});

describe("the older European form's labelled fields, each label in a column before its value", () => {
  it("reads the dates, the occupation and the employer's name and address, passing over the activities", () => {
    expect(
      roles([
        "Dates\t03.2018 – 06.2021",
        "Occupation or position held\tQuality Engineer",
        "Main activities and responsibilities\tSupplier audits, process control",
        "Name and address of employer\tKestrel Automotive S.p.A., Turin (Italy)",
        "Type of business or sector\tAutomotive",
        "",
        "Dates\t09.2015 – 02.2018",
        "Occupation or position held\tProduction Technician",
        "Name and address of employer\tNorthgate Components Ltd, Milan (Italy)",
      ]).map(([title, company, start, end]) => [title, company, start, end]),
    ).toEqual([
      ["Quality Engineer", "Kestrel Automotive S.p.A", "2018-03", "2021-06"],
      ["Production Technician", "Northgate Components Ltd", "2015-09", "2018-02"],
    ]);
  });
});
