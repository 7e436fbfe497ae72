import { describe, expect, it } from "vitest";
import {
  bestTitleWordShare,
  jobTitleWords,
  stemsMeet,
  stemWeight,
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

  it("meets words of one family, not words that only start alike", () => {
    expect(stemsMeet("financ", "financi")).toBe(true); // Finance / Financial
    expect(stemsMeet("automobil", "automot")).toBe(true); // Automobile / Automotive
    expect(stemsMeet("bank", "banker")).toBe(true);
    expect(stemsMeet("manag", "manufactur")).toBe(false);
    expect(stemsMeet("art", "arti")).toBe(false); // too short to be a prefix match
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
