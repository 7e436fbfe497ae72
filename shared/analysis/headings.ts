// Section headings CVs use in English, German, French, Spanish, Portuguese, Italian and Dutch, by section kind.
import { findDateRanges } from "./dates.ts";
import { educationLevel } from "./degrees.ts";
import {
  headingKindByWords,
  isExactHeadingWord,
  isHeadingVocabulary,
  isHeadingWord,
  namesHeadWord,
} from "./headingWords.ts";
import type { SectionKind } from "./types.ts";

// biome-ignore format: compact word lists
export const SECTION_HEADINGS: Record<Exclude<SectionKind, "other">, string[]> = {
  contact: [
    "contact", "contact information", "contact details", "contact info", "personal details",
    "personal information", "personal data", "kontakt", "kontaktdaten", "persönliche daten",
    "persönliche angaben", "angaben zur person", "coordonnées", "informations personnelles", "état civil",
    "contacto", "datos personales", "información personal", "contato", "dados pessoais",
    "informações pessoais", "contatti", "dati personali", "informazioni personali", "contactgegevens",
    "persoonlijke gegevens", "personalia",
  ],
  summary: [
    "summary", "profile", "professional summary", "career summary", "executive summary", "about me",
    "about", "objective", "career objective", "personal statement", "professional profile", "overview",
    "introduction", "profil", "kurzprofil", "über mich", "zusammenfassung", "berufliches profil",
    "persönliches profil", "résumé", "profil professionnel", "à propos", "à propos de moi", "objectif",
    "perfil", "perfil profesional", "resumen", "sobre mí", "acerca de mí", "objetivo",
    "perfil profissional", "resumo", "sobre mim", "profilo", "profilo professionale", "sommario",
    "chi sono", "obiettivo", "profiel", "samenvatting", "over mij", "persoonlijk profiel", "doelstelling",
    "synopsis", "professional synopsis", "career synopsis", "profile synopsis",
    "executive profile", "career overview", "career focus", "professional overview", "career objectives",
    "carrier objective", "carrier objectives",
  ],
  experience: [
    "experience", "work experience", "professional experience", "employment", "employment history",
    "work history", "career history", "career", "relevant experience", "experience summary",
    "professional background", "positions", "berufserfahrung", "berufliche erfahrung",
    "beruflicher werdegang", "werdegang", "erfahrung", "berufspraxis", "praxiserfahrung", "tätigkeiten",
    "expérience", "expériences", "expérience professionnelle", "expériences professionnelles",
    "parcours professionnel", "experiencia", "experiencia laboral", "experiencia profesional",
    "trayectoria profesional", "historial laboral", "experiência", "experiência profissional",
    "histórico profissional", "esperienza", "esperienze", "esperienza lavorativa",
    "esperienza professionale", "esperienze lavorative", "esperienze professionali", "werkervaring",
    "ervaring", "werkgeschiedenis", "professionele ervaring", "loopbaan",
    "work experience and employment", "workplace", "workplaces", "military experience",
    "professional career", "companies worked for", "companies worked with", "companies worked",
    "organisations worked for", "organizations worked for", "organisations worked with",
    "organizations worked with", "organisations worked", "organizations worked", "jobs",
    "where i have worked", "where i've worked", "organisations served", "organizations served",
    "previous jobs", "previous companies", "previous organisations", "previous organizations",
    "current organisation", "current organization", "present organisation", "present organization",
  ],
  education: [
    "education", "academic background", "education and training", "qualifications",
    "academic qualifications", "studies", "ausbildung", "berufsbildung", "schul- und berufsbildung",
    "education and training", "bildung", "bildungsweg", "schulbildung", "studium",
    "akademischer werdegang", "aus- und weiterbildung", "formation", "formations", "formation académique",
    "études", "diplômes", "formación", "formación académica", "educación", "estudios", "educação",
    "formação", "formação acadêmica", "formação académica", "istruzione", "formazione",
    "istruzione e formazione", "titoli di studio", "opleiding", "opleidingen", "onderwijs",
    "education & training", "academic education",
  ],
  skills: [
    "skills", "technical skills", "core skills", "key skills", "core competencies", "competencies",
    "top skills", "skills & expertise", "skills and expertise", "technologies", "tech stack", "expertise",
    "it skills", "tools", "kenntnisse", "persönliche fähigkeiten", "personal skills",
    "compétences personnelles", "competenze personali", "competencias personales",
    "competências pessoais", "persoonlijke vaardigheden", "fähigkeiten", "kompetenzen", "fachkenntnisse",
    "it-kenntnisse", "edv-kenntnisse", "technische kenntnisse", "fertigkeiten", "compétences",
    "compétences techniques", "savoir-faire", "habilidades", "competencias", "conocimientos", "aptitudes",
    "competências", "conhecimentos", "habilidades técnicas", "competenze", "competenze tecniche",
    "capacità", "conoscenze", "vaardigheden", "competenties", "kennis", "technische vaardigheden",
    "job-related skills", "digital skills", "personal skills", "skills and competences",
    "highlights", "core qualifications",
  ],
  languages: [
    "languages", "language skills", "spoken languages", "sprachen", "sprachkenntnisse", "langues",
    "compétences linguistiques", "idiomas", "lenguas", "línguas", "lingue", "conoscenze linguistiche",
    "competenze linguistiche", "talen", "talenkennis", "mother tongue", "other languages", "language",
  ],
  certifications: [
    "certifications", "certificates", "licenses & certifications", "licenses and certifications",
    "certification", "zertifikate", "zertifizierungen", "weiterbildung", "fortbildungen", "certificats",
    "certificaciones", "certificados", "certificações", "certificazioni", "certificaten",
    "certificeringen", "courses", "training", "trainings", "kurse", "cours", "cursos", "corsi",
    "cursussen", "credentials", "credential", "professional credentials", "licenses and credentials",
    "licences and credentials", "credentials and licenses", "certifications and credentials",
  ],
  projects: [
    "projects", "personal projects", "key projects", "selected projects", "side projects", "open source",
    "projekte", "projets", "proyectos", "projetos", "progetti", "projecten",
  ],
  publications: [
    "publications", "publikationen", "veröffentlichungen", "publicaciones", "publicações",
    "pubblicazioni", "publicaties",
  ],
  awards: [
    "awards", "honors", "honours", "honors & awards", "achievements", "auszeichnungen", "prix",
    "distinctions", "premios", "prêmios", "premi", "onderscheidingen", "prijzen",
  ],
  interests: [
    "interests", "hobbies", "hobbies and interests", "interessen", "hobbys", "freizeit",
    "centres d'intérêt", "centres d’intérêt", "loisirs", "intereses", "aficiones", "interesses",
    "interessi", "hobby", "interesses en hobby's",
  ],
  references: [
    "references", "referenzen", "références", "referencias", "referências", "referenze", "referenties",
  ],
  volunteering: [
    "volunteering", "volunteer experience", "volunteer work", "ehrenamt", "ehrenamtliches engagement",
    "bénévolat", "voluntariado", "volontariato", "vrijwilligerswerk", "community service",
  ],
};

