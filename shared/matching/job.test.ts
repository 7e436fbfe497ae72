import { describe, expect, it } from "vitest";
import { testCatalog } from "./fixtures/catalog.ts";
import * as ads from "./fixtures/job-ads.ts";
import { type JobAd, type JobRequirements, mergeRequirements, parseJobRequirements } from "./job.ts";

// Real ads against the real taxonomy: what a caller gets from POST /jobs with no overrides.
// The fields read before literal terms, soft skills and the degree's field were (those are in job-structure.test.ts).
type CoreRequirements = Omit<JobRequirements, "terms" | "softSkills" | "educationField">;

const cases: [string, JobAd, CoreRequirements][] = [
  [
    "English, headed sections, company and benefits ignored",
    ads.fintechBackendEn,
    {
      required: [
        "Backend development",
        "Go",
        "PostgreSQL",
        "Kubernetes",
        "CI/CD",
        "SQL",
        "Docker",
        "Computer science",
      ],
      preferred: ["Apache Kafka", "Terraform", "GraphQL"],
      minYears: 5,
      educationLevel: "bachelor",
      location: "London, United Kingdom",
      remote: false,
    },
  ],
  [
    "English, minimum and preferred qualifications with a range of years",
    ads.sreQualificationsEn,
    {
      required: ["Computer science", "Linux", "Python"],
      preferred: ["Terraform", "Prometheus"],
      minYears: 3,
      educationLevel: "bachelor",
      location: "Zurich, Switzerland",
      remote: false,
    },
  ],
  [
    "English, one paragraph with inline labels and number words",
    ads.fullStackParagraphEn,
    {
      // technology names in role prose are left to the tagger, which takes "Node.js" and "back end" here and
      // passes over "React" and "front end" (a list item about the role would count them)
      required: ["Full-stack development", "Node.js", "Backend development", "TypeScript", "PostgreSQL"],
      preferred: ["Redis", "Docker"],
      minYears: 2,
      educationLevel: null,
      location: null,
      remote: true,
    },
  ],
  [
    "English, markdown emphasis headings and a mid-sentence 'ideally'",
    ads.dataEngineerMarkdownEn,
    {
      required: ["Data engineering", "Python", "Apache Airflow", "Scala"],
      preferred: ["Apache Spark", "dbt", "Snowflake"],
      minYears: null,
      educationLevel: "master",
      location: null,
      remote: true,
    },
  ],
  [
    "German: Dein Profil, wünschenswert, von Vorteil, mindestens 3 Jahre",
    ads.logisticsJavaDe,
    {
      required: ["Java", "Microservices", "Spring Boot", "AWS", "SQL", "Git"],
      preferred: ["Docker", "Kotlin"],
      minYears: 3,
      educationLevel: "bachelor",
      location: "München",
      remote: false,
    },
  ],
  [
    "French: profil recherché, serait un plus, souhaitée, Bac+5, télétravail partiel",
    ads.healthFrontendFr,
    {
      required: ["Frontend development", "React", "TypeScript", "JavaScript", "HTML", "CSS"],
      preferred: ["Next.js", "GraphQL"],
      minYears: 3,
      educationLevel: "master",
      location: "Paris",
      remote: false,
    },
  ],
  [
    "Spanish: requisitos, deseable, valorable, 100% remoto",
    ads.dataScientistEs,
    {
      required: ["Python", "SQL", "Pandas", "scikit-learn"],
      preferred: ["Apache Spark", "AWS"],
      minYears: 2,
      educationLevel: "bachelor",
      location: "Madrid",
      remote: true,
    },
  ],
  [
    "English, US-style headings with an inline (required)/(preferred) pair and a salary line",
    ads.staffPaymentsEn,
    {
      required: ["Distributed systems", "Java", "Kotlin", "Python", "AWS"],
      preferred: ["Go", "Cassandra", "Open source"],
      minYears: 8,
      educationLevel: null,
      location: null,
      remote: true,
    },
  ],
  [
    "German: labelled sections, idealerweise, Arbeitsort, Homeoffice days (hybrid)",
    ads.devopsLabelsDe,
    {
      required: ["DevOps", "Linux", "Ansible"],
      preferred: ["Kubernetes", "Helm", "Microsoft Azure"],
      minYears: null,
      educationLevel: null,
      location: "Hamburg",
      remote: false,
    },
  ],
  [
    "French: one paragraph, compétences requises, est un atout, poste basé à",
    ads.devopsParagraphFr,
    {
      required: ["DevOps", "Docker", "Kubernetes", "Terraform"],
      preferred: ["Google Cloud"],
      minYears: null,
      educationLevel: null,
      location: "Lyon",
      remote: false,
    },
  ],
  [
    "Spanish: one paragraph, buscamos, se valorará, presencial",
    ads.backendParagraphEs,
    {
      required: ["Backend development", "Node.js", "MongoDB"],
      preferred: ["Redis"],
      minYears: 4,
      educationLevel: null,
      location: "Valencia",
      remote: false,
    },
  ],
];

