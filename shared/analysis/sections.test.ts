// Section detection: headings found in a CV's lines, the blocks under them, and sub-headings that stay in a block.
import { describe, expect, it } from "vitest";
import { detectSections } from "./sections.ts";

describe("detectSections", () => {
  it("opens education at a heading cell beside the first row, not at a personal detail's key and value", () => {
    const text =
      "Ravi Menon\nQualification\t:\tB.Sc. Physics\n\nEDUCATION\tDiploma in Civil Engineering\t2012 — 2015\nHarbour Polytechnic";
    const blocks = detectSections(text).map((block) => [
      block.kind,
      block.heading,
      block.lines.map((line) => line.text),
    ]);
    expect(blocks).toEqual([
      ["contact", "", ["Ravi Menon", "Qualification\t:\tB.Sc. Physics", ""]],
      ["education", "EDUCATION", ["Diploma in Civil Engineering\t2012 — 2015", "Harbour Polytechnic"]],
    ]);
  });

  it("spans each section from its heading to its last line, the header block first", () => {
    const text =
      "Ana Silva\nana@example.pt\n\nExperiência profissional\nAnalista, Banco X\n\nFormação\nLicenciatura";
    const sections = detectSections(text).map(({ kind, heading, start, end }) => ({
      kind,
      heading,
      body: text.slice(start, end),
    }));
    expect(sections).toEqual([
      { kind: "contact", heading: "", body: "Ana Silva\nana@example.pt" },
      {
        kind: "experience",
        heading: "Experiência profissional",
        body: "Experiência profissional\nAnalista, Banco X",
      },
      { kind: "education", heading: "Formação", body: "Formação\nLicenciatura" },
    ]);
  });

  it("follows numbered headings: the next number opens a section, an unnumbered line between them does not", () => {
    const text =
      "Ana Silva\nI. Education\nDoctorate: Materials, Universidad X, 1991\nII. Major research projects\nCarbide nanoparticles, UANL - MARION\nTECHNOLOGIES\nIII. Awards\nBest thesis\nIV. International divulgation\n1. A paper";
    expect(detectSections(text).map(({ kind, heading }) => `${kind}:${heading}`)).toEqual([
      "contact:",
      "education:I. Education",
      "projects:II. Major research projects",
      "awards:III. Awards",
      "other:IV. International divulgation",
    ]);
  });

  it("keeps jobs listed after a sub-heading inside a job's description in the work history", () => {
    const text = [
      "Experience",
      "Company Name February 2012 to Current Site Superintendent",
      "projects:",
      "Clinic fit-out: $500,000",
      "Company Name February 2010 to February 2012 Permit Runner",
      "Education",
      "Associate degree in drafting",
    ].join("\n");
    expect(detectSections(text).map((block) => [block.kind, block.lines.length])).toEqual([
      ["experience", 4],
      ["education", 1],
    ]);
    // a projects section of its own stays one
    const own = "Experience\nAcme Ltd 2012 - 2014 Engineer\nProjects:\nClinic fit-out 2013";
    expect(detectSections(own).map((block) => block.kind)).toEqual(["experience", "projects"]);
  });

  it("reads a heading set in a left column beside the section's first lines, not a table's cells", () => {
    const text = [
      "Jane Roe",
      "",
      "SUMMARY\tFour years in machining",
      "",
      "WORK\tTorvik Group\tMay 2018 - Present",
      "EXPERIENCE\tProduction Engineer",
      "Ran inspections",
      "",
      "COURSE\tINSTITUTION\tYEAR",
      "SCHOOL\tCBSE\t2011",
      "CERTIFICATE\tNAGAR",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "contact:",
      "summary:SUMMARY",
      "experience:WORK EXPERIENCE",
      "education:",
    ]);
    expect(blocks[2].lines.map((l) => l.text)).toContain("Torvik Group\tMay 2018 - Present");
    // the marks table opens education; its rows stay rows
    expect(blocks[3].lines.map((l) => l.text)).toContain("CERTIFICATE\tNAGAR");
    // each line keeps its place in the text
    for (const line of blocks[2].lines)
      expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
  });

  it("reads capitalised headings in a left column, after a table and wrapped over two cells, but no key", () => {
    const text = [
      "Course\tCollege / School\tYear",
      "B.Com\tHarbourline College\t2014",
      "Career History\tKestrel Marine Ltd \u2014 Pune",
      "Site Engineer (May 2019 - Present)",
      "Professional\tStore Keeper | Harbour Motors | 10/2015 \u2013 To",
      "Experience :\tDate",
      "Languages Known\t:\tEnglish, Hindi",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "education:",
      "experience:Career History",
      "experience:Experience :",
    ]);
    expect(blocks[1].lines.map((l) => l.text)).toEqual([
      "Kestrel Marine Ltd \u2014 Pune",
      "Site Engineer (May 2019 - Present)",
      "Professional",
    ]);
    expect(blocks[2].lines.map((l) => l.text)).toEqual([
      "Store Keeper | Harbour Motors | 10/2015 \u2013 To",
      "Date",
      // a key before its colon stays a key and its value
      "Languages Known\t:\tEnglish, Hindi",
    ]);
  });

  it("keeps the jobs after a job's own 'Highlights' in the work history, and reads a summary's 'Highlights' as skills", () => {
    const history = [
      "Experience",
      "Site Engineer, Kestrel Pumps Ltd (Jan 2015 - Mar 2018)",
      "Highlights",
      "Commissioned 40 pumps on time.",
      "Junior Engineer, Harbourline Infratech (Jun 2012 - Dec 2014)",
      "Laid 12 km of pipe.",
    ].join("\n");
    expect(detectSections(history).map((block) => block.kind)).toEqual(["experience"]);
    // also where the job after it is set another way
    const other = [
      "Experience",
      "Kestrel Pumps Ltd, Pune (2015 - 2018)",
      "Highlights",
      "Commissioned 40 pumps on time.",
      "Harbourline Infratech",
      "Junior Engineer",
      "June 2012 to December 2014",
    ].join("\n");
    expect(detectSections(other).map((block) => block.kind)).toEqual(["experience"]);
    const summary = [
      "Summary",
      "Engineer of pumps.",
      "Highlights",
      "AutoCAD, Pump maintenance",
      "Experience",
    ];
    expect(detectSections(summary.join("\n")).map((block) => block.kind)).toEqual([
      "summary",
      "skills",
      "experience",
    ]);
  });

  it("reads a heading in capitals in a left column after a line of one cell", () => {
    const text = [
      "EDUCATION",
      "",
      "Course\tCollege / School\tBoard / University\tYear Marks",
      "SSC\tKestrel Niketan High School\tState Board\t2011",
      "CGPA",
      "EXPERIENCE\tJul 2020 - To Date",
      "SUMMARY\tOceanic Shipping Agencies",
      "Mechanical Engineer",
    ].join("\n");
    const blocks = detectSections(text);
    const history = blocks.find((b) => b.kind === "experience");
    // the dates beside the heading open the history, and the table's rows stay in education
    expect(history?.lines[0]?.text).toBe("Jul 2020 - To Date");
    expect(blocks[0].lines.map((l) => l.text)).toContain(
      "SSC\tKestrel Niketan High School\tState Board\t2011",
    );
  });

  it("reads a work heading in capitals beside a line right after a table's row, over a word of its kind", () => {
    const text = [
      "EDUCATION",
      "",
      "Course\tCollege / School\tBoard / University\tYear\tMarks",
      "SSC\tKestrel Niketan High School\tState Board\t2011\t6.5 CGPA",
      "EXPERIENCE\tJul 2020 - To Date",
      "SUMMARY\tOceanic Shipping Agencies",
      "Mechanical Engineer",
      "",
      "ACADEMIC\t\u2022 B.Com \u2013 Harbourline College \u2013 2014",
      "PROFILE\t\u2013 72%",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "education:EDUCATION",
      "experience:EXPERIENCE",
      "education:ACADEMIC",
    ]);
    // "SUMMARY" completes the heading beside it: no summary section, and no word of the history
    expect(blocks[1].lines.map((l) => l.text).filter((l) => l.trim())).toEqual([
      "Jul 2020 - To Date",
      "Oceanic Shipping Agencies",
      "Mechanical Engineer",
    ]);
    expect(blocks[2].lines.map((l) => l.text)).toContain("\u2013 72%");
  });

  it("reads a history heading beside a job right after a marks table, and no heading in a name's wrapped end", () => {
    const text = [
      "EDUCATION",
      "Examination\tBoard\tSchool / College\tYear\t%",
      "B.E.\tKestrel University\tGovernment College of Engineering\t2016\t70",
      "Career History\tOct 2019 - Present\tProject Engineer, Greenfield Agro Industries Ltd",
      "Sep 2016 - Mar 2019\tMechanical Engineer, BLUEWAVE",
      "TECHNOLOGIES",
      "",
      "\u2022 Prepared daily progress reports.",
      "SKILLS",
      "AutoCAD",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "education:EDUCATION",
      "experience:Career History",
      "skills:SKILLS",
    ]);
    expect(blocks[1].lines.map((l) => l.text)).toContain("TECHNOLOGIES");
  });

  it("reads no heading in a lower-case heading word that ends a phrase wrapped one word a line", () => {
    const text = [
      "Professional Experience",
      "Operations Manager",
      "July 2013 to January 2016 Northwind Foods, Dayton, OH",
      "Inventory",
      "control",
      "Team",
      "Management",
      "skills",
      "",
      "Ran the plant's maintenance crews with a",
      "sound",
      "education,",
      "fine tuned",
      "skills and the",
      "drive to finish.",
      "Site Supervisor",
      "September 2009 to July 2013 Harrow Metals, Dayton, OH",
      "",
      "skills",
      "Lean manufacturing",
      "EDUCATION",
      "B.S. Mechanical Engineering, 2008",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "experience:Professional Experience",
      "skills:skills",
      "education:EDUCATION",
    ]);
    expect(blocks[0].lines.map((l) => l.text)).toContain(
      "September 2009 to July 2013 Harrow Metals, Dayton, OH",
    );
  });

  it("goes on with the work history under a sub-heading whose block repeats the history's own job lines", () => {
    const text = [
      "Work Experience",
      "Halvard Bank (Feb 2015 to Nov 2015)",
      "Ran the reconciliations.",
      "Key Achievements",
      "Cut the month-end close by two days.",
      "Orlen Services (May-2006- to Sep 2008).",
      "Reviewed the cash reconciliations.",
      "Awards",
      "Best team player (2012 to 2013), a prize of the year",
      "Interests",
      "Chess club\t2010 – 2014",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "experience:Work Experience",
      "awards:Awards",
      "interests:Interests",
    ]);
    expect(blocks[0].lines.map((l) => l.text)).toContain("Orlen Services (May-2006- to Sep 2008).");
  });

  it("ends the work history at a memberships heading, though its dated rows have the shape of the history's jobs", () => {
    const text = [
      "Work Experience",
      "Sales Associate\tJan 2010 to Dec 2012",
      "Harbor Foods, Austin, TX",
      "Societies and Organizations",
      "Kestrel Society, Student Chapter\tFall 2013 to Present",
      "Northgate Honor Society, Epsilon Chapter\tFall 2014 to Present",
      "Professional Affiliations",
      "Orchard Engineers Association\tJan 2015 to Present",
    ].join("\n");
    const blocks = detectSections(text);
    expect(blocks.map((b) => `${b.kind}:${b.heading}`)).toEqual([
      "experience:Work Experience",
      "other:Societies and Organizations",
      "other:Professional Affiliations",
    ]);
    expect(blocks[0].lines.map((l) => l.text)).not.toContain(
      "Kestrel Society, Student Chapter\tFall 2013 to Present",
    );
  });

  it("opens a section at a heading whose first line follows its colon, when the line fits the heading", () => {
    const text = [
      "Ravi Menon",
      "Additional Qualification :- NSDL; AMFI",
      "",
      "Additional Qualification :- NSDL; AMFI",
      "Since May 2011 with Harbour Bank as Officer",
      "",
      "Work Experience: Currently working in Acme Motors LLC as a mechanic from June 2013.",
      "Worked in Globex Motors as a technician from May 2009 to June 2010.",
      "",
      "Technical Qualification: Diploma in Mechanical Engineering from Harbour Polytechnic",
    ].join("\n");
    const blocks = detectSections(text).map((block) => [
      block.kind,
      block.heading,
      block.lines.filter((line) => line.text !== "").map((line) => line.text),
    ]);
    expect(blocks).toEqual([
      [
        "contact",
        "",
        [
          "Ravi Menon",
          "Additional Qualification :- NSDL; AMFI",
          "Additional Qualification :- NSDL; AMFI",
          "Since May 2011 with Harbour Bank as Officer",
        ],
      ],
      [
        "experience",
        "Work Experience",
        [
          "Currently working in Acme Motors LLC as a mechanic from June 2013.",
          "Worked in Globex Motors as a technician from May 2009 to June 2010.",
        ],
      ],
      [
        "education",
        "Technical Qualification",
        ["Diploma in Mechanical Engineering from Harbour Polytechnic"],
      ],
    ]);
    expect(text.slice(detectSections(text)[1].start, detectSections(text)[1].end)).toMatch(
      /^Work Experience: Curr/,
    );
  });
});
