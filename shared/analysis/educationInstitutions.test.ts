import { describe, expect, it } from "vitest";
import { extractCertifications } from "./credentials.ts";
import { extractEducation } from "./education.ts";
import { coursesFromCertifications } from "./educationCourses.ts";
import { institutionAfterDegree, splitAtSchoolHyphen, tidyInstitution } from "./educationInstitutions.ts";
import { joinWrappedSchoolNames } from "./educationLines.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution]);

describe("school names as rows abbreviate, glue or wrap them", () => {
  it("reads 'Inst.', 'Instt.' and 'Poly.' as a school's head word", () => {
    expect(
      read(
        "• B.E. Civil with 1st division in June 2009 From Ramgarh Instt. Of Eng. & Tech. affiliated with X University",
      ),
    ).toEqual([["bachelor", "Ramgarh Instt. Of Eng. & Tech"]]);
    expect(read("Diploma\tAppearing Govt. Poly. Sonipat\tS.B.T.E.\t2016")).toEqual([
      ["associate", "Govt. Poly. Sonipat"],
    ]);
  });

  it("drops a row's status before the school's name", () => {
    expect(tidyInstitution("Appear Govt. Poly. Sonipat")).toBe("Govt. Poly. Sonipat");
    expect(tidyInstitution("Pursuing Lakeside College")).toBe("Lakeside College");
    // a name that starts with such a word in lower case stays whole
    expect(tidyInstitution("Passed")).toBe("Passed");
  });

  it("splits a school glued to the degree by a dash after a space", () => {
    expect(splitAtSchoolHyphen("Bachelor Degree in Civil Engineering -RVK College of Technology")).toEqual([
      "Bachelor Degree in Civil Engineering",
      "RVK College of Technology",
    ]);
    // a dash inside a school's name, or before a subject, is no cut
    expect(splitAtSchoolHyphen("Diploma -Fire & Safety")).toEqual(["Diploma -Fire & Safety"]);
    expect(
      read("● Bachelor Degree in Civil Engineering -RVK College of technology, Salem,\nJun-2008 to May-2012"),
    ).toEqual([["bachelor", "RVK College of technology"]]);
  });

  it("reads what a date range leaves without its years as no school", () => {
    expect(read("● Master of Arts in History\nSept-2011 till May-2013")).toEqual([["master", null]]);
  });

  it("reads the school after a 'from' that lost its space", () => {
    expect(institutionAfterDegree("B.TECH (Civil Engg.) fromHarbans Singh Collage of Engineering")).toBe(
      "Harbans Singh Collage of Engineering",
    );
    expect(institutionAfterDegree("B.Sc fromage making")).toBe(null);
  });
});

describe("the body a course was followed at", () => {
  it("reads the school after 'at' in a course's sentence, without a school word", () => {
    expect(read("• Completed the certificate course Diploma in Office Automation (DOA) at NICT.")).toEqual([
      ["other", "NICT"],
    ]);
    expect(read("• Diploma in Office Automation at Chennai.")).toEqual([["other", null]]);
  });

  it("reads a listed course's issuer introduced by 'At' as its school, and no place or plain issuer", () => {
    const courses = (line: string) =>
      coursesFromCertifications(extractCertifications([line]), []).map((c) => [c.degree, c.institution]);
    expect(courses("Certification Program in Network Security, At Ramdas Shikshan Kendra.")).toEqual([
      ["Certification Program in Network Security", "Ramdas Shikshan Kendra"],
    ]);
    expect(courses("Certification Program in Network Security, At Pune.")).toEqual([
      ["Certification Program in Network Security", null],
    ]);
    expect(courses("Certificate course in Tally, Accounts")).toEqual([["Certificate course in Tally", null]]);
  });
});

describe("an industrial training institute named as a school", () => {
  it("reads 'Govt. I.T.I X' as the school and 'I.T.I' alone as the trade course", () => {
    expect(degreeLevelOf("Govt. I.T.I Rampur")).toBe(null);
    expect(degreeLevelOf("Government ITI Rampur")).toBe(null);
    expect(degreeLevelOf("I.T.I Electrician")).toBe("other");
    expect(read("I.T.I\nFitter\nGovt. I.T.I Rampur\nNational Council for\nTrades\n2009")).toEqual([
      ["other", "Govt. I.T.I Rampur"],
    ]);
  });

  it("joins no examining body's name to the school above it", () => {
    expect(joinWrappedSchoolNames(["Lakeview Institute", "National Council for"])).toEqual([
      "Lakeview Institute",
      "National Council for",
    ]);
    expect(joinWrappedSchoolNames(["Lakeview Institute of", "Marine Studies"])).toEqual([
      "Lakeview Institute of Marine Studies",
    ]);
  });
});