const KIND_BY_HEADING = new Map<string, SectionKind>();
for (const [kind, headings] of Object.entries(SECTION_HEADINGS)) {
  for (const heading of headings)
    if (!KIND_BY_HEADING.has(heading)) KIND_BY_HEADING.set(heading, kind as SectionKind);
}

export function normalizeHeading(line: string): string {
  return (
    line
      .trim()
      // "Work Exp.", "Exp. Details": the abbreviation with its stop
      .replace(/(?<!\p{L})exp\.(?!\p{L})/giu, "experience")
      // "I.T. SKILLS", "COMPUTER / I.T. SKILLS": an initialism written with stops is the word it spells
      .replace(/(?<![\p{L}.])\p{L}(?:\.\p{L})+\.?(?!\p{L})/gu, (initials) => initials.replaceAll(".", ""))
      .replace(/^[^\p{L}]+/u, "")
      .replace(/[^\p{L})]+$/u, "")
      .replace(/\s+/g, " ")
      .toLowerCase()
  );
}

/** The section kind a line announces, or null when the line is not a heading. */
// "JOB EXPERIENCE: 7.5 Years of GCC Experience", "Experience : 12 Years and 6 months": a heading that states
// the total after its colon
const TOTAL_AFTER_COLON =
  /^([^:：]{3,40}?)\s*[:：]\s*[-–]?\s*\(?\s*(?:total\s*[:-]?\s*)?(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)\b.*$/i;
// "Working Experience in Gulf:", "Experience in India": a heading qualified by where
const WHERE_QUALIFIER =
  /^(.{3,40}?)\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*[:：]\s*$/u;

// "Professional Experience – 8 Years", "WORK EXPERIENCE - Two years in Gulf": a work history's total after a dash
// (only a work history's: "Qualification - Three Years Diploma" names a course)
const TOTAL_AFTER_DASH =
  /^([^:：\-–—]{3,40}?)\s+[-–—]\s*\(?\s*(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)\b.*$/i;

export function headingKind(line: string): SectionKind | null {
  // (runs of spaces as one: the patterns' neighbouring optional spaces would otherwise try every split of a long run)
  const compact = line.trim().replace(/\s{2,}/g, " ");
  const total = TOTAL_AFTER_COLON.exec(compact) ?? WHERE_QUALIFIER.exec(compact);
  // "Experience : 1 Year 10 Months (From June 2015 to till Date)" under "Company : X": one job's dates, no heading
  if (total && findDateRanges(line, "2100-01").length === 0) {
    const kind = headingKindOf(`${total[1]}:`);
    // ("Qualification : Three Years Diploma in Mechanical Engg.": a course's length before its name, a keyed field)
    const course =
      kind === "education" && educationLevel(compact.slice(compact.search(/[:：]/) + 1)) !== null;
    if (kind === "experience" || (kind === "education" && !course)) return kind;
    if (course) return null;
  }
  const dashed = TOTAL_AFTER_DASH.exec(compact);
  if (dashed && headingKindOf(`${dashed[1]}:`) === "experience") return "experience";
  // "WorkExperience", "EducationalQualification": words run together, each still capitalised
  const camel = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,3}[\s:]*$/u.test(line.trim())
    ? headingKindOf(line.trim().replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " "))
    : null;
  return (
    camel ??
    headingKindOf(line) ??
    respacedHeadingKind(line.trim()) ??
    gluedHeadingKind(line.trim()) ??
    capitalWorkHeading(line.trim()) ??
    namedWorkHeading(line.trim())
  );
}

