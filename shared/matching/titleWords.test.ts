import { describe, expect, it } from "vitest";
import {
  bestTitleWordShare,
  jobTitleWords,
  keysMeet,
  stemWeight,
  titleKeys,
  titlePlaceWeight,
  titleStems,
  titleWordShare,
} from "./titleWords.ts";

describe("title words", () => {
  it("stems a title's words, spells out title abbreviations and drops numbers", () => {
    expect(titleStems("IT Support Specialist II")).toEqual(["inform", "technolog", "support", "specialist"]);
    expect(titleStems("HR Generalist, 2019")).toEqual(["human", "resourc", "generalist"]);
    expect(titleStems("Sales & Customer Service Rep")).toEqual(["sale", "custom", "servic", "repres"]);
    // grades say nothing of the role
    expect(titleStems("Senior Product Designer")).toEqual(["product", "design"]);
    // "it" inside a word or before an apostrophe is no abbreviation
    expect(titleStems("It's a Hit")).toEqual(["hit"]);
  });

  it("keeps a title's words with their endings of form folded, not cut to the stem", () => {
    expect(titleKeys("Teaching Assistants")).toEqual(["teach", "assistant"]);
    expect(titleKeys("Office Automation Clerk")).toEqual(["office", "automation", "clerk"]);
    expect(titleKeys("Planning and Shipping")).toEqual(["plan", "ship"]);
    // one key per stem
    expect(titleKeys("Nurse, Nursing")).toEqual(["nurse"]);
  });

  it("meets words of one family, not words that only start alike", () => {
    expect(keysMeet("finance", "financial")).toBe(true);
    expect(keysMeet("automobile", "automotive")).toBe(true);
    expect(keysMeet("bank", "banker")).toBe(true);
    expect(keysMeet("sale", "salesperson")).toBe(true);
    expect(keysMeet("teach", "teacher")).toBe(true);
    expect(keysMeet("nurs", "nurse")).toBe(true);
    expect(keysMeet("manager", "manufacturing")).toBe(false);
    expect(keysMeet("art", "artist")).toBe(false); // too short to be a prefix match
    // the stem of "Automation" ("autom") starts "Automobile"; the words share five letters
    expect(keysMeet("automation", "automobile")).toBe(false);
  });

  it("weighs a word by its rarity among job titles", () => {
    expect(stemWeight("chef")).toBeGreaterThan(stemWeight("manag"));
    expect(stemWeight("sous")).toBeGreaterThan(stemWeight("specialist"));
  });

  it("scores the share of the job title's words a CV title holds, rarer words counting more", () => {
    const job = jobTitleWords("Sous Chef");
    expect(titleWordShare(job, "Sous Chef")).toBe(1);
    expect(titleWordShare(job, "Executive Chef")).toBeGreaterThan(0.3);
    expect(titleWordShare(job, "Line Cook")).toBe(0);
    // words that only start alike hold nothing; words of one family do
    expect(titleWordShare(jobTitleWords("Automobile"), "Office Automation Clerk")).toBe(0);
    expect(titleWordShare(jobTitleWords("Automobile"), "Automotive Technician")).toBe(1);
    expect(titleWordShare(jobTitleWords("Sales"), "Retail Salesperson")).toBe(1);
    const analyst = jobTitleWords("Financial Analyst");
    expect(titleWordShare(analyst, "Finance Director")).toBeGreaterThan(
      titleWordShare(analyst, "Data Analyst"),
    );
  });

  it("takes the best title, older roles counting for less", () => {
    const job = jobTitleWords("Staff Accountant");
    expect(bestTitleWordShare(["Staff Accountant", "Clerk"], job)).toEqual({
      share: 1,
      title: "Staff Accountant",
    });
    const older = bestTitleWordShare(["Office Manager", "Clerk", "Receptionist", "Staff Accountant"], job);
    expect(older.title).toBe("Staff Accountant");
    expect(older.share).toBeCloseTo(titlePlaceWeight(3));
    expect(bestTitleWordShare([], job)).toEqual({ share: 0, title: null });
  });

  it("gives nothing to match for a title without words", () => {
    expect(jobTitleWords("").total).toBe(0);
    expect(titleWordShare(jobTitleWords("2024"), "Accountant")).toBe(0);
  });
});
