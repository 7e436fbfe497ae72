// A title and the unit it was held in ("Manager - Finance & Accounts", "Experienced Associate – Assurance &
// Advisory") read as one title in every common layout, written here with invented names: the unit is neither the
// organisation nor the start of the organisation's name on the line below.
import { describe, expect, it } from "vitest";
import { isHeaderLike } from "./experienceHeaders.ts";
import { analyzeText } from "./index.ts";

const roles = (history: string[]) =>
  analyzeText(["Ravi Kumar", "ravi.kumar@example.com", "", "WORK EXPERIENCE", ...history].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start]);

describe("a title with its unit after a dash", () => {
  it("keeps the unit with the title above the organisation's line, not as the start of its name", () => {
    const history = [
      "Manager - Finance & Accounts",
      "Kestrel Industries Pvt. Ltd.",
      "Sep 2014 – Present",
      "",
      "Senior Engineer – Quality Control",
      "Northgate Castings Ltd.",
      "Apr 2010 – Aug 2014",
    ];
    expect(roles(history)).toEqual([
      ["Manager - Finance & Accounts", "Kestrel Industries Pvt. Ltd.", "2014-09"],
      ["Senior Engineer – Quality Control", "Northgate Castings Ltd.", "2010-04"],
    ]);
  });

  it("reads the title under an organisation's dated line, the unit with it", () => {
    const history = [
      "Kestrel & Partners\tSep 2014 – Present",
      "Experienced Associate – Assurance & Advisory",
      "",
      "Kestrel & Partners is a professional services firm; my work there includes:",
      "• Auditing the accounts of listed clients.",
      "",
      "Northgate Muscat\tApr 2014 – Jun 2014",
      "Trainee",
    ];
    expect(roles(history)).toEqual([
      ["Experienced Associate – Assurance & Advisory", "Kestrel & Partners", "2014-09"],
      ["Trainee", "Northgate Muscat", "2014-04"],
    ]);
  });

  it("counts a header's words, not the marks between them, when telling a duty from a title", () => {
    expect(isHeaderLike("Experienced Associate – Assurance & Advisory")).toBe(true);
    expect(isHeaderLike("Compiled research material for pilot projects")).toBe(false);
  });
});