/**
 * A PDF that lost its spaces runs a heading's words together: "ACADEMICQUALIFICATIONS", "WORKEXPERIENCE:". An
 * upper-case word that splits into two heading words reads as those words.
 */
function gluedHeadingKind(line: string): SectionKind | null {
  if (line.length > 44) return null;
  const bare = line.replace(/[\s:：\-–]+$/u, "");
  if (bare.length < 9 || !/^\p{Lu}+$/u.test(bare)) return null;
  const lower = bare.toLowerCase();
  for (let cut = 4; cut <= lower.length - 4; cut++) {
    // exact words only: a slip allowed in each half would cost a distance per cut
    if (isExactHeadingWord(lower.slice(0, cut)) && isExactHeadingWord(lower.slice(cut))) {
      const words = `${lower.slice(0, cut)} ${lower.slice(cut)}`;
      const kind = headingKindOf(words) ?? headingKindByWords(words);
      if (kind) return kind;
    }
  }
  return null;
}

/**
 * "PROFESSIONAL DEVELOPMENT, EXPERIENCE AND SIGNIFICANT ACHIEVEMENTS", "DETAILS OF SITE ENGINEER EXPERIENCE":
 * a short line in capitals, no figures, that names experience or employment among words the lexicon does
 * not know still heads the work history.
 */
