import { describe, expect, it } from "vitest";
import { findName, looksLikeName } from "./names.ts";

const none = { emails: [], phones: [] };
const nameOf = (
  lines: string[],
  own: { emails: string[]; phones: string[] } = none,
  header = lines.filter((line) => line.trim() !== ""),
) => findName({ headerLines: header, allLines: lines, links: [] }, own)?.value ?? null;

describe("looksLikeName", () => {
  it.each([
    ["P.S", false],
    ["A N A A", false],
    ["With Regards", false],
    ["Workshop Minor Project", false],
    ["Client Interface Â", false],
    ["Zen Motors.", false],
    ["Dear Sir", false],
    ["Id No", false],
    ["Professional Affiliations", false],
    ["MD ABDUL LAISH ALAM", true],
    ["Jane Q. Roe", true],
    ["K.A.MURALI DHARAN RAO. B.E", true],
    ["Priya Nair, MBA", true],
    ["A. B. C. D.", false],
  ])("%s", (line, expected) => {
    expect(looksLikeName(line)).toBe(expected);
  });
});

describe("findName", () => {
  it("joins a name broken over two lines near the top, a word each in the same case", () => {
    expect(nameOf(["RAVI", "KUMARASWAMY", "Site Engineer", "ravi.k@example.com"])).toBe("RAVI KUMARASWAMY");
    expect(nameOf(["Curriculum Vitae", "ANITA", "DESHPANDE", "Email: anita.d@example.com"])).toBe(
      "ANITA DESHPANDE",
    );
    // two words in different cases, or a heading, are no name
    expect(nameOf(["RESUME", "Objective", "To work in a firm where I can grow."])).toBeNull();
  });

  it("reads the name after a misspelt document title anywhere near the top", () => {
    const lines = ["EMAIL-ID:", "jroe@example.com", "", "CURRICULAM VIATE –JOHNROE.V", "", "SUMMARY"];
    expect(nameOf(lines, none, [])).toBe("Johnroe.V");
  });

  it("takes the name standing beside the candidate's own contacts when the header has none", () => {
    const lines = [
      "EDUCATION",
      "B.E. 2017",
      "",
      "PROJECTS",
      "Bridge design",
      "",
      "MD JOHN ROE",
      "",
      "jroe5@example.com",
      "98765 43210",
    ];
    expect(nameOf(lines, { emails: ["jroe5@example.com"], phones: ["98765 43210"] }, [])).toBe("Md John Roe");
  });

  it("reads the name that runs on into its e-mail address with a single space", () => {
    const lines = [
      "Ravi Kasthuri ravi.k@example.com Mobile & Whatsapp + 91 98765 43210",
      "",
      "PROJECT ENGINEER",
    ];
    expect(nameOf(lines, { emails: ["ravi.k@example.com"], phones: [] })).toBe("Ravi Kasthuri");
  });

  it("joins a name cell wrapped over two lines beside the contacts", () => {
    const lines = [
      "Amina Yusuf                 mobile: 968-95000000",
      "Hamid Ali                   email: amina@example.com",
    ];
    expect(nameOf(lines)).toBe("Amina Yusuf Hamid Ali");
  });

  it("joins a surname wrapped onto a line of its own, unless the name ends in an initial", () => {
    expect(nameOf(["RAVI SHANKAR", "VERMA", "Contact Information:", "Mobile: 98765 43210"])).toBe(
      "Ravi Shankar Verma",
    );
    expect(nameOf(["MEERA .K", "THEKKEVEEDU", "Kottayam P.O.", "PIN: 686001"])).toBe("Meera .K");
    expect(nameOf(["JOHN MATHEW", "RESUME", "Mobile: 98765 43210"])).toBe("John Mathew");
  });

  it("joins a surname a narrow cell wrapped under a labelled name", () => {
    expect(nameOf(["Name:\tJ.KESTREL", "HARBOR", "Seeking Position of:\tPROJECT MANAGER"])).toBe(
      "J.Kestrel Harbor",
    );
    expect(nameOf(["Name: Ravi Kestrelson", "Mobile: 98765 43210"])).toBe("Ravi Kestrelson");
  });

  it("prefers a name broken a word a line above the first line that reads as a name", () => {
    expect(
      nameOf([
        "CURRICULUM",
        "VITAE",
        "RAVI",
        "NORTHGATE",
        "VILL- ORCHARD KHURD",
        "Elmwood Pradesh",
        "PIN: 273001",
      ]),
    ).toBe("Ravi Northgate");
  });

  it("reads a name written with its initials run in and a degree after it", () => {
    expect(nameOf(["CURRICULUM VITAE", "K.A.MURALI DHARAN RAO. B.E", "Mobile: +974 5555 1234"])).toBe(
      "K.A.Murali Dharan Rao",
    );
  });

  it("reads 'Name of Applicant :' as the name's label, and leaves out a post in brackets after the name", () => {
    expect(nameOf(["Name of Applicant: Ravi Kestrelson", "ravi@example.com"])).toBe("Ravi Kestrelson");
    expect(nameOf(["Ravi Kestrelson (Civil Engineer)", "ravi@example.com"])).toBe("Ravi Kestrelson");
  });

  it("reads a name label set apart by a tab, spaces or a dash, as a table's key cell is", () => {
    for (const line of ["Name\tRavi Kumar", "NAME      RAVI KUMAR", "Name - Ravi Kumar", "Name. Ravi Kumar"])
      expect(nameOf(["RESUME", line, "Phone : 98765 43210"])).toBe("Ravi Kumar");
  });

  it("leaves a courtesy title out of the name and reads the name after a document title and a space", () => {
    expect(nameOf(["Mr. Ravi Kumar", "ravi@example.com"])).toBe("Ravi Kumar");
    expect(nameOf(["Er.Anil Rao", "anil@example.com"])).toBe("Anil Rao");
    expect(nameOf(["Smt Leela Devi", "leela@example.com"])).toBe("Leela Devi");
    expect(nameOf(["Dr. Jane Roe", "jane@example.com"])).toBe("Dr. Jane Roe");
    expect(nameOf(["MR. RAVI KUMAR", "ravi@example.com"])).toBe("Ravi Kumar");
    expect(nameOf(["MS Ramesh", "ramesh@example.com"])).toBe("MS Ramesh");
    expect(nameOf(["RESUME RAVI KUMAR", "", "ravi@example.com"])).toBe("Ravi Kumar");
  });

  it("prefers the spelling the e-mail confirms over a misspelt first line", () => {
    const lines = ["Ravi Kuamr", "", "KUMAR RAVI", "Email: ravi.kumar@example.com"];
    expect(nameOf(lines, { emails: ["ravi.kumar@example.com"], phones: [] })).toBe("Kumar Ravi");
  });

  it("reads job-title words as a heading unless the e-mail spells part of them", () => {
    expect(nameOf(["Adjunct Faculty", "Summary", "Taught courses"])).toBeNull();
    expect(nameOf(["Concrete Construction", "Highlights"])).toBeNull();
    expect(
      nameOf(["Ray Turner", "rturner@example.com"], { emails: ["rturner@example.com"], phones: [] }),
    ).toBe("Ray Turner");
  });

  it("puts back together a name set in small capitals", () => {
    expect(nameOf(["A VIJIT G HOSH", "Kolkata"])).toBe("Avijit Ghosh");
    expect(nameOf(["M VEERESH", "Bengaluru"])).toBe("M Veeresh");
  });

  it("does not take a list continuing the line before as a name", () => {
    const lines = ["Tools: Photoshop, Illustrator, Keyshot,", "Wacom Drawing Tablet, Scanners, Cameras."];
    expect(nameOf(lines)).toBeNull();
  });

  it("signs with the name under the closing, not the closing itself", () => {
    const lines = [
      "Summary",
      "Engineer",
      "",
      "DECLARATION",
      "I assure that the above is true.",
      "With Regards,",
      "",
      "(Johnroe.V)",
    ];
    expect(nameOf(lines, none, [])).toBe("Johnroe.V");
  });

  it("reads the name before a title or a degree written on its line with no mark between", () => {
    expect(nameOf(["Priya Northgate Civil Engineer", "priya.n@example.com"])).toBe("Priya Northgate");
    expect(nameOf(["PRIYA NORTHGATE B.E. (CIVIL)", "priya.n@example.com"])).toBe("Priya Northgate");
    // the title keeps its own words, and a name of three words stays whole
    expect(nameOf(["John Baker Site Engineer"])).toBe("John Baker");
    expect(nameOf(["Ravi Kumar Northgate Site Engineer"])).toBe("Ravi Kumar Northgate");
    // a title before the name is no such line
    expect(nameOf(["Software Engineer Arun Kestrel"])).toBeNull();
    // such a line comes before a name-like line under it
    expect(nameOf(["Priya Northgate Civil Engineer", "Harbor Kestrel"])).toBe("Priya Northgate");
  });

  it("reads a name after 'Name' with a space alone, and after 'CV of' or 'CV –'", () => {
    expect(nameOf(["Name Priya Northgate", "Mobile: +91 98450 12345"])).toBe("Priya Northgate");
    expect(nameOf(["CV of Arun Kestrel"])).toBe("Arun Kestrel");
    expect(nameOf(["C.V. – ARUN KESTREL"])).toBe("Arun Kestrel");
    // "CV" then a name may be the name's own initials: not cut off as a title
    expect(nameOf(["CV Ramesh Kumar Rao", "Site Engineer"])).not.toBe("Ramesh Kumar Rao");
  });

  it("reads a name before a document title that closes its line", () => {
    expect(nameOf(["Priya Northgate Resume", "priya@example.com"])).toBe("Priya Northgate");
    expect(nameOf(["ARUN KESTREL'S CV", "Site Engineer"])).toBe("Arun Kestrel");
    expect(nameOf(["Updated Resume", "Priya Northgate", "priya@example.com"])).toBe("Priya Northgate");
    // a title whose letters a renderer spaced apart is no name before a title
    expect(nameOf(["C URRICULUM VITAE", "• Priya Northgate", "• Mobile no: 98450 12345"])).toBe(
      "Priya Northgate",
    );
  });

  it("does not count a degree written after the name as part of it", () => {
    expect(looksLikeName("Arun Kestrel MBA Finance")).toBe(false);
    expect(nameOf(["Arun Kestrel MBA Finance"])).toBe("Arun Kestrel");
    // two letters without stops may be a name ("Ma")
    expect(looksLikeName("Ma Long Kestrel")).toBe(true);
  });

  it("reads a name in any case after a marked 'Name' label, and past an emoji set as its icon", () => {
    expect(nameOf(["RESUME", "Name : ravi kestrel", "Mobile: +91 98450 12345"])).toBe("Ravi Kestrel");
    expect(nameOf(["Name.: Ravi Kestrel"])).toBe("Ravi Kestrel");
    expect(nameOf(["👤 Ravi Kestrel", "ravi@example.com"])).toBe("Ravi Kestrel");
    // a job title after the label is still no name
    expect(nameOf(["Name : software engineer"])).toBeNull();
  });
});
