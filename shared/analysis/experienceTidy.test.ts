import { describe, expect, it } from "vitest";
import { tidyEducation, tidyEmployer, tidyExperience, tidyTitle } from "./experienceTidy.ts";
import type { EducationLevel } from "./types.ts";

describe("tidyEmployer", () => {
  it("drops a field's label, the prose around a name and a country after a legal form", () => {
    expect(tidyEmployer("Employed: Varun Projects Pvt.Ltd. Company India")).toBe("Varun Projects Pvt.Ltd.");
    expect(tidyEmployer("3 Years of experience from Orla Safety Solutions since 17 June")).toBe(
      "Orla Safety Solutions",
    );
    expect(tidyEmployer("Company Name : Kestrel Tools Ltd")).toBe("Kestrel Tools Ltd");
    expect(tidyEmployer("A) Employer:  Orchard Contracting & Construction Company (KSA)")).toBe(
      "Orchard Contracting & Construction Company (KSA)",
    );
    expect(tidyEmployer("2. Company : Kestrel Tools Ltd")).toBe("Kestrel Tools Ltd");
    expect(tidyEmployer("A. Harbor Metals Ltd")).toBe("A. Harbor Metals Ltd");
    expect(tidyEmployer("Barin Partners Co. Kuwait")).toBe("Barin Partners Co.");
    expect(tidyEmployer(". KESTREL ACRYLICS LIMITED")).toBe("KESTREL ACRYLICS LIMITED");
    expect(tidyEmployer("INDIA")).toBeNull();
    // a duty or a description read where the organisation goes
    expect(tidyEmployer("Executed erection and maintenance activities of instrument systems")).toBeNull();
    expect(tidyEmployer("Successfully managed various Services such")).toBeNull();
    expect(tidyEmployer("Kestrel is a 50MW power generating plant, in which")).toBeNull();
    // a name that opens on such a word, its next word capitalised, stays
    expect(tidyEmployer("United Breweries Limited")).toBe("United Breweries Limited");
    expect(tidyEmployer("Advanced Micro Devices")).toBe("Advanced Micro Devices");
    expect(tidyEmployer("Marmara Internet Café /Sharjah")).not.toBeNull();
    expect(tidyEmployer("PROJECT: Harbour Gas Ltd. Lake Town")).toBeNull();
    expect(tidyEmployer("Client: Kestrel Bank")).toBeNull();
    expect(tidyEmployer("Orla Softtech Solutions pvt. Ltd. Mahakavi G. Road")).toBe(
      "Orla Softtech Solutions pvt. Ltd.",
    );
    expect(tidyEmployer("Orla Softtech Ltd, Harbour Road, Kochi")).toBe("Orla Softtech Ltd");
    // a legal form's second word is no address: "Pvt" keeps its "Ltd"
    expect(tidyEmployer("Orla Engineers Pvt Ltd, Navi Mumbai.")).toMatch(/^Orla Engineers Pvt Ltd/);
    // a statement of the job before the name, and a word run into it where the PDF lost the space
    expect(tidyEmployer("To date Present working with M/s Kestrel Land Developer")).toBe(
      "M/s Kestrel Land Developer",
    );
    expect(tidyEmployer("Presently employed in Orla Steel Ltd")).toBe("Orla Steel Ltd");
    expect(tidyEmployer("WithKESTREL LIMITED")).toBe("KESTREL LIMITED");
    for (const name of ["Withers Ltd", "ATCO Ltd", "Working Capital Finance Ltd"])
      expect(tidyEmployer(name)).toBe(name);
  });

  it("leaves a plain name as it is, and gives null when nothing of a name is left", () => {
    expect(tidyEmployer("Kestrel Tools Ltd")).toBe("Kestrel Tools Ltd");
    expect(tidyEmployer("Company Name")).toBe("Company Name");
    expect(tidyEmployer("Employer: ")).toBeNull();
    expect(tidyEmployer("Period of Employment")).toBeNull();
    expect(tidyEmployer("2years")).toBeNull();
    expect(tidyEmployer(null)).toBeNull();
  });
});