describe("parseJobRequirements", () => {
  it.each(cases)("%s", (_, ad, expected) => {
    const { terms, softSkills, educationField, ...core } = parseJobRequirements(ad);
    expect(core).toEqual(expected);
    // none of these ads names a soft skill; the skills they name are all in the taxonomy but "APIs"
    expect(softSkills).toEqual([]);
    expect(terms?.required).toEqual(ad === ads.fintechBackendEn ? ["APIs"] : []);
  });

  it("counts skills in the title as required, ahead of the description", () => {
    const parsed = parseJobRequirements(
      { title: "Python Engineer", description: "Nice to have: Python, Docker and Kafka." },
      testCatalog,
    );
    expect(parsed.required).toEqual(["Python"]);
    expect(parsed.preferred).toEqual(["Docker", "Kafka"]);
  });

  it("keeps a skill asked for anywhere out of the preferred list", () => {
    const parsed = parseJobRequirements(
      { title: "Engineer", description: "Bonus: Go, Kubernetes\nRequirements:\n- Kubernetes\n- Go" },
      testCatalog,
    );
    expect(parsed.required).toEqual(["Kubernetes", "Go"]);
    expect(parsed.preferred).toEqual([]);
  });

  it("ignores gender markers in titles", () => {
    expect(
      parseJobRequirements({ title: "Entwickler (m/w/d)", description: "" }, testCatalog).required,
    ).toEqual([]);
  });
});

describe("mergeRequirements", () => {
  const parsed: JobRequirements = {
    required: ["Python", "SQL"],
    preferred: ["Docker"],
    minYears: 3,
    educationLevel: "bachelor",
    location: "Berlin",
    remote: null,
  };

  it("lets given fields win and canonicalizes skill names, keeping unknown ones as given", () => {
    expect(
      mergeRequirements(parsed, {
        required: ["golang", "k8s", "Foo Framework", "Golang"],
        minYears: null,
        remote: true,
      }),
    ).toEqual({
      required: ["Go", "Kubernetes", "Foo Framework"],
      preferred: ["Docker"],
      minYears: null,
      educationLevel: "bachelor",
      location: "Berlin",
      remote: true,
    });
  });

  it("moves a parsed preferred skill to required when the caller requires it", () => {
    expect(mergeRequirements(parsed, { required: ["Docker", "postgres"] }, testCatalog)).toEqual({
      ...parsed,
      required: ["Docker", "PostgreSQL"],
      preferred: [],
    });
  });

  it("moves a parsed required skill to preferred when the caller prefers it", () => {
    expect(mergeRequirements(parsed, { preferred: ["sql", "Docker"] }, testCatalog)).toEqual({
      ...parsed,
      required: ["Python"],
      preferred: ["SQL", "Docker"],
    });
  });

  it("keeps a skill the caller lists in both as required", () => {
    const merged = mergeRequirements(parsed, { required: ["Go"], preferred: ["go", "Rust"] }, testCatalog);
    expect([merged.required, merged.preferred]).toEqual([["Go"], ["Rust"]]);
  });

  it("returns the parsed requirements when nothing is overridden", () => {
    expect(mergeRequirements(parsed, {})).toEqual(parsed);
  });
});
