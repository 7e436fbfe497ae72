// Synthetic plain-text CVs for seeding thousands of stored CVs: names, emails, skills, years, places and
// languages vary with the index, from a fixed seed, so every run stores the same people.

export const SKILLS =
  "JavaScript|TypeScript|React|Vue.js|Angular|Node.js|Python|Django|Flask|FastAPI|Go|Java|Spring Boot|Kotlin|Swift|C++|C#|.NET|PHP|Laravel|Ruby|Ruby on Rails|Rust|Scala|PostgreSQL|MySQL|MongoDB|Redis|Elasticsearch|SQL|Docker|Kubernetes|Terraform|Ansible|AWS|Microsoft Azure|Google Cloud|Linux|Git|CI/CD|Jenkins|GitHub Actions|GraphQL|REST|Apache Kafka|RabbitMQ|Apache Spark|Hadoop|Airflow|pandas|NumPy|scikit-learn|TensorFlow|PyTorch|Machine Learning|Data Analysis|Tableau|Power BI|Excel|R|HTML|CSS|Sass|Next.js|Redux|Jest|Cypress|Selenium|Figma|Agile|Scrum|Jira|Microservices|Prometheus|Grafana|Nginx|Bash|Android|iOS|Flutter".split(
    "|",
  );

const FIRST =
  "Anna|Ben|Carla|David|Elena|Farid|Greta|Hugo|Ines|Jonas|Kira|Luca|Maya|Nils|Olga|Pablo|Quinn|Rosa|Sami|Tara|Umar|Vera|Wim|Xenia|Yusuf|Zoe".split(
    "|",
  );
const LAST =
  "Adler|Berg|Costa|Dubois|Eriksen|Fischer|Garcia|Hansen|Ivanova|Jensen|Kowalski|Lopez|Meyer|Novak|Olsen|Petrov|Rossi|Schmidt|Tanaka|Urban|Vogel|Weber|Young|Zimmer".split(
    "|",
  );
const PLACES =
  "Berlin, Germany|Munich, Germany|Amsterdam, Netherlands|Paris, France|Lyon, France|Madrid, Spain|Barcelona, Spain|Lisbon, Portugal|Milan, Italy|Rome, Italy|London, United Kingdom|Manchester, United Kingdom|Dublin, Ireland|Stockholm, Sweden|Warsaw, Poland|Vienna, Austria|Zurich, Switzerland|New York, NY|Austin, TX|Toronto, Canada".split(
    "|",
  );
const LANGUAGES =
  "German (native)|French (C1)|Spanish (B2)|Italian (B1)|Dutch (C1)|Portuguese (B2)|Polish (native)|Swedish (B1)".split(
    "|",
  );
const ROLES =
  "Backend Engineer|Frontend Developer|Full Stack Developer|DevOps Engineer|Data Engineer|Data Scientist|Mobile Developer|QA Engineer|Site Reliability Engineer|Software Engineer".split(
    "|",
  );
const COMPANIES =
  "Acme GmbH|Northwind Ltd|Globex Corp|Initech|Umbrella AG|Stark Labs|Wayne Systems|Hooli|Vandelay Industries|Soylent BV".split(
    "|",
  );
const DEGREES =
  "BSc Computer Science|MSc Computer Science|BEng Software Engineering|MSc Data Science|PhD Computer Science|BA Business Informatics".split(
    "|",
  );
const MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec".split("|");

/** a fixed-seed generator (LCG), one per CV so that CV i is the same in every run */
function random(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticCv(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const role = pick(ROLES);
  const place = pick(PLACES);
  const skills = new Set<string>();
  const skillCount = 4 + Math.floor(next() * 9);
  while (skills.size < skillCount) skills.add(pick(SKILLS));
  const list = [...skills];
  const years = 1 + Math.floor(next() * 20);
  const end = 2025;
  const split = Math.max(1, Math.floor(years / 2));
  const startOf = (year: number) => `${pick(MONTHS)} ${year}`;
  const graduated = end - years - 1;
  return `${first} ${last}
${role}
${first.toLowerCase()}.${last.toLowerCase()}.${index}@example.com | +49 30 ${String(1_000_000 + index).padStart(8, "0")} | ${place}

Summary
${role} with ${years} years of experience in ${list.slice(0, 3).join(", ")}.

Experience
${role}, ${pick(COMPANIES)}, ${place.split(",")[0]}
${startOf(end - split)} – Present
- Built and ran services with ${list.slice(0, 2).join(" and ")}
- Worked with ${list.slice(2, 4).join(" and ")} in an Agile team

${pick(ROLES)}, ${pick(COMPANIES)}, ${pick(PLACES).split(",")[0]}
${startOf(end - years)} – ${startOf(end - split)}
- Delivered features with ${list.slice(4, 6).join(" and ") || list[0]}

Education
${pick(DEGREES)}, University of ${pick(PLACES).split(",")[0]}, ${graduated - 3} – ${graduated}

Skills
${list.join(", ")}

Languages
English (C1), ${pick(LANGUAGES)}
`;
}
