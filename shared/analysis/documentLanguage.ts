// Guesses the CV's language (ISO 639-1) from counts of frequent function words.
const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "for", "with", "on", "at", "as", "by", "from", "my", "was", "is", "i", "team"],
  de: ["und", "der", "die", "das", "mit", "für", "von", "im", "zur", "zum", "bei", "den", "des", "ein", "eine", "ich", "als", "auf"],
  fr: ["et", "le", "la", "les", "des", "de", "du", "pour", "avec", "dans", "en", "sur", "au", "une", "un", "aux", "chez"],
  es: ["y", "el", "la", "los", "las", "de", "del", "para", "con", "en", "por", "una", "un", "al", "como", "sus"],
  pt: ["e", "o", "a", "os", "as", "de", "do", "da", "dos", "das", "para", "com", "em", "no", "na", "um", "uma", "pelo"],
  it: ["e", "il", "la", "di", "del", "della", "per", "con", "in", "nel", "nella", "un", "una", "dei", "delle", "presso", "gli"],
  nl: ["en", "de", "het", "van", "een", "voor", "met", "in", "op", "bij", "als", "aan", "naar", "ik", "zijn", "te"],
};

const INDEX = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) INDEX.set(word, [...(INDEX.get(word) ?? []), language]);
}

export function detectDocumentLanguage(text: string): string {
  const scores: Record<string, number> = { en: 0, de: 0, fr: 0, es: 0, pt: 0, it: 0, nl: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const languages = INDEX.get(word);
    // A word shared by several languages says less about each of them.
    if (languages) for (const language of languages) scores[language] += 1 / languages.length;
  }
  // Letters only some languages use break near-ties (ß/ä, ç/ã, ñ).
  if (/[ß]|\b\p{L}*[äöü]\p{L}*/u.test(text)) scores.de += 2;
  if (/[ãõ]/.test(text)) scores.pt += 3;
  if (/ñ/.test(text)) scores.es += 3;
  const [best] = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : "en";
}
