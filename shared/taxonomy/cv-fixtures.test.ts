// Whole CVs (fixtures/*.txt) from three professions: the exact skills found, in order of first mention.
// Each CV also uses the everyday senses of skill words ("go-to", "I excel at", "Spring 2019", "react
// quickly", "a German manufacturer"), which must not count.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findSkillMentions } from "./index.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), "utf8");

describe.each([
  {
    cv: "software-engineer",
    skills: [
      "Backend development",
      "Distributed systems",
      "Go",
      "Python",
      "PHP",
      "Microservices",
      "Kubernetes",
      "Amazon EKS",
      "Terraform",
      "Helm",
      "SWIFT payments",
      "Apache Kafka",
      "PostgreSQL",
      "CI/CD",
      "GitHub Actions",
      "Mentoring",
      "A/B testing",
      "Java",
      "Spring Boot",
      "Hibernate",
      "React",
      "TypeScript",
      "Frontend development",
      "Redis",
      "Caching",
      "Apache Spark",
      "Apache Airflow",
      "Tableau",
      "Microsoft Excel",
      "Computer science",
      "R",
      "Machine learning",
      "SQL",
      "Bash",
      "C",
      "C++",
      "Cloud computing",
      "DevOps",
      "AWS",
      "Amazon EC2",
      "Amazon S3",
      "AWS Lambda",
      "Docker",
      "Ansible",
      "Prometheus",
      "Grafana",
      "MongoDB",
      "dbt",
      "Snowflake",
      "Communication",
      "Teamwork",
      "Stakeholder management",
      "Problem solving",
      "English",
      "German",
      "French",
      "Cooking",
    ],
  },
  {
    cv: "nurse",
    skills: [
      "Nursing",
      "Intensive care",
      "Spanish",
      "English",
      "Patient assessment",
      "Care planning",
      "Medication administration",
      "IV therapy",
      "Wound care",
      "Vital signs monitoring",
      "Epic",
      "Electronic health records",
      "Mentoring",
      "Infection control",
      "Personal care",
      "Dementia care",
      "Safeguarding",
      "Basic Life Support",
      "Advanced Cardiac Life Support",
      "Pediatric Advanced Life Support",
      "First aid",
      "Patient care",
      "Triage",
      "Phlebotomy",
      "Teamwork",
      "Communication",
      "Time management",
      "Microsoft Word",
      "Microsoft Excel",
    ],
  },
  {
    cv: "accountant",
    skills: [
      "ACCA",
      "Month-end close",
      "Budgeting",
      "Forecasting",
      "SWIFT payments",
      "Treasury",
      "Accruals",
      "Reconciliation",
      "SAP FICO",
      "Microsoft Excel",
      "Pivot tables",
      "VBA",
      "Variance analysis",
      "Microsoft PowerPoint",
      "Power BI",
      "Excel Power Query",
      "Accounts payable",
      "Accounts receivable",
      "VAT",
      "Payroll",
      "Sage Accounting",
      "Xero",
      "Accounting",
      "Mathematics",
      "IFRS",
      "US GAAP",
      "Financial reporting",
      "Financial modelling",
      "Stakeholder management",
      "Attention to detail",
      "English",
      "German",
    ],
  },
])("$cv CV", ({ cv, skills }) => {
  const text = fixture(cv);
  const mentions = findSkillMentions(text);

  it("finds exactly the skills it claims", () => {
    expect([...new Set(mentions.map((m) => m.name))]).toEqual(skills);
  });

  it("reports offsets that slice out each surface, in order", () => {
    let previousEnd = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = m.end;
    }
  });
});