function capitalWorkHeading(line: string): SectionKind | null {
  const bare = line.replace(/^[^\p{L}]+|[\s:：\-–]+$/gu, "");
  if (bare.length > 70 || bare !== bare.toUpperCase() || /[\d\t@]|[.;!?]$/.test(bare)) return null;
  // "4 MONTH EXPERIENCE FOR ACME MOTORS PVT.LTD": a stated job, not a heading
  if (/^\W*\d/u.test(line) || /\b(?:PVT|LTD|LLC|INC|LIMITED)\b/u.test(bare)) return null;
  const words = bare.split(/\s+/);
  if (words.length < 2 || words.length > 8) return null;
  return /(?<!\p{L})(?:EXPERIENCE|EXPERIENCES|EMPLOYMENT)(?!\p{L})/u.test(bare) ? "experience" : null;
}

// a capitalised word, or capitalised words joined by slashes ("Sales/Marketing", "Specialist/QA")
const NAMED_WORD = String.raw`\p{Lu}[\p{L}'’-]*(?:\/\p{Lu}[\p{L}'’-]*)*`;
const NAMED_WORK = new RegExp(
  String.raw`^${NAMED_WORD}(?:\s+(?:${NAMED_WORD}|\/|&|and|of|in)){0,3}\s+Experiences?$`,
  "u",
);

/**
 * "Consulting Experience", "Retail Banking Experience", "Field Specialist/QA Experience": a short line of
 * capitalised words ending on "Experience" names a work history by its field, a word the lexicon need not know.
 */
function namedWorkHeading(line: string): SectionKind | null {
  const bare = line.replace(/[\s:：\-–]+$/u, "");
  return NAMED_WORK.test(bare) ? "experience" : null;
}

/**
 * Letter-spaced or small-caps headings come out of a PDF with stray spaces: "S CHOLASTIC C REDENTIALS",
 * "ACADEMIC CRE DENTIALS". An upper-case line that reads as a heading once a stray space is closed is one.
 */
function respacedHeadingKind(line: string): SectionKind | null {
  if (line.length > 48 || line !== line.toUpperCase() || !/\p{Lu}\s\p{Lu}/u.test(line)) return null;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 7) return null;
  const candidates: string[] = [];
  // a lone capital starts the next word (small caps: "S CHOLASTIC")
  if (words.some((word, i) => /^\p{Lu}$/u.test(word) && words[i + 1]))
    candidates.push(
      words.map((word, i) => (/^\p{Lu}$/u.test(word) && words[i + 1] ? word : `${word} `)).join(""),
    );
  // a word split in two ("CRE DENTIALS"), where neither half is a heading word itself ("PV PROJECTS" stays)
  for (let i = 0; i + 1 < words.length; i++)
    if (!isHeadingWord(words[i]) && !isHeadingWord(words[i + 1]))
      candidates.push([...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)].join(" "));
  for (const candidate of candidates) {
    const kind = headingKindOf(candidate.trim());
    if (kind) return kind;
  }
  return null;
}

const TITLE_CASE = /^(\p{Lu}\S*|&|and|of|the|in)(\s+(\p{Lu}\S*|&|and|of|the|in|\(.*\)))*$/u;

/** The sides of a heading split at " / " name no two different sections. */
function sidesAgree(normalized: string): boolean {
  const kinds = normalized.split(" / ").flatMap((side) => headingKindByWords(side) ?? []);
  // "Internship / Training": a side that names work holds a work history, as "Work Experience & Trainings" does
  return new Set(kinds).size <= 1 || kinds.includes("experience");
}

