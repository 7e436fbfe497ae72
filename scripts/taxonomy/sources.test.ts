// Turning open-data labels into CV-style names: O*NET catalogue names, ESCO labels, acronyms and CSV.
import { describe, expect, it } from "vitest";
import { parseCsv, parseTsv } from "./csv.ts";
import { cleanEscoLabel } from "./esco.ts";
import { cleanOnetName } from "./onet.ts";
import { isAcronymOf, isPlainWord, sentenceCase } from "./source-skill.ts";

describe("cleanOnetName", () => {
  it.each([
    ["Structured query language SQL", "SQL", ["Structured query language"]],
    ["Autodesk AutoCAD", "AutoCAD", ["Autodesk AutoCAD"]],
    ["Microsoft Visio", "Microsoft Visio", ["Visio"]],
    ["Oracle Java", "Oracle Java", ["Java"]],
    ["Amazon Web Services AWS CloudFormation", "AWS CloudFormation", []],
    ["Adobe Experience Manager (AEM)", "Adobe Experience Manager", ["AEM", "Experience Manager"]],
    ["Common business oriented language COBOL", "COBOL", ["Common business oriented language"]],
    ["Voice over internet protocol VoIP", "VoIP", ["Voice over internet protocol"]],
    ["Sage 50 Accounting", "Sage 50 Accounting", []],
    ["MEDITECH software", "MEDITECH", []],
    ["Fund accounting software", "Fund accounting", []],
    ["Amazon Web Services AWS software", "AWS", ["Amazon Web Services"]],
    ["Amazon Simple Storage Service S3", "S3", ["Amazon Simple Storage Service"]],
    ["Extensible markup language XML", "XML", ["Extensible markup language"]],
    ["Alteryx software", "Alteryx", []],
    ["Eclipse IDE", "Eclipse IDE", []],
  ])("%s → %s", (example, name, aliases) => {
    expect(cleanOnetName(example)).toMatchObject({ name, aliases });
  });

  it.each(["Email software", "LinkedIn", "Facebook", "Internet browser software", "Spreadsheet software"])(
    "%s is not a skill",
    (example) => {
      expect(cleanOnetName(example)).toBeUndefined();
    },
  );
});

describe("cleanEscoLabel", () => {
  it.each([
    ["Python (computer programming)", "Python"],
    ["incremental development", "Incremental development"],
    ["iOS", "iOS"],
    ["PostgreSQL", "PostgreSQL"],
  ])("%s → %s", (label, expected) => {
    expect(cleanEscoLabel(label)).toBe(expected);
  });
});

describe("label helpers", () => {
  it.each([
    ["PLC", "programmable logic controller", true],
    ["HCI", "human-computer interaction", true],
    ["SQL", "Structured query language", true],
    ["XML", "Structured query language", false],
    ["S", "Simple", false],
    ["S3", "Amazon Simple Storage Service", true],
    ["XML", "Extensible markup language", true],
  ])("%s is an acronym of %s: %s", (short, phrase, expected) => {
    expect(isAcronymOf(short, phrase)).toBe(expected);
  });

  it.each([
    ["Canvas", true],
    ["robotics", true],
    ["QuickBooks", false],
    ["Node.js", false],
    ["Apache Hive", false],
  ])("%s is a plain word: %s", (form, expected) => {
    expect(isPlainWord(form)).toBe(expected);
  });

  it("sentence-cases lowercase labels only", () => {
    expect([sentenceCase("data mining"), sentenceCase("jQuery"), sentenceCase("eClinicalWorks EHR")]).toEqual(
      ["Data mining", "jQuery", "eClinicalWorks EHR"],
    );
  });
});

describe("parseCsv and parseTsv", () => {
  it("reads quoted fields with commas, quotes and newlines", () => {
    const csv = 'a,b,c\n1,"x, y","say ""hi""\nthere"\r\n2,,z\n';
    expect(parseCsv(csv)).toEqual([
      { a: "1", b: "x, y", c: 'say "hi"\nthere' },
      { a: "2", b: "", c: "z" },
    ]);
  });

  it("reads tab-separated rows", () => {
    expect(parseTsv("Example\tCount\nReact\t16\n")).toEqual([{ Example: "React", Count: "16" }]);
  });
});
