// Degree names across European and American systems, mapped to an education level.
import type { EducationLevel } from "./types.ts";

// Checked in order: the first pattern that matches decides, so specific forms come before general ones.
const LEVELS: [EducationLevel, RegExp][] = [
  [
    "doctorate",
    /\b(ph\.?\s?d\.?|d\.?phil|doctorate|doctor of|doktor|promotion|dr\.\s?(?:rer|phil|ing|med)|doctorat|docteur|doctorado|doutorado|doutoramento|dottorato|dottore di ricerca|doctoraat|gepromoveerd)\b/i,
  ],
  [
    "master",
    /(\b(m\.?\s?sc\.?|m\.?\s?a\.?(?=\s|$|,)|m\.?\s?eng\.?|mba|m\.?\s?b\.?\s?a\.?|ms(?=\s|$|,)|m\.s\.|master'?s?|magister|magistère|diplom(?:-|\s)?(?:ingenieur|informatiker|kaufmann|kauffrau|volkswirt|physiker|mathematiker|psychologe)?|dipl\.-?\s?(?:ing|inf|kfm|math|phys)\.?|diplôme d'ingénieur|ingénieur diplômé|mastère|máster|maestría|mestrado|mestre|laurea magistrale|laurea specialistica|master universitario|drs\.|ir\.|staatsexamen|state examination|llm|ll\.m\.)(?![\p{L}])|\bmsc\b)/iu,
  ],
  [
    "bachelor",
    /(\b(b\.?\s?sc\.?|bsc|b\.?\s?a\.?(?=\s|$|,)|b\.?\s?eng\.?|beng|b\.?\s?s\.?(?=\s|$|,)|bachelor'?s?|licence|licenciatura|licenciado|licenciada|grado|graduação|bacharelado|bacharel|laurea triennale|laurea|diploma universitario|bachelor of|hbo|wo-bachelor|llb|ll\.b\.|b\.tech|btech|b\.e\.)(?![\p{L}]))/iu,
  ],
  [
    "associate",
    /\b(associate degree|associate of|a\.a\.s?\.|hnd|hnc|foundation degree|dut|bts|técnico superior|ciclo formativo de grado superior|tecnólogo|mbo|fachwirt|techniker|meister)\b/i,
  ],
  [
    "secondary",
    /\b(abitur|allgemeine hochschulreife|fachabitur|fachhochschulreife|matura|maturità|baccalauréat|bac\b|bachillerato|ensino médio|diploma di maturità|high school|a-levels?|a levels|gcse|vwo|havo|secondary school|mittlere reife|realschulabschluss|ged|diploma di liceo|lycée)\b/i,
  ],
  [
    "other",
    /\b(diploma|diplôme|certificate|zertifikat|ausbildung|apprenticeship|vocational|berufsausbildung|formation professionnelle|cap\b|bep\b)\b/i,
  ],
];

export function educationLevel(text: string): EducationLevel | null {
  for (const [level, pattern] of LEVELS) if (pattern.test(text)) return level;
  return null;
}

export function mentionsDegree(text: string): boolean {
  return educationLevel(text) !== null;
}

export const INSTITUTION_WORDS =
  /(?<![\p{L}\d])(university|universität|universitat|université|universidad|universidade|università|universiteit|univ\.|hochschule|fachhochschule|fh|tu|th|eth|epfl|kit|rwth|lmu|college|school|schule|gymnasium|lycée|école|ecole|escuela|escola|scuola|liceo|institute|institut|instituto|istituto|politecnico|polytechnique|hogeschool|academy|akademie|académie|academia|accademia|insead|hec|essec|iese|mit|ucl|lse|conservatoire|conservatorio)(?![\p{L}\d])/iu;
