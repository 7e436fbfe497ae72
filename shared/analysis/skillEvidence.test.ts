import { describe, expect, it } from "vitest";
import { type CandidateSkill, claimFeatures, type MentionEvidence } from "./skillEvidence.ts";

const at = (over: Partial<MentionEvidence>): MentionEvidence => ({
  section: "skills",
  listed: true,
  heading: false,
  role: false,
  degree: false,
  claimLine: false,
  key: false,
  wholeItem: true,
  lineWords: 3,
  leads: true,
  next: "",
  prev: "",
  ...over,
});

const candidate = (over: Partial<CandidateSkill>): CandidateSkill => ({
  name: "AutoCAD",
  category: "design",
  surfaces: ["AutoCAD"],
  evidence: [at({})],
  ruleClaimed: true,
  listsSkills: true,
  ...over,
});

describe("claimFeatures", () => {
  it("says where a listed tool stands and that it is written as named", () => {
    const features = claimFeatures(candidate({}));
    expect(features).toEqual(
      expect.arrayContaining(["rule=true", "at=listed|whole", "asNamed=true", "cat=design"]),
    );
    expect(features).not.toContain("onlyContext");
  });

  it("marks a field word met only in a job title and a degree line as context, written as a job", () => {
    const features = claimFeatures(
      candidate({
        name: "Data analysis",
        category: "data",
        surfaces: ["Data Analyst"],
        ruleClaimed: false,
        evidence: [
          at({ section: "experience", listed: false, role: true, wholeItem: false, next: "company" }),
          at({ section: "education", listed: false, degree: true, wholeItem: false, prev: "in" }),
        ],
      }),
    );
    expect(features).toEqual(
      expect.arrayContaining([
        "rule=false",
        "at=experience|part|data",
        "degreeLine",
        "role",
        "onlyContext",
        "asJob",
        "asNamed=false",
        "next=company",
        "prev=in",
      ]),
    );
  });

  it("gives the same sorted features whatever the order of the mentions", () => {
    const a = at({ section: "summary", listed: false, wholeItem: false, lineWords: 20 });
    const b = at({});
    expect(claimFeatures(candidate({ evidence: [a, b] }))).toEqual(
      claimFeatures(candidate({ evidence: [b, a] })),
    );
  });
});
