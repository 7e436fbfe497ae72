import { describe, expect, it } from "vitest";
import type { Analysis } from "../analysis/types.ts";
import { seniorEngineerAnalysis } from "./fixtures/analysis.ts";
import { testCatalog } from "./fixtures/catalog.ts";
import { toCvProfile } from "./profile.ts";

describe("toCvProfile", () => {
  it("keeps what ranking needs, with the most recent place each skill shows", () => {
    expect(toCvProfile(seniorEngineerAnalysis, testCatalog)).toEqual({
      skills: ["Java", "Kubernetes", "PostgreSQL", "React", "Docker", "Python", "Terraform", "Go", "Kafka"],
      skillMonths: { Java: 42, Kubernetes: 48, PostgreSQL: 42, Go: 12 },
      years: 8.5,
      educationLevel: "master",
      location: "Berlin, Germany",
      languages: ["German", "English"],
      evidence: {
        Kubernetes: "Senior Engineer at Acme (2019-03 – present)",
        React: "Senior Engineer at Acme (2019-03 – present)",
        Java: "Software Engineer at Globex (2015-09 – 2019-02)",
        PostgreSQL: "Software Engineer at Globex (2015-09 – 2019-02)",
        Docker: "Software Engineer at Globex (2015-09 – 2019-02)",
        Python: "Work experience",
        Kafka: 'Project "Ledger"',
        Go: 'Project "Ledger"',
        Terraform: "Skills section",
      },
      titles: ["Software Engineer", "Senior Engineer"],
      occupations: [
        // "Senior Engineer" names no one trade: every engineering occupation, each counted a little
        { title: "Senior Engineer", codes: expect.arrayContaining(["15-1251.00", "17-2071.00"]), weight: 1 },
        { title: "Software Engineer", codes: ["15-1252.00"], weight: 0.9 },
      ],
      experienceKnown: true,
      educationKnown: true,
    });
  });

  it("quotes the CV's own line for each skill, with the mention's offsets", () => {
    const text = "Jane Doe\nSkills: Java, Kubernetes and PostgreSQL\nBuilt services in Go.";
    const { quotes } = toCvProfile(seniorEngineerAnalysis, testCatalog, text);
    expect(quotes?.Kubernetes).toEqual({
      text: "Skills: Java, Kubernetes and PostgreSQL",
      start: text.indexOf("Kubernetes"),
      end: text.indexOf("Kubernetes") + "Kubernetes".length,
    });
    expect(quotes?.Go).toEqual({
      text: "Built services in Go.",
      start: text.indexOf("Go."),
      end: text.indexOf("Go.") + 2,
    });
    expect(quotes?.Terraform).toBeUndefined();
  });

  it("says when a work history or an education section was there but could not be read", () => {
    const unread = toCvProfile(
      {
        ...seniorEngineerAnalysis,
        sections: [
          { kind: "experience", heading: "Experience", start: 0, end: 10 },
          { kind: "education", heading: "Education", start: 10, end: 20 },
        ],
        experience: [],
        totals: { months: 0, years: 0, gaps: [], seniority: null },
        education: [{ ...seniorEngineerAnalysis.education[0], level: null }],
      },
      testCatalog,
    );
    expect([unread.experienceKnown, unread.educationKnown]).toEqual([false, false]);
  });

  it("survives a JSON round trip unchanged", () => {
    const profile = toCvProfile(seniorEngineerAnalysis, testCatalog);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  const sparse: Analysis = {
    ...seniorEngineerAnalysis,
    contact: { ...seniorEngineerAnalysis.contact, location: null },
    sections: [],
    experience: [],
    totals: { months: 0, years: 0, gaps: [], seniority: null },
    education: [{ ...seniorEngineerAnalysis.education[0], level: "other" }],
    skills: [],
    projects: [],
    languages: [],
    certifications: [],
  };

  it("handles a CV with little in it", () => {
    expect(
      toCvProfile({ ...sparse, skills: seniorEngineerAnalysis.skills.slice(0, 1) }, testCatalog),
    ).toEqual({
      skills: ["Java"],
      skillMonths: { Java: 42 },
      years: 0,
      educationLevel: "other",
      location: null,
      languages: [],
      evidence: { Java: "Mentioned in the CV" },
      titles: [],
      occupations: [],
      // no work-history or education section: nothing was there to read, so nothing is unknown
      experienceKnown: true,
      educationKnown: true,
    });
  });
});