describe("tidyTitle", () => {
  it("drops the place the title was held in after a comma, but keeps a title's own second part", () => {
    expect(tidyTitle("Operation Executive, Delhi NCR, India")).toBe("Operation Executive");
    expect(tidyTitle("Sales Officer, Pune")).toBe("Sales Officer");
    expect(tidyTitle("Vice President, Marketing & Public Relations")).toBe(
      "Vice President, Marketing & Public Relations",
    );
  });

  it("drops the statement around a title and the work it was held on, but keeps charge, chief and departments", () => {
    expect(tidyTitle("Working as a Co-founder")).toBe("Co-founder");
    expect(tidyTitle("(Site Engineer)")).toBe("Site Engineer");
    expect(tidyTitle("Worked at KESTREL MOTORS S/R (Pune)")).toBeNull();
    expect(tidyTitle("To date Present working with M/s Kestrel Land Developer")).toBeNull();
    expect(tidyTitle("was working with Kestrel Buildcon Limited")).toBeNull();
    expect(tidyTitle("Site Engineer (Civil)")).toBe("Site Engineer (Civil)");
    expect(tidyTitle("Presently working as Site Engineer")).toBe("Site Engineer");
    expect(tidyTitle("Site Engineer on Construction of G+5 Residential Building")).toBe("Site Engineer");
    expect(tidyTitle("Construction Manager in Harbour Foundation MEP and Civil Works")).toBe(
      "Construction Manager",
    );
    for (const kept of [
      "Officer in Charge of Stores Section",
      "Editor in Chief",
      "Project Engineer in Projects Dept",
      "Engineer in Training Program Phase",
      "Manager in Sales",
      "Assistant Professor in Mechanical Engineering",
      "Lecturer in Computer Science and Engineering",
    ])
      expect(tidyTitle(kept)).toBe(kept);
  });

  it("is null for a field's label or a duration left where the title goes", () => {
    for (const label of [
      "Date",
      "Date of employ",
      "Date of employ :. (2.yes)",
      "Duration :",
      "Months",
      "5 Months",
    ])
      expect(tidyTitle(label)).toBeNull();
  });

  it("keeps real titles, also those that begin like a label", () => {
    for (const title of ["Site Engineer", "Period Planner", "Placement Officer", "Date Analyst"])
      expect(tidyTitle(title)).toBe(title);
  });

  it("drops a full stop that closes a whole word, and keeps an abbreviation's", () => {
    expect(tidyTitle("Teller.")).toBe("Teller");
    expect(tidyTitle("Customer Service Officer.")).toBe("Customer Service Officer");
    for (const title of ["Manager - Engg.", "Asst. Mgr.", "Head of Dept."])
      expect(tidyTitle(title)).toBe(title);
  });
});

describe("tidyEducation", () => {
  const row = (degree: string | null, institution: string | null, level: EducationLevel | null = null) => ({
    degree,
    level,
    field: null,
    institution,
    start: null,
    end: null,
    grade: null,
    confidence: 0.5,
  });

  it("drops an education table's label row and clears a column label left as an institution", () => {
    expect(
      tidyEducation([row(null, "Percentag Board/Uni. Remark"), row("Course/Class", "Year of Completion")]),
    ).toEqual([]);
    expect(tidyEducation([row("B.Com", "Year of Completion", "bachelor")])).toEqual([
      row("B.Com", null, "bachelor"),
    ]);
  });

  // each row's degree and level, with its institution as read and as tidied
  const expectSchools = (rows: [string, EducationLevel, string, string | null][]) =>
    expect(tidyEducation(rows.map(([degree, level, read]) => row(degree, read, level)))).toEqual(
      rows.map(([degree, level, , tidied]) => row(degree, tidied, level)),
    );

  it("clears another field's label and value, or a subject, read as the school; keeps a school's value after its label", () => {
    expectSchools([
      ["Diploma", "associate", "Organization : Harbour Railways", null],
      ["B.Tech", "bachelor", "College : Lake College of Engineering", "Lake College of Engineering"],
      ["BA", "bachelor", "Journalism: Broadcast University of Lakeland", "Broadcast University of Lakeland"],
      ["B.E", "bachelor", "Electrical", null],
      ["B.Sc", "bachelor", "Majoring in Statistics", null],
      ["B.Tech", "bachelor", "Government Engineering College", "Government Engineering College"],
    ]);
  });

  it("drops the word a row's sentence led into the school with, and a bracket opened before the name", () => {
    expectSchools([
      ["MBA", "master", "from (Orchard Technical University", "Orchard Technical University"],
      [
        "Intermediate",
        "secondary",
        "from Harbor Inter College (State board)",
        "Harbor Inter College (State board)",
      ],
      ["Diploma", "associate", "From Elmwood Polytechnic", "Elmwood Polytechnic"],
      ["B.A", "bachelor", "Fromm Institute of Arts", "Fromm Institute of Arts"],
    ]);
  });

  it("keeps real rows, also those whose institution is made of common words", () => {
    const rows = [
      row("B.Sc.", "Government College of Science", "bachelor"),
      row("SSC", "State Board", "secondary"),
    ];
    expect(tidyEducation(rows)).toEqual(rows);
  });
});

