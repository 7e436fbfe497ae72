import { describe, expect, it } from "vitest";
import { mergeRequirements, parseJobRequirements } from "./job.ts";

const parse = (description: string, title = "Engineer") => parseJobRequirements({ title, description });

// Each wording puts Kubernetes where a recruiter would.
const wordings: [string, "required" | "preferred"][] = [
  ["Must have: Kubernetes", "required"],
  ["MUST HAVE – Kubernetes", "required"],
  ["Kubernetes experience is required.", "required"],
  ["Essential: Kubernetes", "required"],
  ["Requirements\n- Kubernetes", "required"],
  ["Desired: Kubernetes", "preferred"],
  ["Desired Skills and Experience\n- Kubernetes", "preferred"],
  ["Nice to have: Kubernetes", "preferred"],
  ["Kubernetes preferred.", "preferred"],
  ["Preferred qualifications\n- Kubernetes", "preferred"],
  ["Bonus: Kubernetes", "preferred"],
  ["Kubernetes is a plus.", "preferred"],
  ["Requirements\n- Python\n- Kubernetes would be a plus", "preferred"],
];

describe("required or preferred, by section and wording", () => {
  it.each(wordings)("%j → %s", (description, bucket) => {
    const parsed = parse(description);
    expect(parsed[bucket]).toContain("Kubernetes");
    expect(parsed[bucket === "required" ? "preferred" : "required"]).not.toContain("Kubernetes");
  });
});

describe("terms outside the taxonomy, soft skills, degree field", () => {
  it("keeps every item of a skills list as a literal term, not an everyday word inside it", () => {
    const parsed = parse("Skills: purchase, purchase planning, purchase executive", "Purchase Executive");
    expect(parsed.terms).toEqual({
      required: ["purchase", "purchase planning", "purchase executive"],
      preferred: [],
    });
    expect(parsed.required).not.toContain("Planning");
  });

  it("reports soft skills apart, never as required", () => {
    const parsed = parse("Requirements:\n- Punctuality\n- Positive attitude\n- Java, Spring Boot");
    expect(parsed.softSkills).toEqual(["Punctuality", "Positive attitude"]);
    expect(parsed.required).toEqual(["Java", "Spring Boot"]);
  });

  it("counts a name-like taxonomy skill asked for, not an everyday word in role prose", () => {
    const parsed = parse(
      "You will support our Marketing team with planning.\nRequirements:\n- Working knowledge of SAP MM",
    );
    expect(parsed.required).toEqual(["SAP MM"]);
  });

  it("splits literal terms by wording like skills", () => {
    const parsed = parse("Key skills: Tally ERP, GST filing\nDesired: SAP FICO, vendor reconciliation");
    expect(parsed.terms).toEqual({
      required: ["GST filing"],
      preferred: ["vendor reconciliation"],
    });
    // a term the taxonomy knows is its canonical skill ("Tally ERP" is the accounting package Tally)
    expect([parsed.required, parsed.preferred]).toEqual([["Tally"], ["SAP FICO"]]);
  });

  it("reads the degree level and field from a MUST HAVE line", () => {
    const parsed = parse("MUST HAVE – Computer Science Undergrad / BS\n- Python, Django");
    expect([parsed.educationLevel, parsed.educationField]).toEqual(["bachelor", "Computer Science"]);
    expect(parsed.terms?.required).not.toContain("BS");
  });

  it("reads the years of experience the ad states in its own words", () => {
    expect(parse("Purchase Executive (1-4 years experience)").minYears).toBe(1);
    expect(parse("Minimum of 2 years in a similar role").minYears).toBe(2);
    expect(parse("2+ yrs with SAP MM").minYears).toBe(2);
    expect(parse("at least three years of vendor management").minYears).toBe(3);
  });
});

describe("mergeRequirements with the new fields", () => {
  it("keeps parsed terms, soft skills and field unless the caller gives them", () => {
    const parsed = parse(
      "Skills: purchase planning, vendor audits\nBachelor's degree in Commerce\nTeamwork matters.",
    );
    expect(mergeRequirements(parsed, { minYears: 2 })).toEqual({ ...parsed, minYears: 2 });
    expect(mergeRequirements(parsed, { educationField: null, softSkills: [] })).toEqual({
      ...parsed,
      educationField: null,
      softSkills: [],
    });
  });
});

describe("company blurb, benefits and legal text ask for nothing", () => {
  const ad = [
    "We are a leading digital agency, in partnership with Acme on Marketing and Salesforce projects.",
    "Requirements:",
    "- Java, Spring Boot",
    "What we offer:",
    "- Health insurance, Python training budget",
    "We are an equal opportunity employer; we use your personal data only to process your application in SAP.",
  ].join("\n");

  it("keeps only what the requirements name", () => {
    const parsed = parse(ad);
    expect(parsed.required).toEqual(["Java", "Spring Boot"]);
    expect(parsed.preferred).toEqual([]);
    expect(parsed.terms).toEqual({ required: [], preferred: [] });
    expect(parsed.softSkills).toEqual([]);
  });
});
