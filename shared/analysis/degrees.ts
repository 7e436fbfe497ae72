// Degree names across European and American systems, mapped to an education level.
import { placesNamed } from "./gazetteer.ts";
import type { EducationLevel } from "./types.ts";

/** A case-insensitive alternation bounded by non-letters, so "B.Sc." and "università" match as whole words. */
function words(alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join("|")})(?![\\p{L}\\d])`, "iu");
}

// "B.Tech (ME)", "Diploma (M.E)": a branch in brackets after a degree ("ME": mechanical engineering) is no master's
const NOT_A_BRANCH = String.raw`(?<!(?:tech|b\.?\s?e|diploma|b\.?\s?sc)\.?\s*\(\s*)`;

// Checked in order: the first pattern that matches decides, so specific forms come before general ones.
// biome-ignore format: compact word lists
const LEVELS: [EducationLevel, RegExp][] = [
  // safety and testing credentials: "IOSH – MS" is IOSH's Managing Safely course, not a master's
  ["other", words(["iosh[\\s–—-]+ms"])],
  // Indian post-graduate management and computing diplomas are master's-level programmes
  // post-graduate diplomas are master's level as the labels define it ("PG Diploma in Embedded Systems");
  // post-graduate certificates stay certificates, and so does a diploma taken after a diploma ("Post Diploma in
  // Industrial Safety"), which follows no degree
  ["master", words(["pgdm", "pgdba", "pgdca", "pgdbm", "p\\.g\\.d\\.?m\\.?", "post[- ]?graduate diploma", "p\\.?\\s?g\\.?\\s?diploma", "pgdip"])],
  ["other", words(["pgce", "pgde", "postgraduate certificate", "pg cert", "post diploma"])],
  // Indian polytechnic diplomas by their dotted initials ("D.M.E", "D.C.E."), before "M.E" reads as a master's
  // and without dots ("DME", "DEEE"), or named by the branch alone ("Diploma in Mechanical", "Diploma (Civil)")
  ["associate", words(["d\\.\\s?m\\.\\s?e\\.?", "d\\.\\s?c\\.\\s?e\\.?", "d\\.\\s?e\\.\\s?e\\.?", "advanced diploma", "dme", "deee", "dece",
    "diploma[\\s-]+(?:in\\s+|\\(\\s*)?(?:mechanical|civil|electrical|electronics|automobile|chemical|instrumentation|production|architecture|me|ce|ee|ece|eee)(?![\\p{L}\\s]*(?:safety|fire|draught|draft|cad))"])],
  [
    "doctorate",
    words([
      "ph\\.?\\s?d\\.?", "d\\.?phil\\.?", "doctorate", "doctor of \\p{L}+", "doktor",
      // German "Promotion" (a doctorate), not a sales promotion or a promotion to a post
      "(?<!(?:sales|brand|product|trade|marketing|event|consumer|retail|got|received|earned|my|for|of|a|and|&)\\s+)promotion(?!\\s+(?:as|to|activities|activity|campaigns?|events?|materials?|of|for|and|&)\\b)",
      "dr\\.\\s?(?:rer|phil|ing|med)\\.?", "doctorat", "docteur", "doctorado", "doutorado",
      "doutoramento", "dottorato", "dottore di ricerca", "doctoraat", "ed\\.\\s?d\\.?", "d\\.b\\.a\\.", "j\\.d\\.",
    ]),
  ],
  [
    "master",
    words([
      "m\\.?\\s?sc\\.?", "msc", "m\\.a\\.", "ma", "m\\.?\\s?eng\\.?", "meng", "mba", "m\\.b\\.a\\.?", "msn", "m\\.s\\.n\\.?",
      // "MS Office", "MS-Excel" are Microsoft's, not a master's
      "ms(?![\\s.–—-]*(?:office|word|excel|power\\s?point|ppt|project|access|dos|sql|outlook|visio|windows|paint|teams?|publisher|dynamics|exchange|azure|navision)\\b)",
      "m\\.s\\.(?![\\s-]*(?:office|word|excel)\\b)", "(?<!\\.)m\\.s(?=\\s*(?:[:,(]|$)|\\s+in\\s)", "(?<!\\.)m\\.a(?=\\s*(?:[:,(]|$)|\\s+in\\s)", "mfa", "m\\.f\\.a\\.", "m[.-]?\\s?tech\\.?", "mca", `${NOT_A_BRANCH}m\\.e\\.`, "m\\.com", "m\\.c\\.a\\.?",
      // ("Road Master Driving School", "Scrum Master", "Master Electrician": a name's or a trade's word)
      "(?<!(?:scrum|road|toast|web|quarter|head|station|post|ship|yard|grand|chess|band|quiz|pay)\\s)master'?s?(?!\\s+(?:electrician|plumber|technician|mechanic|carpenter|chef|gardener|trainer|diver|mariner|craftsman|barber|sergeant|data|file|plan|schedule|card|key|truck)\\b)",
      "master of \\p{L}+", "magister", "magistère",
      "diplom(?:-|\\s)?(?:ingenieur(?:in)?|informatiker(?:in)?|kaufmann|kauffrau|volkswirt(?:in)?|physiker(?:in)?|mathematiker(?:in)?|psychologe|psychologin|betriebswirt(?:in)?)?",
      "dipl\\.-?\\s?(?:ing|inf|kfm|math|phys|betriebsw)\\.?(?:\\s?\\(fh\\))?", "diplôme d['’]ingénieur",
      "ingénieur diplômé", "mastère", "máster", "maestría", "mestrado", "mestre", "laurea magistrale",
      "laurea specialistica", "master universitario", "drs\\.", "ir\\.", "staatsexamen",
      "state examination", "ll\\.?m\\.?", "m\\.?\\s?phil\\.?", "m(?:\\.\\s?|\\s)ed\\.?", "m\\.?\\s?pharm\\.?", "msw",
      "m(?:\\.\\s?|\\s)arch\\.?", "post[- ]?graduat(?:e|ion)",
      `${NOT_A_BRANCH}m\\.?\\s?e\\b`,
    ]),
  ],
  [
    "bachelor",
    words([
      "b\\.?\\s?sc\\.?", "bsc", "b\\.a\\.", "ba", "b\\.?\\s?eng\\.?", "beng", "b\\.s\\.", "(?<!\\.)b\\.s(?=\\s*(?:[:,(]|$)|\\s+in\\s)", "(?<!\\.)b\\.a(?=\\s*(?:[:,(]|$)|\\s+in\\s)", "bs", "bfa",
      "b\\.f\\.a\\.", "b[.,-]?\\s?tech\\.?", "b\\.e\\.", "b\\.com", "bcom", "bca", "b\\.c\\.a\\.?", "bba", "b\\.b\\.a\\.?",
      "bachelor'?s?", "bachelor of \\p{L}+", "(?<!(?:driving|driver'?s?|trade|wireman|electrical)\\s)licence(?!\\s*(?:no\\b|number|#))", "licenciatura", "licenciado", "licenciada",
      "grado", "graduação", "bacharelado", "bacharel", "laurea triennale", "laurea",
      "diploma universitario", "hbo", "wo-bachelor", "ll\\.?b\\.?", "b\\.?\\s?e", "be", "b\\.?\\s?pharm\\.?",
      "b(?:\\.\\s?|\\s)arch\\.?", "b(?:\\.\\s?|\\s)ed\\.?", "bds", "mbbs", "bhm", "bms", "bbm", "bsn", "b\\.s\\.n\\.?", "bsw", "b\\.?\\s?voc",
      // ("High School Graduate" is a school's; "Distinguished Graduate" of a course, "Graduate Courses" or a
      // "Graduate Assistant" name no degree)
      "(?<!(?:school|secondary|distinguished)\\s+)graduat(?:e|ion)(?!\\s+(?:courses?|level|class(?:es)?|assistant)\\b)",
    ]),
  ],
  [
    "associate",
    words([
      "associate degree", "associate of \\p{L}+", "associate in \\p{L}+",
      // "Associates Degree", "Associate's of Arts", "Associates in Applied Science", and the builder's "General
      // Associates : General" or "Associate : Nursing" at a row's start ("Sales Associate, 2015" is a post)
      "associate['’]?s['’]?\\s+(?:degree|of\\s+(?:applied|arts?|science|occupational|fine|general)|in\\s+(?:applied|arts?|science|general))", "(?<=^\\s*(?:general\\s+)?)associates?(?=\\s*:)", "a\\.a\\.s\\.", "a\\.a\\.",
      "a\\.s\\.", "(?<!\\.)a\\.(?:a\\.)?[as](?=\\s*(?:[:,(]|$)|\\s+in\\s)", "aas", "hnd", "hnc", "foundation degree", "dut", "bts", "técnico superior",
      "ciclo formativo de grado superior", "tecnólogo", "mbo", "fachwirt(?:in)?", "techniker(?:in)?",
      "meister(?:in)?", "diploma in \\p{L}*\\s?engineering", "polytechnic(?: diploma)?", "diploma engineering",
      // Indian polytechnic diplomas: "Diploma in Electrical & Electronics Engg.", "DIPLOMA (Mechanical Engineering)"
      "diploma[\\s-]+(?:in\\s+|\\()?(?:[\\p{L}&.]+\\s+){0,4}(?:engineering|engg\\.?|engineerin?g)",
      "d\\.?\\s?pharm(?:a|acy)?\\.?", "diplomo[\\s-]+(?:in\\s+)?(?:[\\p{L}&.]+\\s+){0,4}(?:engineering|engg\\.?)",
    ]),
  ],
  [
    "secondary",
    words([
      "abitur", "allgemeine hochschulreife", "fachabitur", "fachhochschulreife", "matura", "maturità",
      "baccalauréat", "bac", "bachillerato", "ensino médio", "diploma di maturità",
      "high school(?: diploma)?", "h\\.?\\s?s\\.?\\s?diploma", "a-levels?", "a levels", "gcse", "vwo", "havo", "secondary school",
      "mittlere reife", "realschulabschluss", "ged", "diploma di liceo", "lycée", "ssc", "hsc", "sslc", "s\\.\\s?s\\.\\s?l\\.\\s?c\\.?", "s\\s?s\\s?l\\s?c", "s\\.?l\\.?c\\.?", "h\\.?s\\.?l\\.?c\\.?",
      "s\\.s\\.c\\.?", "h\\.s\\.c\\.?", "10th", "12th", "x\\s?th", "xii\\s?th", "class\\s+(?:x|xii|10|12)",
      "std\\.?\\s?(?:x|xii|10|12)", "intermediate", "matric(?:ulation)?", "puc", "pre[- ]university",
      "(?:higher|senior|sr\\.?)\\s?secondary", "secondary", "aissce", "aisse", "\\+\\s?2", "inter(?!-\\p{L})",
      // West Bengal's Madhyamik, "TENTH", "10+2"
      "madhyamik", "uchch?a madhyamik", "tenth", "twelfth", "10\\s?\\+\\s?2", "plus two", "\\+\\s?two",
      // the Indian School Certificate (class XII) and its class X examination
      "isc", "icse", "indian school certificate",
    ]),
  ],
  [
    "other",
    words([
      "diploma", "diplôme", "certificate", "zertifikat", "ausbildung", "apprenticeship", "vocational",
      "berufsausbildung", "examen", "examinierte?r?", "formation professionnelle", "cap", "bep",
      "certificado", "certificazione",
      // vocational courses and trade certificates (an ITI trade, "Course on AutoCAD", "Certified in HVAC Design")
      "i\\.t\\.i\\.?", "iti", "courses?", "certified", "certification",
    ]),
  ],
];

// "Orchard University<TAB>Medford, MA", "Jackson, MS 39201": a US town and its state's code end a cell; MA, MS, ME and MD
// there are Massachusetts, Mississippi, Maine and Maryland, no degree
const US_PLACE_AT_END =
  /(?<=^|\t|,| {2}) *(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}), *(?:MA|MS|ME|MD)(?: +\d{5}(?:-\d{4})?)?[. ]*(?=\t|$)/gu;

function withoutUsPlaces(text: string): string {
  if (!/\b(?:MA|MS|ME|MD)\b/.test(text)) return text;
  return text.replace(US_PLACE_AT_END, (place, town: string) =>
    placesNamed(town, true).some((known) => known.kind === "city" && known.country === "US") ? " " : place,
  );
}

export function educationLevel(text: string): EducationLevel | null {
  // "I would be the asset ...", "to allow me to work": the verb and the pronoun in lower case are no B.E. or M.E.
  const written = withoutUsPlaces(text).replace(/(?<![\p{L}\d.])[bm]e(?![\p{L}\d.])/gu, "  ");
  for (const [level, pattern] of LEVELS) if (pattern.test(written)) return level;
  return null;
}

// biome-ignore format: compact word lists
const INSTITUTION_WORD_LIST = words([
  "university", "universität", "universitat", "université", "universidad", "universidade", "università",
  "universiteit", "univ\\.", "\\p{L}*hochschule", "fachhochschule", "eth", "epfl", "kit",
  "rwth", "lmu", "htw", "htwk", "insa", "ens", "college", "\\p{L}*schule", "gymnasium", "lycée", "école",
  "ecole", "escuela", "escola", "scuola", "liceo", "colegio", "colégio", "collège", "institute", "institut", "instituto", "istituto",
  "politecnico", "polytechnique", "polytechnic", "hogeschool", "academy", "\\p{L}*akademie", "académie",
  "academia", "accademia", "insead", "hec", "essec", "iese", "mit", "ucl", "lse", "conservatoire",
  "conservatorio", "fundação", "fundación", "business school", "sapienza", "sorbonne", "vidyalaya",
  "vidyapith", "vidyapeeth", "mahavidyalaya", "vidya mandir", "iit", "nit", "iiit", "iim", "board",
  "centre", "center", "iti", "school", "schools", "patashala", "shala", "hss", "h\\.s\\.s", "hr\\.?\\s?sec\\.?", "inter college",
  // abbreviated heads in Indian names: "Poornima Inst. of Engg.", "Sant Longowal Instt. of Eng.", "Govt. Poly. Karnal"
  "instt?\\.", "poly\\.", "(?:govt\\.?|government)\\s+i\\.?\\s?t\\.?\\s?i\\.?",
  // head words as they are often misspelt: "Rajkiya Inter Collage", "XYZ Univercity", "ABC Institue"
  "collage", "collge", "colege", "univercity", "universty", "unversity", "institue", "insitute", "intitute",
]);
// "TH", "TU", "FH" name German schools only in capitals; in lower case "th" is an ordinal's superscript
const SCHOOL_ABBREVIATIONS = /(?<![\p{L}\d])(?:TH|TU|FH)(?![\p{L}\d])/u;

/** A school, college or university named in the text. */
export function namesInstitution(text: string): boolean {
  return INSTITUTION_WORD_LIST.test(text) || SCHOOL_ABBREVIATIONS.test(text);
}

export const INSTITUTION_WORDS = { test: namesInstitution };
