import { describe, expect, it } from "vitest";
import { sampleDocx } from "../../test/support/documents.ts";
import { AnalysisError, analyzeDocument, analyzeText, DEFAULT_LIMITS } from "./index.ts";
import { toJsonResume } from "./jsonresume.ts";
import { redactAnalysis } from "./redact.ts";

const ENGLISH_CV = `Jane Doe
Senior Software Engineer
Musterstraße 12, 10115 Berlin | jane.doe@example.com | +49 151 12345678 | linkedin.com/in/janedoe | github.com/janedoe

Summary
Backend engineer with 8 years of experience building distributed systems in Go and Python.

Experience
Senior Software Engineer, Acme GmbH, Berlin\tJan 2020 – Present
• Led migration of 40 services to Kubernetes, cutting deploy time by 60%
• Built an event pipeline with Kafka processing 2M events per day
Software Engineer at Globex Inc.
03/2016 - 11/2019
Munich, Germany
- Developed REST APIs in Python and Django
- Introduced continuous integration

Education
MSc Computer Science, Technische Universität München, 2014 – 2016
BSc Informatik, Universität Stuttgart, 2010 - 2013, Note: 1,7

Skills
Go, Python, Kubernetes, Docker, PostgreSQL, Terraform

Languages
German – native; English (C1); French: basic

Certifications
AWS Certified Solutions Architect – Associate, Amazon Web Services, 2021
`;

describe("analyzeText", () => {
  const { analysis, text } = analyzeText(ENGLISH_CV, { asOf: "2026-11", defaultRegion: "DE" });

  it("finds the contact block", () => {
    expect(analysis.contact.name?.value).toBe("Jane Doe");
    expect(analysis.contact.emails.map((email) => email.value)).toEqual(["jane.doe@example.com"]);
    expect(analysis.contact.phones.map((phone) => phone.value)).toEqual(["+4915112345678"]);
    expect(analysis.contact.links.map((link) => link.value)).toEqual([
      { kind: "linkedin", url: "https://linkedin.com/in/janedoe" },
      { kind: "github", url: "https://github.com/janedoe" },
    ]);
    expect(analysis.headline?.value).toBe("Senior Software Engineer");
  });

  it("reads each role's title, company, place, dates and highlights", () => {
    expect(analysis.experience.map(({ confidence, ...entry }) => entry)).toEqual([
      {
        title: "Senior Software Engineer",
        company: "Acme GmbH",
        location: "Berlin",
        start: "2020-01",
        end: null,
        current: true,
        months: 83,
        highlights: [
          "Led migration of 40 services to Kubernetes, cutting deploy time by 60%",
          "Built an event pipeline with Kafka processing 2M events per day",
        ],
      },
      {
        title: "Software Engineer",
        company: "Globex Inc.",
        location: "Munich, Germany",
        start: "2016-03",
        end: "2019-11",
        current: false,
        months: 45,
        highlights: ["Developed REST APIs in Python and Django", "Introduced continuous integration"],
      },
    ]);
    expect(analysis.totals).toMatchObject({ months: 128, gaps: [] });
  });

  it("reads education with level, field, institution and grade", () => {
    expect(analysis.education.map(({ confidence, ...entry }) => entry)).toEqual([
      {
        degree: "MSc Computer Science",
        level: "master",
        field: "Computer Science",
        institution: "Technische Universität München",
        start: "2014-01",
        end: "2016-01",
        grade: null,
      },
      {
        degree: "BSc Informatik",
        level: "bachelor",
        field: "Informatik",
        institution: "Universität Stuttgart",
        start: "2010-01",
        end: "2013-01",
        grade: "1,7",
      },
      // a credential under the certifications heading is a qualification of the level "other"
      {
        degree: "AWS Certified Solutions Architect – Associate",
        level: "other",
        field: null,
        institution: null,
        start: null,
        end: "2021-01",
        grade: null,
      },
    ]);
  });

  it("canonicalises skills and dates their use from the roles that mention them", () => {
    const kubernetes = analysis.skills.find((skill) => skill.name === "Kubernetes");
    expect(kubernetes).toMatchObject({ mentions: 2, monthsUsed: 83, lastUsed: "2026-11" });
    const python = analysis.skills.find((skill) => skill.name === "Python");
    expect(python).toMatchObject({ mentions: 3, monthsUsed: 45, lastUsed: "2019-11" });
    // Django appears only in a highlight: with a skills list present, only listed skills are claimed.
    expect(analysis.skills.map((skill) => skill.name).sort()).toEqual([
      "Docker",
      "Go",
      "Kubernetes",
      "PostgreSQL",
      "Python",
      "Terraform",
    ]);
    expect(analysis.skills.some((skill) => skill.name === "English")).toBe(false);
  });

  it("reads spoken languages, certifications and the document facts", () => {
    expect(analysis.languages.map(({ language, level }) => [language, level])).toEqual([
      ["German", "native"],
      ["English", "C1"],
      ["French", "basic"],
    ]);
    expect(analysis.certifications[0]).toMatchObject({ issuer: "Amazon Web Services", date: "2021-01" });
    expect(analysis.document).toMatchObject({ type: "txt", language: "en", pages: 1 });
    expect(analysis.sections.map((section) => section.kind)).toEqual([
      "contact",
      "summary",
      "experience",
      "education",
      "skills",
      "languages",
      "certifications",
    ]);
    for (const section of analysis.sections.slice(1)) {
      expect(text.slice(section.start, section.end).startsWith(section.heading)).toBe(true);
    }
  });

  it("scores quality with a suggestion for each failed check", () => {
    const failed = analysis.quality.checks.filter((check) => !check.passed);
    expect(failed.every((check) => check.suggestion !== null)).toBe(true);
    expect(analysis.quality.checks.find((check) => check.id === "quantified_achievements")?.suggestion).toBe(
      "1 of 2 roles have no measurable result; add figures such as 'cut build time by 40%'",
    );
    expect(analysis.quality.score).toBeGreaterThan(50);
    expect(analysis.quality.score).toBeLessThanOrEqual(100);
  });

  it("refuses empty text and a malformed asOf", () => {
    expect(() => analyzeText("  ", { asOf: "2026-11" })).toThrow(AnalysisError);
    expect(() => analyzeText("Jane", { asOf: "11/2026" })).toThrow(TypeError);
  });
});

