// The label format for real CVs: what a person read in each document, with personal data stored only as
// SHA-256 of its normalised value (the corpus rules), so labels can live in the repository.
import { createHash } from "node:crypto";
import { z } from "zod";

const yearOrMonth = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a date is "YYYY" or "YYYY-MM"')
  .nullable();

export const EDUCATION_LEVELS = [
  "secondary",
  "associate",
  "bachelor",
  "master",
  "doctorate",
  "other",
] as const;

const experienceLabel = z.object({
  title: z.string().min(1).nullable(),
  employer: z.string().min(1).nullable(),
  start: yearOrMonth,
  end: yearOrMonth,
  current: z.boolean(),
});

const educationLabel = z.object({
  degree: z.string().min(1).nullable(),
  level: z.enum(EDUCATION_LEVELS).nullable(),
  institution: z.string().min(1).nullable(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
});

const locationLabel = z.object({
  city: z.string().min(1).nullable(),
  region: z.string().min(1).nullable(),
  country: z.string().min(1).nullable(),
});

/** What a labeller writes, in clear, outside the repository. */
export const rawLabel = z.object({
  file: z.string().regex(/^(arefin\/(pdf|docx)|livecareer\/[A-Z-]+)\/[^/]+\.(pdf|docx)$/),
  isCv: z.boolean(),
  name: z.string().min(1).nullable(),
  emails: z.array(z.string().min(3)),
  phones: z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, "phones are E.164")),
  phoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  location: locationLabel.nullable(),
  documentDate: yearOrMonth,
  experience: z.array(experienceLabel),
  education: z.array(educationLabel),
  skills: z.array(z.string().min(1)),
  languages: z.array(z.string().min(1)),
  notes: z.string().optional(),
});
export type RawLabel = z.infer<typeof rawLabel>;

/** What the repository keeps: the same label with the name, e-mails and phones hashed. */
export const storedLabel = rawLabel.extend({
  name: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  emails: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  phones: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), country: z.string().nullable() })),
});
export type StoredLabel = z.infer<typeof storedLabel>;

/** The corpus rule: trimmed, lower-cased, inner whitespace collapsed. Phones are E.164 already. */
export function normalizePersonal(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

export function hashPersonal(value: string): string {
  return createHash("sha256").update(normalizePersonal(value)).digest("hex");
}

/** The country code an E.164 number starts with is clear enough; only the whole number is personal. */
export function toStoredLabel(raw: RawLabel, phoneCountryOf: (e164: string) => string | null): StoredLabel {
  // free-text notes may quote personal data, so they stay with the raw label
  const { notes: _notes, ...rest } = raw;
  return {
    ...rest,
    name: raw.name === null ? null : hashPersonal(raw.name),
    emails: raw.emails.map(hashPersonal),
    phones: raw.phones.map((p) => ({ sha256: hashPersonal(p), country: phoneCountryOf(p) })),
  };
}

/** "arefin/pdf/1037.pdf" -> "arefin-pdf-1037" */
export function labelFileName(file: string): string {
  return file.replace(/\.(pdf|docx)$/, "").replaceAll("/", "-");
}
