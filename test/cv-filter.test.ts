// One CV filter at every call site: the list (/api/cvs), search (/api/search), the vector store and the
// ranking (/api/jobs/:id/matches) give the same CVs for the same filter, through the app on real databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CvFilter } from "../shared/matching/cv-filter.ts";
import { servicesFor } from "../shared/services/context.ts";
import { embedOne } from "../shared/services/vectors.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";

const stackReady = integrationAvailable("the CV filter on PostgreSQL, Redis and Qdrant", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);

// Every CV holds the word "zephyr", so the keyword half of search finds each one the filter lets through.
const englishCv = (
  name: string,
  email: string,
  phone: string,
  place: string,
  skills: string,
  since: string,
) =>
  `${name}
Software Engineer
${email} | ${phone} | ${place}

Experience
Software Engineer, Acme Ltd, ${place.split(",")[0]}
${since} – Present
- Built services with ${skills} for project Zephyr

Skills
${skills}

Languages
English (native)
`;

// A start date this many months before today: "Present" is the upload's month, so fixed years would move the
// CVs across the years filter as the calendar turns.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function monthsAgo(months: number): { month: number; year: number } {
  const now = new Date();
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  return { month: total % 12, year: Math.floor(total / 12) };
}
const since = (months: number) => {
  const { month, year } = monthsAgo(months);
  return `${MONTHS[month]} ${year}`;
};
const sinceNumeric = (months: number) => {
  const { month, year } = monthsAgo(months);
  return `${String(month + 1).padStart(2, "0")}/${year}`;
};

// name: [text, what the analysis reads: location, skills, years, language]
const people = {
  berlin: englishCv(
    "Ada Lovelace",
    "ada@example.com",
    "+49 30 12345678",
    "Berlin, Germany",
    "Python, Django",
    since(7 * 12),
  ),
  munich: englishCv(
    "Hans Meier",
    "hans@example.com",
    "+49 89 1234567",
    "Munich, Germany",
    "Java, Spring",
    since(4 * 12),
  ),
  newYork: englishCv(
    "Joan Clarke",
    "joan@example.com",
    "+1 212 555 0100",
    "New York, NY",
    "Python, React",
    since(12 * 12),
  ),
  london: englishCv(
    "Alan Turing",
    "alan@example.com",
    "+44 20 7946 0000",
    "London, United Kingdom",
    "python, Go",
    since(6 * 12),
  ),
  hamburg: englishCv(
    "Karl Berliner",
    "karl@example.com",
    "+49 40 1234567",
    "Hamburg, Germany",
    "Java, Kotlin",
    since(16 * 12),
  ),
  cologne: `Lena Schmidt
Softwareentwicklerin
lena@example.de | +49 221 1234567 | Köln, Deutschland

Berufserfahrung
Softwareentwicklerin, Beispiel GmbH, Köln
${sinceNumeric(9 * 12)} – heute
- Entwicklung von Diensten mit Python und Django für unsere Kunden im Projekt Zephyr

Kenntnisse
Python, Django

Sprachen
Deutsch (Muttersprache), Englisch (fließend)
`,
};
type Person = keyof typeof people;
const everyone = Object.keys(people) as Person[];

// The filter, and who passes it.
const cases: [CvFilter, Person[]][] = [
  [{}, everyone],
  [{ location: "germany" }, ["berlin", "munich", "hamburg"]],
  [{ location: "GERMANY" }, ["berlin", "munich", "hamburg"]],
  [{ location: "berlin" }, ["berlin"]],
  [{ location: "Berlin, Germany" }, ["berlin"]],
  [{ location: "berlin germany" }, ["berlin"]],
  [{ location: "germany berlin" }, []],
  [{ location: "ber" }, []],
  [{ location: "germ" }, []],
  [{ location: "new york" }, ["newYork"]],
  [{ location: "York" }, ["newYork"]],
  [{ location: "united kingdom" }, ["london"]],
  [{ location: "KÖLN" }, ["cologne"]],
  [{ location: "deutschland" }, ["cologne"]],
  [{ skills: ["python"] }, ["berlin", "newYork", "london", "cologne"]],
  [{ skills: ["Python", "DJANGO"] }, ["berlin", "cologne"]],
  [{ skills: ["Kotlin"] }, ["hamburg"]],
  [{ minYears: 8 }, ["newYork", "hamburg", "cologne"]],
  [{ minYears: 20 }, []],
  [{ language: "de" }, ["cologne"]],
  [{ language: "EN" }, ["berlin", "munich", "newYork", "london", "hamburg"]],
  [{ skills: ["java"], location: "germany", minYears: 5 }, ["hamburg"]],
  [{ skills: ["python"], location: "germany", language: "en" }, ["berlin"]],
];