describe("redactAnalysis", () => {
  const redacted = redactAnalysis(analyzeText(ENGLISH_CV, { asOf: "2026-11", defaultRegion: "DE" }));

  it("replaces personal data in the text with placeholders", () => {
    expect(redacted.text.split("\n").slice(0, 3)).toEqual([
      "[NAME]",
      "Senior Software Engineer",
      "[ADDRESS], [ADDRESS] | [EMAIL] | [PHONE] | [LINK] | [LINK]",
    ]);
    expect(redacted.text).not.toMatch(/Jane|jane|12345678|linkedin/);
  });

  it("replaces contact fields and keeps the rest of the analysis", () => {
    expect(redacted.analysis.contact.name?.value).toBe("[NAME]");
    expect(redacted.analysis.contact.emails[0].value).toBe("[EMAIL]");
    expect(redacted.analysis.contact.phones[0].value).toBe("[PHONE]");
    expect(redacted.analysis.contact.links.map((link) => link.value)).toEqual([
      { kind: "linkedin", url: "[LINK]" },
      { kind: "github", url: "[LINK]" },
    ]);
    expect(redacted.analysis.experience).toHaveLength(2);
    const experience = redacted.analysis.sections.find((section) => section.kind === "experience");
    expect(experience && redacted.text.slice(experience.start, experience.start + 10)).toBe("Experience");
  });
});

describe("toJsonResume", () => {
  it("maps to the JSON Resume v1.0.0 sections", () => {
    const resume = toJsonResume(
      analyzeText(ENGLISH_CV, { asOf: "2026-11", defaultRegion: "DE" }).analysis,
    ) as Record<string, Record<string, unknown>[] & Record<string, unknown>>;
    expect(resume.basics).toMatchObject({
      name: "Jane Doe",
      label: "Senior Software Engineer",
      email: "jane.doe@example.com",
      phone: "+4915112345678",
      profiles: [
        { network: "LinkedIn", username: "janedoe", url: "https://linkedin.com/in/janedoe" },
        { network: "GitHub", username: "janedoe", url: "https://github.com/janedoe" },
      ],
    });
    expect(resume.work[0]).toEqual({
      name: "Acme GmbH",
      position: "Senior Software Engineer",
      location: "Berlin",
      startDate: "2020-01",
      highlights: [
        "Led migration of 40 services to Kubernetes, cutting deploy time by 60%",
        "Built an event pipeline with Kafka processing 2M events per day",
      ],
    });
    expect(resume.education[1]).toMatchObject({
      institution: "Universität Stuttgart",
      studyType: "BSc Informatik",
    });
    expect(resume.languages[0]).toEqual({ language: "German", fluency: "native" });
  });
});

describe("analyzeDocument on a German DOCX", () => {
  it("reads table rows, bullets and German headings", async () => {
    const { analysis } = await analyzeDocument(await sampleDocx(), { asOf: "2026-11" });
    expect(analysis.document).toMatchObject({ type: "docx", language: "de" });
    expect(analysis.contact.phones.map((phone) => phone.value)).toEqual(["+4915123456789"]);
    expect(analysis.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end])).toEqual([
      ["Senior Backend-Entwickler", "Isar Software GmbH", "2019-04", null],
      ["Softwareentwickler", "Alpen Data AG", "2015-10", "2019-03"],
    ]);
    expect(analysis.education[0]).toMatchObject({
      level: "master",
      institution: "Technische Universität München",
    });
    expect(analysis.languages.map((language) => [language.language, language.level])).toEqual([
      ["German", "native"],
      ["English", "C1"],
    ]);
  });

  it("exports default limits", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 10485760,
      maxPages: 20,
      maxInflatedBytes: 52428800,
      timeoutMs: 10000,
      maxTextChars: 300000,
      maxPdfTextItems: 100000,
      maxPdfOperators: 500000,
    });
  });

  it("refuses megabytes of text, which no CV holds", () => {
    expect(() =>
      analyzeText("word ".repeat(70_000), { asOf: "2026-11", limits: { maxPages: 1000 } }),
    ).toThrow(expect.objectContaining({ code: "too_large" }));
  });
});

describe("analyzeText with Markdown", () => {
  it("reads posted Markdown the way a Markdown file is read", () => {
    const markdown = [
      "# Tom Becker",
      "",
      "**Frontend Engineer** · Hamburg, Germany · [tom@example.de](mailto:tom@example.de)",
      "",
      "## Work Experience",
      "",
      "### Lead Frontend Engineer — Hanse Commerce GmbH",
      "*June 2021 – Present*",
      "",
      "- Reduced bundle size by 35%.",
    ].join("\n");
    const { analysis } = analyzeText(markdown, { asOf: "2026-11" });
    expect(analysis.document.type).toBe("markdown");
    expect(analysis.contact.name?.value).toBe("Tom Becker");
    expect(analysis.headline?.value).toBe("Frontend Engineer");
    expect(
      analysis.experience.map((entry) => [entry.title, entry.company, entry.start, entry.current]),
    ).toEqual([["Lead Frontend Engineer", "Hanse Commerce GmbH", "2021-06", true]]);
  });
});
