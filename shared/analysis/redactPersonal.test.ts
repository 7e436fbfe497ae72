import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";
import { redactAnalysis } from "./redact.ts";
import { personalSpans } from "./redactPersonal.ts";

// as redactAnalysis applies them: where two spans overlap, the earlier and longer one wins
const redacted = (text: string) => {
  const kept: { start: number; end: number; placeholder: string }[] = [];
  for (const span of personalSpans(text).sort((a, b) => a.start - b.start || b.end - a.end))
    if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  let out = text;
  for (const span of kept.reverse()) out = out.slice(0, span.start) + span.placeholder + out.slice(span.end);
  return out;
};

describe("personal details", () => {
  it("replaces labelled values in a details table, padded with spaces or tabs, and keeps the labels", () => {
    const table = [
      "Father’s Name          :   Ravi Kumar Sharma",
      "Date of Birth\t\t:\t12-03-1991",
      "D.O.B. :- 4th May 1989",
      "Marital Status    -    Married",
      "Religion\tHindu",
      "Sex : Male",
      "Nationality: Indian",
      "Passport No. : K1234567",
      "PAN Card No: ABCDE1234F",
    ].join("\n");
    expect(redacted(table).split("\n")).toEqual([
      "Father’s Name          :   [NAME]",
      "Date of Birth\t\t:\t[BIRTH DATE]",
      "D.O.B. :- [BIRTH DATE]",
      "Marital Status    -    [PERSONAL]",
      "Religion\t[PERSONAL]",
      "Sex : [PERSONAL]",
      "Nationality: [PERSONAL]",
      "Passport No. : [ID NUMBER]",
      "PAN Card No: [ID NUMBER]",
    ]);
  });

  it("stops a value at the next column of the same line", () => {
    expect(redacted("Date of Birth: 01/02/1990     Gender: Female")).toBe(
      "Date of Birth: [BIRTH DATE]     Gender: [PERSONAL]",
    );
  });

  it("reads a label alone on its line with the value on the next, unless that line is another label", () => {
    expect(redacted("Mother's Name\nSunita Devi\nGender\nMarital Status\nSingle")).toBe(
      "Mother's Name\n[NAME]\nGender\nMarital Status\n[PERSONAL]",
    );
  });

  it("needs a digit where the value is a date or a number, so everyday words stay", () => {
    expect(redacted("Born in Jaipur\nPassport: valid\nTeaching children age 5 to 7")).toBe(
      "Born in Jaipur\nPassport: valid\nTeaching children age 5 to 7",
    );
    expect(redacted("Age: 31")).toBe("Age: [AGE]");
  });

  it("takes the name after S/O, D/O and W/O", () => {
    expect(redacted("Anil Verma S/O Mahesh Verma")).toBe("Anil Verma S/O [NAME]");
  });

  it("replaces postcodes by label or by shape, and only the code", () => {
    expect(redacted("Pin Code: 560 001 Karnataka")).toBe("Pin Code: [POSTCODE] Karnataka");
    expect(redacted("MG Road, Pune - 411001")).toBe("MG Road, Pune - [POSTCODE]");
    expect(redacted("Austin, TX 78701")).toBe("Austin, TX [POSTCODE]");
    expect(redacted("Flat 2, London SW1A 1AA")).toBe("Flat 2, London [POSTCODE]");
  });
});

describe("redactAnalysis with personal details", () => {
  const cv = [
    "Priya Nair",
    "priya.nair@example.com | +91 98450 12345",
    "",
    "Experience",
    "Accountant, Lotus Traders Pvt Ltd, Kochi\t2016 – 2021",
    "",
    "Personal Details",
    "Date of Birth : 14-08-1990",
    "Father's Name : Gopal Nair",
    "Marital Status : Married",
    "",
    "References",
    "Mr. Suresh Menon, Finance Manager, Lotus Traders",
    "suresh.menon@example.com, +91 98470 55555",
    "",
  ].join("\n");
  const result = analyzeText(cv, { asOf: "2026-11" });
  const out = redactAnalysis(result);

  it("removes the personal details and the referees from the text, and nothing of the work history", () => {
    expect(out.text).toContain("Date of Birth : [BIRTH DATE]");
    expect(out.text).toContain("Father's Name : [NAME]");
    expect(out.text).toContain("Marital Status : [PERSONAL]");
    expect(out.text).toContain("[REFEREES]");
    expect(out.text).not.toMatch(/14-08-1990|Gopal|Suresh|Menon|98470|Married/);
    expect(out.text).toContain("Accountant, Lotus Traders Pvt Ltd, Kochi");
    expect(out.analysis.experience[0]?.company).toBe(result.analysis.experience[0]?.company);
  });

  it("keeps the sections' offsets on the redacted text", () => {
    const references = out.analysis.sections.find((s) => s.kind === "references");
    expect(references).toBeDefined();
    expect(out.text.slice(references?.start, references?.end)).toContain("[REFEREES]");
  });
});
