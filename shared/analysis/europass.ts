// Europass CVs print a label and its value as one text run ("Muttersprache(n)Deutsch"); this separates them.

// biome-ignore format: one language's labels per line
const LABELS = [
  "Mother tongue\\(s\\)", "Other language\\(s\\)", "Job-related skills", "Digital skills", "Communication skills", "Organisational / managerial skills", "Certificates", "Driving licence",
  "Muttersprache\\(n\\)", "Weitere Sprache\\(n\\)", "Berufsbezogene Kompetenzen", "Digitale Kompetenzen", "Kommunikative Fähigkeiten", "Zertifikate", "Führerschein",
  "Langue\\(s\\) maternelle\\(s\\)", "Autre\\(s\\) langue\\(s\\)", "Compétences professionnelles", "Compétences numériques", "Certificats", "Permis de conduire",
  "Lengua\\(s\\) materna\\(s\\)", "Otro\\(s\\) idioma\\(s\\)", "Competencias profesionales", "Competencias digitales", "Certificados", "Permiso de conducción",
  "Lingua\\/e madre", "Lingua madre", "Altre lingue", "Altra\\/e lingua\\/e", "Competenze professionali", "Competenze digitali", "Certificati", "Patente di guida",
  "Língua\\(s\\) materna\\(s\\)", "Outra\\(s\\) língua\\(s\\)", "Competências profissionais", "Competências digitais", "Carta de condução",
  "Moedertaal\\/talen", "Moedertaal", "Andere talen", "Beroepsgerelateerde vaardigheden", "Digitale vaardigheden", "Certificaten", "Rijbewijs",
];

const GLUED = new RegExp(`(${LABELS.join("|")})(?=[\\p{Lu}\\d])`, "gu");

/** The labels that announce a native language, so the language after them is "native". */
export const NATIVE_LABEL =
  /^\s*(mother tongue|muttersprache|langue\(s\) maternelle|langue maternelle|lengua\(s\) materna|lengua materna|lingua\/e madre|lingua madre|língua\(s\) materna|língua materna|moedertaal)/i;

/** Labels that introduce languages in Europass: native and other languages. */
export const LANGUAGE_LABEL =
  /^\s*(mother tongue|other language|muttersprache|weitere sprache|langue\(s\) maternelle|autre\(s\) langue|lengua\(s\) materna|otro\(s\) idioma|lingua\/e madre|lingua madre|altre lingue|altra\/e lingua|língua\(s\) materna|outra\(s\) língua|moedertaal|andere talen)/i;

export function separateEuropassLabels(text: string): string {
  return text.replace(GLUED, "$1\t");
}
