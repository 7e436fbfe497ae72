import { describe, expect, it } from "vitest";
import { extractSkills } from "./skills.ts";
import type { ExperienceEntry, Section } from "./types.ts";

function job(title: string, company: string): ExperienceEntry {
  return {
    title,
    company,
    location: null,
    start: "2015-01",
    end: "2018-01",
    current: false,
    months: 36,
    highlights: [],
    confidence: 0.9,
  };
}

/** the skill names found in a CV given as [section kind, heading, lines] blocks */
function skillsOf(blocks: [Section["kind"], string, string[]][], jobs: ExperienceEntry[] = []): string[] {
  let text = "";
  const sections: Section[] = [];
  for (const [kind, heading, lines] of blocks) {
    const start = text.length;
    text += `${heading}\n${lines.join("\n")}\n\n`;
    sections.push({ kind, heading, start, end: text.length });
  }
  const experience = jobs.map((entry) => ({ entry, text: [entry.title, entry.company].join("\n") }));
  return extractSkills(text, sections, experience, "2020-01")
    .map((skill) => skill.name)
    .sort();
}

describe("extractSkills", () => {
  it("keeps field words out of job titles, companies and degree lines, but takes them from a skills line", () => {
    const names = skillsOf(
      [
        ["experience", "Experience", ["Marketing Executive, Quiet Cool Electronics Pvt Ltd, 2015 - 2018"]],
        ["education", "Education", ["Diploma in Electrical Engineering from Government Polytechnic"]],
        ["summary", "Profile", ["Technical skills: AutoCAD, Project management"]],
      ],
      [job("Marketing Executive", "Quiet Cool Electronics Pvt Ltd")],
    );
    expect(names).toEqual(["AutoCAD", "Project management"]);
  });

  it("keeps a field word that leads a bullet or stands alone, not one in running prose", () => {
    const names = skillsOf([
      [
        "experience",
        "Experience",
        [
          "• Auditing daily operations of all branches",
          "Worked closely with the sales department on monthly research reports for the region",
        ],
      ],
      ["other", "Other", ["Procurement"]],
    ]);
    expect(names).toEqual(["Auditing", "Procurement"]);
  });

  it("keeps field words out of school names outside education and out of section headings", () => {
    const names = skillsOf([
      ["contact", "Jane Doe", ["Associate, National Institute of Electronics"]],
      ["projects", "Research", ["Line follower robot with Arduino"]],
    ]);
    expect(names).toEqual(["Arduino"]);
  });

  it("reads neither a personal detail's label nor a list's label as a skill", () => {
    const names = skillsOf([
      ["contact", "Contact", ["Skype ID: jane.doe77", "Skype : jane_doe", "Skype id – jane.doe311"]],
      ["skills", "Skills", ["Operating Systems : Windows, Linux", "Python, SQL"]],
    ]);
    expect(names).toEqual(["Linux", "Python", "SQL", "Windows"]);
  });

  it("takes a tool named on a skills line outside the skills section when the CV lists its skills", () => {
    const names = skillsOf([
      ["skills", "Skills", ["Python, SQL, Docker"]],
      ["education", "Education", ["Computer proficiency: MATLAB"]],
      ["experience", "Experience", ["Built reports for the sales team"]],
    ]);
    expect(names).toEqual(["Docker", "MATLAB", "Python", "SQL"]);
  });

  it("hands every candidate but spoken languages and soft skills to a claim judge, which decides", () => {
    const text = "Skills\nPython, SQL\nFluent English, teamwork\n\nExperience\nReports for the sales team\n";
    const sections: Section[] = [
      { kind: "skills", heading: "Skills", start: 0, end: text.indexOf("Experience") },
      { kind: "experience", heading: "Experience", start: text.indexOf("Experience"), end: text.length },
    ];
    const seen: [string, boolean][] = [];
    const names = extractSkills(text, sections, [], "2020-01", [], (features, skill) => {
      seen.push([skill, features.includes("rule=true")]);
      return skill === "SQL" || skill === "Sales" ? 1 : -1;
    }).map((skill) => skill.name);
    expect(seen.sort()).toEqual([
      ["Python", true],
      ["SQL", true],
      ["Sales", false],
    ]);
    expect(names.sort()).toEqual(["SQL", "Sales", "Teamwork"]);
  });
});
