import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";
import { defaultSkillJudge, skillJudgeFrom } from "./skillJudge.ts";

describe("skillJudgeFrom", () => {
  it("reads the margin of claim over skip, less the model's offset", () => {
    const judge = skillJudgeFrom({
      labels: ["claim", "skip"],
      weights: { bias: [1, 0], "at=listed|whole": [2, -1], role: [-3, 2] },
      offset: 1,
    } as never);
    expect(judge(["bias", "at=listed|whole"], "X")).toBe(3);
    expect(judge(["bias", "role"], "X")).toBe(-5);
  });

  it("claims nothing from a model without both labels", () => {
    expect(skillJudgeFrom({ labels: ["claim"], weights: { bias: [5] } })(["bias"], "X")).toBe(0);
  });
});

describe("the shipped claim model", () => {
  const skillsOf = (text: string, skillJudge?: null) =>
    analyzeText(text, { asOf: "2024-01", skillJudge })
      .analysis.skills.filter((skill) => skill.category !== "soft_skill")
      .map((skill) => skill.name)
      .sort();
  const cv = [
    "Jane Doe",
    "",
    "OBJECTIVE",
    "To work in the field of Electronics Engineering in a growing organisation.",
    "",
    "EXPERIENCE",
    "Sales Executive, Bright Electronics Pvt Ltd, 2016 - 2019",
    "• Prepared monthly sales reports in MS Excel and presented them to the regional manager",
    "",
    "EDUCATION",
    "B.E. in Electronics and Communication, City Engineering College, 2016",
    "",
    "TECHNICAL SKILLS",
    "AutoCAD, MATLAB, Tally ERP, MS Excel, SAP",
  ].join("\n");

  it("is shipped", () => {
    expect(defaultSkillJudge()).not.toBeNull();
  });

  it("keeps the listed tools and leaves the field of the degree, the employer and the title", () => {
    const names = skillsOf(cv);
    expect(names).toEqual(expect.arrayContaining(["AutoCAD", "MATLAB", "Microsoft Excel", "SAP"]));
    expect(names).not.toContain("Electronics");
    expect(names).not.toContain("Sales");
  });
});