describe("institutionAfterDegree on a level named with school words", () => {
  it("reads the words after 'from' when the level's own words are all the school words", () => {
    expect(institutionAfterDegree("High school from Sharda Vidhya Mandir Pati (Almora)")).toBe(
      "Sharda Vidhya Mandir Pati",
    );
  });

  it("names no school but its board where the degree that opens with its level is all the row says", () => {
    expect(read(" ITI 10+2 – in 2006.\n ITI 10 – in 2004.")).toEqual([
      ["secondary", null],
      ["other", null],
    ]);
    expect(read("High School Diploma\n2010")).toEqual([["secondary", null]]);
    // but the examining board it names, as a school row that names only its board has it
    expect(read(" Matriculation (K.S.E Board) in the year of 2006")).toEqual([["secondary", "K.S.E Board"]]);
    // a school whose name holds a level word stays the school
    expect(read("Kestrel Polytechnic\t2001")).toEqual([["associate", "Kestrel Polytechnic"]]);
  });

  it("takes no skill's or course's words for a school, but keeps a name and a body's initials", () => {
    const school = (text: string) => extractEducation(splitLines(text), "2020-01").map((e) => e.institution);
    expect(school("Diploma in Mechanical Engineering\tMarketing Strategy\t2012")).toEqual([null]);
    expect(school("B.Sc. Computer Science\nMaintained configuration management")).toEqual([null]);
    expect(school("Diploma in Mechanical Engineering\tKestrel Harbour Solutions\t2012")).toEqual([
      "Kestrel Harbour Solutions",
    ]);
    expect(school("Certificate in Welding\tNCVT Electrician\t2012")).toEqual(["NCVT Electrician"]);
  });
});

describe("boards and misspelt head words", () => {
  it("reads the school in brackets after the board that examined it", () => {
    expect(read("XII from M.P. Board (Sunrise Inter College, Rewa) (Science Stream) in 2004.")).toEqual([
      ["secondary", "Sunrise Inter College"],
    ]);
    // a board alone stays the row's institution
    expect(read("XII from M.P. Board (Science Stream) in 2004.")).toEqual([["secondary", "M.P. Board"]]);
  });

  it("reads a school whose head word is misspelt, and a label row of misspelt column words as none", () => {
    expect(read("1\tUP BOARD(12th)\tARTS\tKanpur inter collage\tPASSED")).toEqual([
      ["secondary", "Kanpur inter collage"],
    ]);
    // its place after it, a wrapped cell read whole: the name in lower case keeps its level's word ("inter")
    expect(read("2\tUP BOARD(10th)\t-\tKanpur inter collage Lakeside district up.\tPASSED")).toEqual([
      ["secondary", "Kanpur inter collage"],
    ]);
    expect(read("DEGREE\tBORD/UNIVERCITY\tYEAR\nB.TECH\tLakeside Univercity\t2015")).toEqual([
      ["bachelor", "Lakeside Univercity"],
    ]);
  });
});

describe("a diploma from a polytechnic", () => {
  it("is the polytechnic's own diploma, however its subject is written", () => {
    expect(read("Diploma in Tool and Die making\t2012\tLakeside Polytechnic College")).toEqual([
      ["associate", "Lakeside Polytechnic College"],
    ]);
    // elsewhere such a diploma is a course
    expect(read("Diploma in Tool and Die making\t2012\tLakeside Training Centre")).toEqual([
      ["other", "Lakeside Training Centre"],
    ]);
  });
});

describe("an examining board's initials", () => {
  it("reads a board written with closing stops as the row's institution", () => {
    expect(read("High School\tP.S.E.B.\t2006\t62.0%")).toEqual([["secondary", "P.S.E.B."]]);
    expect(read("10th From C.B.S.E. in 2005.")).toEqual([["secondary", "C.B.S.E."]]);
  });
});

describe("a qualification named with a school's words", () => {
  it("reads 'High School Diploma' over its school's line as one entry with that school", () => {
    const text = [
      "High School Diploma",
      "Orchard High School, Springfield, IL",
      "2012",
      "",
      "Associate of Applied Science: Nursing",
      "Elmwood Community College – Springfield, IL",
      "2014",
    ].join("\n");
    expect(extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution, e.end])).toEqual(
      [
        ["secondary", "Orchard High School", "2012-01"],
        ["associate", "Elmwood Community College", "2014-01"],
      ],
    );
  });
});

describe("a school's name after its head word", () => {
  it("goes on in lower case where its writer keeps it in lower case, up to the sentence's own words", () => {
    expect(
      read(
        "B.E. (Civil) from Northgate college of engineering and technology, Salem in 2012\n2\tDiploma in engineering\tKestrel institute of management science & research( Pune)\t2010 to 2012\nM.Sc from Orchard university of science in 2009 with 70%",
      ).map((r) => r[1]),
    ).toEqual([
      "Northgate college of engineering and technology",
      "Kestrel institute of management science & research",
      "Orchard university of science",
    ]);
  });

  it("ends at a bracket its last word opens", () => {
    expect(read("Diploma\tKestrel Institute of Management Science & Research( Pune)\t2012")).toEqual([
      ["associate", "Kestrel Institute of Management Science & Research"],
    ]);
  });
});

describe("a polytechnic university", () => {
  it("names a university, no polytechnic diploma, so it stays the school of the degree above it", () => {
    expect(degreeLevelOf("Polytechnic University of Elmwood, Turin (Italy)")).toBeNull();
    expect(degreeLevelOf("Diploma from Government Polytechnic, Harbourpet")).toBe("associate");
    expect(
      read(
        "2010–2015\tMaster's degree in Mechanical Engineering\n\tPolytechnic University of Elmwood, Turin (Italy)\n2005–2010\tBachelor of Science in Physics\n\tThe Kestrel Polytechnic University",
      ),
    ).toEqual([
      ["master", "Polytechnic University of Elmwood"],
      ["bachelor", "The Kestrel Polytechnic University"],
    ]);
  });
});