const filterQuery = (filter: CvFilter, extra: Record<string, string>) => {
  const params = new URLSearchParams(extra);
  for (const skill of filter.skills ?? []) params.append("skill", skill);
  if (filter.minYears !== undefined) params.set("minYears", String(filter.minYears));
  if (filter.location !== undefined) params.set("location", filter.location);
  if (filter.language !== undefined) params.set("language", filter.language);
  return params;
};

describe.each(modes)("the CV filter at every call site (%s)", (mode) => {
  let api: TestApi;
  let jobId: string;
  const ids = {} as Record<Person, string>;
  const names = new Map<string, Person>();
  const who = (cvIds: string[]) => cvIds.map((id) => names.get(id) ?? id).sort();

  beforeAll(async () => {
    api = await startTestApi(mode, { database: testDatabaseUrl, redis: testRedisUrl });
    for (const person of everyone) {
      const res = await api.request("/api/cvs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: people[person] }),
      });
      expect(res.status).toBe(201);
      ids[person] = (await res.json()).id;
      names.set(ids[person], person);
    }
    const job = await api.request("/api/jobs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Software Engineer", description: "Python or Java services." }),
    });
    jobId = (await job.json()).id;
  }, 120_000);
  afterAll(() => api?.close());

  it("reads the people as the cases assume", async () => {
    const { items } = await (await api.request("/api/cvs?limit=100")).json();
    const read = Object.fromEntries(
      items.map((cv: { id: string; location: string; language: string }) => [
        names.get(cv.id),
        [cv.location, cv.language],
      ]),
    );
    expect(read).toEqual({
      berlin: ["Berlin, Germany", "en"],
      munich: ["Munich, Germany", "en"],
      newYork: ["New York, NY", "en"],
      london: ["London, United Kingdom", "en"],
      hamburg: ["Hamburg, Germany", "en"],
      cologne: ["Köln, Deutschland", "de"],
    });
  });

  it.each(cases)("%j passes %j everywhere", async (filter, expected) => {
    const want = [...expected].sort();

    const list = await api.request(`/api/cvs?${filterQuery(filter, { limit: "100" })}`);
    expect(list.status).toBe(200);
    expect(who((await list.json()).items.map((cv: { id: string }) => cv.id)), "GET /api/cvs").toEqual(want);

    const search = await api.request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "zephyr", filters: filter, limit: 100 }),
    });
    expect(search.status).toBe(200);
    const found: { cvId: string; highlights: string[] }[] = (await search.json()).results;
    expect(who(found.map((r) => r.cvId)), "POST /api/search").toEqual(want);
    // the vector store (Qdrant or pgvector) applies the same filter to its payloads
    const services = servicesFor(api.clients);
    await services.vectorsReady();
    const nearest = await services.vectors.search(
      Array.from(await embedOne(services, "zephyr")),
      { ...filter, tenantId: api.tenantA },
      100,
    );
    expect(who(nearest.map((hit) => hit.id)), "the vector store").toEqual(want);

    const ranked = await api.request(
      `/api/jobs/${jobId}/matches?${filterQuery(filter, { limit: "1000", minScore: "0" })}`,
    );
    expect(ranked.status).toBe(200);
    const body = await ranked.json();
    expect(who(body.matches.map((m: { cvId: string }) => m.cvId)), "GET /api/jobs/:id/matches").toEqual(want);
    expect(body.considered).toBe(want.length);
  });
});
