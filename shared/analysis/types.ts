// The shape of a CV analysis: what the engine returns, what the API stores and what the accuracy report checks.
// Every field that is extracted carries a confidence in [0, 1].

export type Month = string; // "YYYY-MM"

export type DocumentType = "pdf" | "docx" | "txt" | "markdown" | "html";

export type AnalysisErrorCode =
  | "unsupported_type"
  | "encrypted"
  | "corrupt"
  | "no_text_layer"
  | "too_large"
  | "too_many_pages"
  | "timeout";

export interface Confident<T> {
  value: T;
  confidence: number;
}

export interface ContactLink {
  kind: "linkedin" | "github" | "portfolio" | "other";
  url: string;
}

export interface Contact {
  name: Confident<string> | null;
  emails: Confident<string>[];
  /** E.164, e.g. "+4915112345678" */
  phones: Confident<string>[];
  links: Confident<ContactLink>[];
  location: Confident<string> | null;
}

export type SectionKind =
  | "contact"
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "languages"
  | "certifications"
  | "projects"
  | "publications"
  | "awards"
  | "interests"
  | "references"
  | "volunteering"
  | "other";

export interface Section {
  kind: SectionKind;
  heading: string;
  /** character offsets into AnalysisResult.text */
  start: number;
  end: number;
}

export interface ExperienceEntry {
  title: string | null;
  company: string | null;
  location: string | null;
  start: Month | null;
  end: Month | null;
  current: boolean;
  months: number | null;
  highlights: string[];
  confidence: number;
}

export type Seniority = "intern" | "junior" | "mid" | "senior" | "lead" | "principal" | "executive";

export interface ExperienceTotals {
  /** overlapping periods merged */
  months: number;
  years: number;
  gaps: { from: Month; to: Month; months: number }[];
  seniority: Seniority | null;
}

export type EducationLevel = "secondary" | "associate" | "bachelor" | "master" | "doctorate" | "other";

export interface EducationEntry {
  degree: string | null;
  level: EducationLevel | null;
  field: string | null;
  institution: string | null;
  start: Month | null;
  end: Month | null;
  grade: string | null;
  confidence: number;
}

export interface SkillEntry {
  /** canonical taxonomy name */
  name: string;
  category: string;
  aliasesSeen: string[];
  mentions: number;
  monthsUsed: number | null;
  lastUsed: Month | null;
  confidence: number;
}

export interface SpokenLanguage {
  /** English name, e.g. "German" */
  language: string;
  /** CEFR (A1..C2) or one of native, fluent, professional, intermediate, basic */
  level: string | null;
  confidence: number;
}

export interface Certification {
  name: string;
  issuer: string | null;
  date: Month | null;
  confidence: number;
}

export interface Project {
  name: string;
  description: string | null;
  skills: string[];
}

export interface QualityCheck {
  id:
    | "contact_complete"
    | "dates_parseable"
    | "quantified_achievements"
    | "length"
    | "sections_present"
    | "action_verbs"
    | "consistency";
  passed: boolean;
  /** points earned out of weight */
  points: number;
  weight: number;
  detail: string;
  suggestion: string | null;
}

export interface QualityReport {
  score: number;
  checks: QualityCheck[];
}

/** The month the CV speaks from, and how it was found: "present" in the CV means this month. */
export interface DocumentDate {
  month: Month;
  /** a dated signature line, file metadata, or (with neither) the date of the analysis */
  by: "metadata" | "signature" | "analysis";
}

export interface DocumentInfo {
  type: DocumentType;
  /** ISO 639-1 */
  language: string;
  pages: number;
  words: number;
  dated: DocumentDate;
}

export interface Analysis {
  contact: Contact;
  headline: Confident<string> | null;
  summary: Confident<string> | null;
  sections: Section[];
  experience: ExperienceEntry[];
  totals: ExperienceTotals;
  education: EducationEntry[];
  skills: SkillEntry[];
  languages: SpokenLanguage[];
  certifications: Certification[];
  projects: Project[];
  quality: QualityReport;
  document: DocumentInfo;
}

export interface AnalysisResult {
  /** the extracted text in reading order */
  text: string;
  analysis: Analysis;
}

export interface AnalysisLimits {
  maxBytes: number;
  maxPages: number;
  /** total uncompressed size a DOCX may declare before it is inflated */
  maxInflatedBytes: number;
  /** wall-clock budget for extraction, ms */
  timeoutMs: number;
  /** longest extracted text analysed, in characters; no CV comes near it (optional, defaults in DEFAULT_LIMITS) */
  maxTextChars?: number;
  /** most positioned text items a PDF may hold, all pages together (layout work grows with them) */
  maxPdfTextItems?: number;
  /** most drawing operators read from one PDF page's operator list */
  maxPdfOperators?: number;
}

export interface AnalyzeOptions {
  /** ISO 3166-1 alpha-2 region used for phone numbers without a country code */
  defaultRegion?: string;
  limits?: Partial<AnalysisLimits>;
  /**
   * The reference month for "Present"/"current" entries and totals, "YYYY-MM". The engine has no clock:
   * callers pass today's month.
   */
  asOf: Month;
  /**
   * Reads experience header pieces as title or organisation where word rules cannot decide. Defaults to the
   * model shipped in segmenter/pieceRoles.json; null uses the rules alone (the accuracy report's
   * cross-validation passes models trained without the document at hand).
   */
  pieceJudge?:
    | ((
        piece: string,
        context: { index: number; count: number; dated: boolean },
      ) => {
        title: number;
        organisation: number;
      })
    | null;
  /**
   * Says how surely the CV claims a candidate skill from its features (above 0: claimed). Defaults to the
   * model shipped in skillClaims.json; null uses the rules alone.
   */
  skillJudge?: ((features: string[], skill: string) => number) | null;
}
