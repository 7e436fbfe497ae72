// The subject of a degree: "B.E. in Mechanical Engineering", "MSc Computer Science", a CV builder's "Master of
// Arts : Human Resource Development", else a short piece of its row beside the degree and the school.
import { INSTITUTION_WORDS } from "./degrees.ts";
import { cleanPiece, GRADE } from "./educationInstitutions.ts";
import { looksLikeLocation } from "./places.ts";

const FIELD_AFTER_DEGREE =
  /\b(?:in|of|en|em|in der|im|für|fur|di|de|della|van|der)\s+((?:[\p{L}&'’-]+\s?){1,6})/u;

// "Master of Arts : Human Resource Development": a builder's degree, a colon, then its subject
const AFTER_COLON = /^[^:]{2,60}?\s:\s*([\p{L}&'’ ,/-]{3,80})$/u;

export function fieldOf(degreePiece: string, pieces: string[], institution: string | null): string | null {
  const found = subjectOf(degreePiece, pieces, institution);
  // up to the school, where the row names it after the subject ("Health Administration University of Missouri")
  // (and a "subject" that opens with the school is the school: "Bachelors of Arts : Kestrel Hall University")
  const at = found && institution ? found.indexOf(institution) : -1;
  if (at === 0 && INSTITUTION_WORDS.test(institution ?? "")) return null;
  return at > 0 ? cleanPiece(found?.slice(0, at) ?? "") || null : found;
}

function subjectOf(degreePiece: string, pieces: string[], institution: string | null): string | null {
  const colon = AFTER_COLON.exec(degreePiece);
  if (colon && cleanPiece(colon[1])) return cleanPiece(colon[1]);
  const match = FIELD_AFTER_DEGREE.exec(
    degreePiece.replace(
      /\b(bachelor|master|doctor)\s+of\s+(science|arts|engineering|business administration|laws)\b/i,
      "",
    ),
  );
  if (match) return cleanPiece(match[1]);
  // "MSc Computer Science", "B.A. Economics": an abbreviated degree followed directly by its subject.
  const abbreviated =
    /^(?:[BM]\.?\s?(?:Sc|A|Eng|S)\.?|MBA|Ph\.?\s?D\.?|Dipl\.-?\s?\w+\.?|Diplom|Bachelor|Master|Licence|Laurea(?: magistrale| triennale)?|Grado|Máster|Mestrado|Licenciatura)\s+(?!in\b|of\b|en\b|em\b|di\b)(.+)$/iu.exec(
      degreePiece,
    );
  if (abbreviated) return cleanPiece(abbreviated[1]);
  // a CV builder's "City , State" placeholder is no subject
  const others = pieces.filter(
    (piece) =>
      piece !== degreePiece &&
      piece !== institution &&
      !/\d/.test(piece) &&
      !/^(?:city|state|country)$/i.test(piece) &&
      // a place beside the school ("United States", "Pune") is no subject
      !looksLikeLocation(piece),
  );
  return others.find((piece) => piece.split(/\s+/).length <= 5 && !GRADE.test(piece)) ?? null;
}