function headingKindOf(line: string): SectionKind | null {
  // academic CVs number their headings: "I. Education", "III.Awards", "2) Experience"
  // (or letter them: "A. Experience", "B) Education")
  // (a word follows, not another letter of an initialism: "I.T. SKILLS", "I.T SKILLS")
  const trimmed = line.trim().replace(/^(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)]\s*(?=\p{Lu}\p{L})/u, "");
  if (trimmed.length === 0 || trimmed.length > 60 || trimmed.includes("\t") || /\d{4}/.test(trimmed))
    return null;
  // "Project - 1", "Project 2:": a numbered item of the section it stands in, not a heading of its own
  if (/\p{L}\s*(?:[-–#]|\bno\.?)?\s*\d{1,2}\s*[:.)\-–]*$/iu.test(trimmed)) return null;
  // "Studies)": the end of a wrapped parenthesis, not a heading; nor "introduction.", a wrapped sentence's end
  if (/^[^(]*\)/.test(trimmed) || /^\p{Ll}[^.]*\.$/u.test(trimmed)) return null;
  // "(International Association of": the start of a wrapped aside
  if (/\([^)]*$/.test(trimmed)) return null;
  // "Industry: Education", "Field: Training": a key of a job's or a course's details and its value; a heading's
  // own words stand before its colon
  const keyed = /^([^:：]+)[:：]\s*\p{L}/u.exec(trimmed);
  if (keyed && !namesHeadWord(keyed[1])) return null;
  const normalized = normalizeHeading(trimmed);
  const exact =
    KIND_BY_HEADING.get(normalized) ?? KIND_BY_HEADING.get(normalized.replace(/\s*&\s*/g, " and "));
  if (exact) return exact;
  // "Skills & Languages", "Berufserfahrung (Auszug)": a known heading followed by a short qualifier.
  const words = normalized.split(" ");
  if (words.length > 6 || /[,;@]|\d{4}/.test(normalized)) return null;
  // A heading is set apart by its shape: upper case, every word capitalised, or a closing colon or dash.
  const bare = trimmed.replace(/^[^\p{L}]+/u, "");
  // "Positions held", "Work experience": a short line in sentence case, every word heading vocabulary
  const sentenceCase =
    /^\p{Lu}\p{Ll}+(?:['’]s)?(?:\s+(?:\p{Ll}+(?:['’]s)?|&)){1,3}$/u.test(bare) && isHeadingVocabulary(bare);
  const shaped =
    sentenceCase ||
    bare === bare.toUpperCase() ||
    /[:：\-–]\s*\W*$/.test(bare) ||
    TITLE_CASE.test(bare.replace(/[^\p{L})]+$/u, "")) ||
    // "Professional / Educational Qualification": alternatives of one section, not "Internship / Training"
    (TITLE_CASE.test(bare.replace(/[^\p{L})]+$/u, "").replace(/\s+\/(?=\s)/g, "")) && sidesAgree(normalized));
  const byWords = shaped ? headingKindByWords(normalized) : null;
  if (byWords) return byWords;
  for (let take = Math.min(words.length - 1, 4); take >= 1; take--) {
    const prefix = words.slice(0, take).join(" ");
    const kind = KIND_BY_HEADING.get(prefix);
    if (kind && /^[\p{Lu}\s&/()-]+$/u.test(trimmed.replace(/[:\s]+$/, ""))) return kind;
    if (kind && (/^[&/(+]|^(and|und|et|y|e|en)\b/.test(words[take] ?? "") || words[take]?.startsWith("(")))
      return kind;
  }
  return null;
}

/** A heading of a work history or of education: the two a left column of headings sets beside a table's rows. */
export function isWorkOrStudyHeading(text: string): boolean {
  const kind = headingKind(text);
  return kind === "experience" || kind === "education";
}

// a year, or a season or month and its year, that opens a dates column: "1999 -", "Summer 2000", "Jan 2001 –"
const DATES_OPENING =
  /^(?:(?:summer|spring|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b[^\t]*$/i;

/**
 * "Education 1999 -\tMIT Sloan School\tCambridge, MA": a heading column's word run into the dates column beside it.
 * The space between them becomes a tab (the text keeps its length and offsets), so the heading is a cell of its own.
 */
export function withHeadingCellParted(text: string): string {
  const tab = text.indexOf("\t");
  const first = tab < 0 ? text : text.slice(0, tab);
  const fused = /^(\s*\p{L}[\p{L} &]{2,30}?) (\S.*)$/u.exec(first);
  if (!fused || !DATES_OPENING.test(fused[2])) return text;
  const kind = headingKind(fused[1].trim());
  if (kind !== "experience" && kind !== "education") return text;
  return `${fused[1]}\t${text.slice(fused[1].length + 1)}`;
}
