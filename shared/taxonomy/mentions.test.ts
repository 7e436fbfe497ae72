// Skill mentions in text: word boundaries, special characters, multi-word names and offsets.
import { describe, expect, it } from "vitest";
import { findSkillMentions } from "./index.ts";

const names = (text: string) => findSkillMentions(text).map((m) => m.name);
const surfaces = (text: string) => findSkillMentions(text).map((m) => `${m.surface}=${m.name}`);

describe("findSkillMentions: special characters and boundaries", () => {
  it.each([
    ["C++ and C# developer", ["C++=C++", "C#=C#"]],
    ["F# on .NET 8", ["F#=F#", ".NET 8=.NET"]],
    ["ASP.NET Core services", ["ASP.NET Core=ASP.NET"]],
    ["Node.js, NodeJS and node js", ["Node.js=Node.js", "NodeJS=Node.js", "node js=Node.js"]],
    ["Built CI/CD pipelines", ["CI/CD=CI/CD"]],
    ["React.js and ReactJS", ["React.js=React", "ReactJS=React"]],
    ["migrated to Vue 3 from AngularJS", ["Vue 3=Vue.js", "AngularJS=AngularJS"]],
    ["ran A/B testing on checkout", ["A/B testing=A/B testing"]],
    // an initialism is told apart by its joining symbol: A&P (airframe and powerplant) is not A/P
    [
      "A/P, A / R and M&A",
      ["A/P=Accounts payable", "A / R=Accounts receivable", "M&A=Mergers and acquisitions"],
    ],
    ["FAA Airframe and Powerplant (A&P) license; R/D", []],
    ["CI-CD and CICD", ["CI-CD=CI/CD", "CICD=CI/CD"]],
    ["scikit-learn, pandas, NumPy", ["scikit-learn=scikit-learn", "pandas=Pandas", "NumPy=NumPy"]],
    ["Javascript (ES6) and TypeScript", ["Javascript=JavaScript", "ES6=JavaScript", "TypeScript=TypeScript"]],
    ["JavaScripting is not a word", []],
    [
      "Power Point, Auto-CAD and Solid Works",
      ["Power Point=Microsoft PowerPoint", "Auto-CAD=AutoCAD", "Solid Works=SolidWorks"],
    ],
    ["a career in design and power point wiring", []],
    [
      "MS Word, Excel & Power point; Auto cad",
      [
        "MS Word=Microsoft Word",
        "Excel=Microsoft Excel",
        "Power point=Microsoft PowerPoint",
        "Auto cad=AutoCAD",
      ],
    ],
    ["Reactive forms", []],
    ["H.S.C in 2001; signed W. A. Smith; H&S rules", ["H&S=Health and safety"]],
    ["ISO/TS16949 and TS 16949 audits, R-Style furniture; SQL 2012", ["SQL=SQL"]],
    [
      "M.S office, Ms. Word, M.S. in Physics, Mat lab",
      ["M.S office=Microsoft Office", "Ms. Word=Microsoft Word", "Physics=Physics", "Mat lab=MATLAB"],
    ],
    ["CV of Jane Doe, PG Diploma, AP Chemistry, AR glasses, DM me", ["Chemistry=Chemistry"]],
    ["Boston, MA; ES (Spanish); XS to XL; Alabama (AL)", []],
    ["Pythonic code", []],
    ["k8s and K8s", ["k8s=Kubernetes", "K8s=Kubernetes"]],
    ["Python3, Java17 and Angular15", ["Python3=Python", "Java17=Java", "Angular15=Angular"]],
    ["HTML5/CSS3, ES2020", ["HTML5=HTML", "CSS3=CSS", "ES2020=JavaScript"]],
    ["T-SQL & PL/SQL; MS-SQL", ["T-SQL=T-SQL", "PL/SQL=PL/SQL", "MS-SQL=Microsoft SQL Server"]],
    ["VB .NET and VB.NET", ["VB .NET=VB.NET", "VB.NET=VB.NET"]],
    ["Boston, MA 02110 and M&A deals", ["M&A=Mergers and acquisitions"]],
    ["Objective-C++ and Objective-C", ["Objective-C++=Objective-C++", "Objective-C=Objective-C"]],
    // product names that are no English word match as written; "Basic" and "spice" stay words
    [
      "Auto CAD, Ansys V5, Catia and Scada; basic spice",
      ["Auto CAD=AutoCAD", "Ansys=Finite element analysis", "Catia=CATIA", "Scada=SCADA"],
    ],
  ])("%s", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe("findSkillMentions: a one-word name written with a hyphen", () => {
  it("reads the two parts as the name", () => {
    expect(surfaces("Conducted on-boarding and up-selling drives")).toEqual([
      "on-boarding=Onboarding",
      "up-selling=Upselling",
    ]);
  });

  it("joins only parts a bare hyphen joins", () => {
    expect(names("on - boarding, up selling")).not.toContain("Onboarding");
  });
});

describe("findSkillMentions: longest match wins", () => {
  it.each([
    ["Machine learning engineer", ["Machine learning"]],
    ["Spring Boot microservices", ["Spring Boot", "Microservices"]],
    ["React Native apps", ["React Native"]],
    ["Microsoft SQL Server 2019", ["Microsoft SQL Server"]],
    ["deep learning and machine learning", ["Deep learning", "Machine learning"]],
    ["Ruby on Rails", ["Ruby on Rails"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("does not join words across a comma or a line break", () => {
    expect(names("Tuned the machine,\nlearning by doing")).toEqual([]);
  });
});

describe("findSkillMentions: offsets", () => {
  it("gives offsets into the original text", () => {
    const text = "Skills: Python, PostgreSQL\nTools: Docker";
    for (const m of findSkillMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(findSkillMentions(text)).toEqual([
      { name: "Python", category: "programming_language", surface: "Python", start: 8, end: 14 },
      { name: "PostgreSQL", category: "database", surface: "PostgreSQL", start: 16, end: 26 },
      { name: "Docker", category: "devops", surface: "Docker", start: 34, end: 40 },
    ]);
  });

  it("finds nothing in an empty text", () => {
    expect(findSkillMentions("")).toEqual([]);
  });
});