describe("tidyExperience", () => {
  const job = (title: string | null, highlights: string[]) => ({
    title,
    company: "Tarsin Rail Ltd",
    location: null,
    start: "2014-07" as const,
    end: null,
    current: true,
    months: null,
    highlights,
    confidence: 0.6,
  });

  it("takes the title its organisation holds in brackets when the entry has none or only its end", () => {
    const read = (company: string, title: string | null) =>
      tidyExperience([{ ...job(title, []), company }]).map((e) => [e.company, e.title])[0];
    expect(read("Kestrel Constructions Pvt Ltd (Site Engineer)", null)).toEqual([
      "Kestrel Constructions Pvt Ltd",
      "Site Engineer",
    ]);
    expect(read("Harlow Enterprises LLC (Project Engineer)", "Bridge & Road")).toEqual([
      "Harlow Enterprises LLC",
      "Project Engineer - Bridge & Road",
    ]);
    // brackets that hold no title, or beside a title of the entry's own, stay
    expect(read("Marlow Infra Limited (Formerly Marlow Builders)", null)).toEqual([
      "Marlow Infra Limited (Formerly Marlow Builders)",
      null,
    ]);
    expect(read("Kestrel Constructions Pvt Ltd (Site Engineer)", "Planning Engineer")).toEqual([
      "Kestrel Constructions Pvt Ltd (Site Engineer)",
      "Planning Engineer",
    ]);
  });

  it("reads a name set where the title goes as the organisation when the job's first lines say it was worked with", () => {
    const read = (title: string, highlights: string[]) =>
      tidyExperience([{ ...job(title, highlights), company: null }]).map((e) => [e.company, e.title])[0];
    expect(
      read("KESTREL .", ["Worked as a Process Expert with KESTREL for the commercial finance business"]),
    ).toEqual(["KESTREL", "Process Expert"]);
    expect(read("Orchard Analytics", ["Joined Orchard Analytics to build its reporting."])).toEqual([
      "Orchard Analytics",
      null,
    ]);
    // a title the lines below do not name as where the work was done stays the title
    expect(read("Process Expert", ["Reconciled accounts for the finance business."])).toEqual([
      null,
      "Process Expert",
    ]);
  });

  it("takes a missing title from the job's first line when it states the role after 'as'", () => {
    expect(tidyExperience([job(null, ["Metro Rail Project as Safety Supervisor"])])[0].title).toBe(
      "Safety Supervisor",
    );
    // or when it opens with the role it was worked as, and goes on
    expect(
      tidyExperience([
        job(null, ["Worked as a Senior Executive. During the tenure, I had managed following:"]),
      ])[0].title,
    ).toBe("Senior Executive");
    expect(
      tidyExperience([job(null, ["Working as Site Engineer in the tunnel works of the metro."])])[0].title,
    ).toBe("Site Engineer");
    // a duty that opens otherwise names none
    expect(
      tidyExperience([job(null, ["Worked on the accounts of the Senior Executive. Filed returns."])])[0]
        .title,
    ).toBeNull();
  });

  it("keeps a title it has, and reads no title from a duty that names no role", () => {
    expect(tidyExperience([job("Site Engineer", ["Worked as Safety Supervisor"])])[0].title).toBe(
      "Site Engineer",
    );
    expect(tidyExperience([job(null, ["Used Primavera as a Scheduling Tool"])])[0].title).toBeNull();
  });

  it("takes the title a 'Position :' line below names where what stood above the dates is no title", () => {
    const below = ["Developer www.example.in", "Position: AGM / Sr. Project Manager (Projects)"];
    const titleOf = (title: string | null, lines: string[]) => tidyExperience([job(title, lines)])[0].title;
    expect(titleOf("Present", below)).toBe("AGM / Sr. Project Manager (Projects)");
    expect(titleOf("with Contractors / Architect / Consultants", below)).toBe(
      "AGM / Sr. Project Manager (Projects)",
    );
    expect(titleOf(null, ["Designation : Site Engineer"])).toBe("Site Engineer");
    // a title that reads as one stays, and a keyed line that names no role gives none
    expect(titleOf("Site Engineer", below)).toBe("Site Engineer");
    expect(titleOf("Present", ["Position: 3rd floor, Block B"])).toBe("Present");
  });
});

describe("a title that is a wrapped sentence's piece", () => {
  const entry = (title: string | null, company: string | null = null) => ({
    title,
    company,
    start: "2011-01",
    end: "2014-01",
    current: false,
    location: null,
    months: 36,
    highlights: [],
    confidence: 0.6,
  });

  it("is left out when no organisation stands beside it; the dates stay", () => {
    const tidied = tidyExperience([
      entry("and weekend guests); ran swim camps ."),
      entry("led to a rise in the league table from: 40 to Top 5 ."),
      entry('Quarter" awards  in Austin, TX and Dayton, OH.'),
      entry("Harbor Media methods , team of 3 to 6 from Austin; the Elmwood office closed in 2013."),
      entry("operating system. Further Programming  Kestrel Industry Programmed for contractors in Ohio"),
      entry("http://www.example.org/osp/"),
    ]);
    expect(tidied.map((e) => [e.title, e.start, e.end])).toEqual(
      Array.from({ length: 6 }, () => [null, "2011-01", "2014-01"]),
    );
  });

  it("stays when it reads as a title, or beside an organisation; a stop the dates left apart goes", () => {
    const tidied = tidyExperience([
      entry("Youth Mentor ."),
      entry("Paralegal for harbour construction claims ."),
      entry("salesman cum cashier"),
      entry("office in charge of stores and dispatch", "Orchard Traders"),
    ]);
    expect(tidied.map((e) => e.title)).toEqual([
      "Youth Mentor",
      "Paralegal for harbour construction claims",
      "salesman cum cashier",
      "office in charge of stores and dispatch",
    ]);
    expect(tidyTitle("HSE OFFICER .")).toBe("HSE OFFICER");
  });
});
