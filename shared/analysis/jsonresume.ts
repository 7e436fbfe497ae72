// Maps an analysis to the JSON Resume schema v1.0.0 (https://jsonresume.org/schema), for tools that speak it.
import { countryOfPlace } from "./places.ts";
import type { Analysis } from "./types.ts";

const NETWORK: Record<string, string> = { linkedin: "LinkedIn", github: "GitHub" };

function usernameOf(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+\/?/, "").replace(/\/$/, "");
  const last = path.split("/").filter(Boolean).pop();
  return last && last !== "in" ? last : undefined;
}

function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined && value !== ""),
  ) as Partial<T>;
}

function locationOf(value: string | undefined): Record<string, string> | undefined {
  if (!value) return undefined;
  const parts = value.split(/\s*,\s*/);
  const countryCode = parts.map((part) => countryOfPlace(part)).find(Boolean) ?? undefined;
  return compact({ city: parts[0], countryCode, region: parts.length > 2 ? parts[1] : undefined }) as Record<
    string,
    string
  >;
}

export function toJsonResume(analysis: Analysis): object {
  const { contact } = analysis;
  const portfolio = contact.links.find(
    (link) => link.value.kind === "portfolio" || link.value.kind === "other",
  );
  return {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    basics: compact({
      name: contact.name?.value,
      label: analysis.headline?.value,
      email: contact.emails[0]?.value,
      phone: contact.phones[0]?.value,
      url: portfolio?.value.url,
      summary: analysis.summary?.value,
      location: locationOf(contact.location?.value),
      profiles: contact.links
        .filter((link) => link.value.kind === "linkedin" || link.value.kind === "github")
        .map((link) =>
          compact({
            network: NETWORK[link.value.kind],
            username: usernameOf(link.value.url),
            url: link.value.url,
          }),
        ),
    }),
    work: analysis.experience.map((entry) =>
      compact({
        name: entry.company,
        position: entry.title,
        location: entry.location,
        startDate: entry.start,
        endDate: entry.current ? undefined : entry.end,
        highlights: entry.highlights,
      }),
    ),
    education: analysis.education.map((entry) =>
      compact({
        institution: entry.institution,
        area: entry.field,
        studyType: entry.degree,
        startDate: entry.start,
        endDate: entry.end,
        score: entry.grade,
      }),
    ),
    skills: analysis.skills.map((skill) => ({
      name: skill.name,
      keywords: [skill.category, ...skill.aliasesSeen],
    })),
    languages: analysis.languages.map((language) =>
      compact({ language: language.language, fluency: language.level }),
    ),
    certificates: analysis.certifications.map((certificate) =>
      compact({ name: certificate.name, date: certificate.date, issuer: certificate.issuer }),
    ),
    projects: analysis.projects.map((project) =>
      compact({ name: project.name, description: project.description, keywords: project.skills }),
    ),
  };
}
