// A work history read several ways (dated headers, keyed fields, job sentences, tables), the reading with the most
// employers winning: a job that only another reading found whole is kept beside the winner's. Invented names.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";

const roles = (lines: string[]) =>
  analyzeText(["Ravi Kestrel", "ravi.kestrel@example.com", "", ...lines].join("\n"), {
    asOf: "2026-11",
    defaultRegion: "IN",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start]);

describe("a job only a losing reading holds", () => {
  const history = [
    "Employment History:",
    "",
    "Northgate Alloy Steels Ltd., Kanpur, U.P-INDIA",
    "Design & Development Engineer in D&D Deptt., June 2013- Present",
    "• Developing 3D models and 2D drawings of components.",
    "• Casting simulation before production.",
    "",
    "Technical Skill:",
    "• AutoCAD",
    "",
    "Summer Internship:",
    "",
    "• Summer internship in HARBOR POWER CORPORATION LIMITED of one month in 2011.",
    "• Summer internship in ORCHARD WORKS PVT LTD of one month in 2012.",
    "• Summer internship in ELMWOOD SPRING PVT LTD. on topic Hot Coiled Springs of one month in 2012.",
  ];

  it("keeps the dated job of one section when the internships stated in another win the document", () => {
    const found = roles(history);
    expect(found).toContainEqual(["Design & Development Engineer", "Northgate Alloy Steels Ltd.", "2013-06"]);
    expect(found).toContainEqual(["Summer internship", "HARBOR POWER CORPORATION LIMITED", "2011-01"]);
  });

  it("adds no job twice: the winner's organisation or start month already there keeps the other reading's out", () => {
    const found = roles(history);
    expect(found.filter(([, company]) => String(company).startsWith("Northgate"))).toHaveLength(1);
  });
});
