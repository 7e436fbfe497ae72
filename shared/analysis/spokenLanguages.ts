// Spoken languages with a level (CEFR or native/fluent/professional/intermediate/basic), in seven CV languages.
import { LANGUAGE_LABEL, NATIVE_LABEL } from "./europass.ts";
import type { SpokenLanguage } from "./types.ts";

// biome-ignore format: one language per line
const LANGUAGE_NAMES: [string, string[]][] = [
  ["English", ["english", "englisch", "anglais", "inglés", "ingles", "inglês", "inglese", "engels"]],
  ["German", ["german", "deutsch", "allemand", "alemán", "aleman", "alemão", "tedesco", "duits"]],
  ["French", ["french", "französisch", "franzoesisch", "français", "francais", "francés", "frances", "francês", "francese", "frans"]],
  ["Spanish", ["spanish", "spanisch", "espagnol", "español", "espanol", "castellano", "espanhol", "spagnolo", "spaans"]],
  ["Portuguese", ["portuguese", "portugiesisch", "portugais", "portugués", "portugues", "português", "portoghese", "portugees"]],
  ["Italian", ["italian", "italienisch", "italien", "italiano", "italiaans"]],
  ["Dutch", ["dutch", "niederländisch", "néerlandais", "neerlandais", "holandés", "neerlandés", "holandês", "olandese", "nederlands", "flemish", "vlaams"]],
  ["Polish", ["polish", "polnisch", "polonais", "polaco", "polonês", "polacco", "pools"]],
  ["Russian", ["russian", "russisch", "russe", "ruso", "russo", "russisch"]],
  ["Chinese", ["chinese", "mandarin", "chinesisch", "chinois", "chino", "chinês", "cinese", "chinees"]],
  ["Japanese", ["japanese", "japanisch", "japonais", "japonés", "japonês", "giapponese", "japans"]],
  ["Arabic", ["arabic", "arabisch", "arabe", "árabe", "arabo"]],
  ["Turkish", ["turkish", "türkisch", "turc", "turco", "turks"]],
  ["Hindi", ["hindi"]],
  ["Swedish", ["swedish", "schwedisch", "suédois", "sueco", "svedese", "zweeds"]],
  ["Danish", ["danish", "dänisch", "danois", "danés", "dinamarquês", "danese", "deens"]],
  ["Norwegian", ["norwegian", "norwegisch", "norvégien", "noruego", "norueguês", "norvegese", "noors"]],
  ["Greek", ["greek", "griechisch", "grec", "griego", "grego", "greco", "grieks"]],
  ["Catalan", ["catalan", "katalanisch", "catalán", "catalão", "catalano", "catalaans", "català", "valenciano", "valencià"]],
  ["Romanian", ["romanian", "rumänisch", "roumain", "rumano", "romeno", "roemeens"]],
  ["Ukrainian", ["ukrainian", "ukrainisch", "ukrainien", "ucraniano", "ucraino", "oekraïens"]],
  ["Korean", ["korean", "koreanisch", "coréen", "coreano", "koreaans"]],
  ["Czech", ["czech", "tschechisch", "tchèque", "checo", "tcheco", "ceco", "tsjechisch"]],
  ["Slovak", ["slovak", "slowakisch", "slovaque", "eslovaco", "slovacco", "slowaaks"]],
  ["Hungarian", ["hungarian", "ungarisch", "hongrois", "húngaro", "ungherese", "hongaars"]],
  ["Croatian", ["croatian", "kroatisch", "croate", "croata", "kroatisch"]],
  ["Serbian", ["serbian", "serbisch", "serbe", "serbio", "sérvio", "serbo", "servisch"]],
  ["Bulgarian", ["bulgarian", "bulgarisch", "bulgare", "búlgaro", "bulgaro", "bulgaars"]],
  ["Finnish", ["finnish", "finnisch", "finnois", "finlandés", "finlandês", "finlandese", "fins"]],
  ["Hebrew", ["hebrew", "hebräisch", "hébreu", "hebreo", "hebraico", "ebraico", "hebreeuws"]],
  ["Persian", ["persian", "farsi", "persisch", "persan", "persa", "persiano", "perzisch"]],
  ["Vietnamese", ["vietnamese", "vietnamesisch", "vietnamien", "vietnamita", "vietnamees"]],
  ["Thai", ["thai", "thailändisch", "thaï", "tailandés", "tailandês", "tailandese", "thais"]],
  ["Indonesian", ["indonesian", "bahasa indonesia", "indonesisch", "indonésien", "indonesio", "indonésio", "indonesiano"]],
  ["Malay", ["malay", "bahasa melayu", "malaiisch", "malais", "malayo", "malaio", "malese", "maleis"]],
  ["Tagalog", ["tagalog", "filipino"]],
  ["Bengali", ["bengali", "bangla", "bengalisch", "bengalí"]],
  ["Urdu", ["urdu", "ourdou"]],
  ["Punjabi", ["punjabi", "panjabi", "pandschabi"]],
  ["Gujarati", ["gujarati", "gujrati", "gujarathi", "gujrathi"]],
  ["Marathi", ["marathi", "marati"]],
  ["Tamil", ["tamil", "tamoul"]],
  ["Telugu", ["telugu", "télougou", "telgu"]],
  ["Nepali", ["nepali"]],
  ["Odia", ["odia", "oriya", "odiya"]],
  ["Assamese", ["assamese"]],
  ["Sindhi", ["sindhi"]],
  ["Konkani", ["konkani"]],
  ["Bhojpuri", ["bhojpuri"]],
  ["Maithili", ["maithili"]],
  ["Sinhala", ["sinhala", "sinhalese"]],
  ["Pashto", ["pashto", "pushto"]],
  ["Kannada", ["kannada"]],
  ["Rajasthani", ["rajasthani"]],
  ["Tulu", ["tulu"]],
  ["Kashmiri", ["kashmiri"]],
  ["Dogri", ["dogri"]],
  ["Manipuri", ["manipuri", "meitei"]],
  ["Santali", ["santali", "santhali"]],
  ["Malayalam", ["malayalam", "malyalam"]],
  ["Swahili", ["swahili", "kiswahili", "suaheli"]],
  ["Yoruba", ["yoruba"]],
  ["Igbo", ["igbo"]],
  ["Hausa", ["hausa"]],
  ["Amharic", ["amharic", "amharisch", "amharique", "amárico"]],
  ["Basque", ["basque", "baskisch", "euskera", "vasco", "basco"]],
  ["Galician", ["galician", "galicisch", "galicien", "gallego", "galego", "galiziano"]],
  ["Irish", ["irish", "gaelic", "irisch", "irlandais", "irlandés", "irlandês", "irlandese", "iers"]],
  ["Welsh", ["welsh", "walisisch", "gallois", "galés", "galês", "gallese", "welsh"]],
  ["Lithuanian", ["lithuanian", "litauisch", "lituanien", "lituano", "litouws"]],
  ["Latvian", ["latvian", "lettisch", "letton", "letón", "letão", "lettone", "lets"]],
  ["Estonian", ["estonian", "estnisch", "estonien", "estonio", "estoniano", "ests"]],
  ["Slovenian", ["slovenian", "slovene", "slowenisch", "slovène", "esloveno", "sloveno", "sloveens"]],
  ["Albanian", ["albanian", "albanisch", "albanais", "albanés", "albanês", "albanese", "albanees"]],
  ["Cantonese", ["cantonese", "kantonesisch", "cantonais", "cantonés", "cantonês", "cantonese"]],
  ["Icelandic", ["icelandic", "isländisch", "islandais", "islandés", "islandês", "islandese", "ijslands"]],
  ["Dari", ["dari"]],
  ["Afrikaans", ["afrikaans"]],
  ["Zulu", ["zulu", "isizulu"]],
  ["Xhosa", ["xhosa", "isixhosa"]],
  ["Somali", ["somali"]],
  ["Tigrinya", ["tigrinya"]],
  ["Bemba", ["bemba"]],
  ["Nyanja", ["nyanja", "chichewa"]],
  ["Luganda", ["luganda"]],
  ["Kinyarwanda", ["kinyarwanda"]],
  ["Haitian Creole", ["haitian creole", "kreyòl", "kreyol"]],
  ["Armenian", ["armenian"]],
  ["Azerbaijani", ["azerbaijani", "azeri"]],
  ["Kazakh", ["kazakh"]],
  ["Uzbek", ["uzbek"]],
  ["Burmese", ["burmese"]],
  ["Khmer", ["khmer"]],
  ["Hmong", ["hmong"]],
  ["Samoan", ["samoan"]],
  ["American Sign Language", ["american sign language", "asl"]],
  ["Luxembourgish", ["luxembourgish", "luxemburgisch", "luxembourgeois", "luxemburgués", "lussemburghese", "luxemburgs"]],
];

// biome-ignore format: one level per line
const LEVEL_WORDS: [string, RegExp][] = [
  ["native", /\b(native|mother tongue|first language|bilingual|muttersprache|muttersprachlich|langue maternelle|maternelle|natif|native|nativo|nativa|lengua materna|língua materna|madrelingua|lingua madre|moedertaal)\b/i],
  ["fluent", /\b(fluent|fluently|fluency|full professional|fließend|fliessend|verhandlungssicher|courant|couramment|fluido|fluida|fluente|fluentemente|vloeiend|excellent)\b/i],
  ["professional", /\b(professional|business|advanced|proficient|sehr gut|sehr gute|avancé|avancée|avanzado|avanzada|avançado|avançada|avanzato|ottimo|goed|gevorderd|professional working)\b/i],
  ["intermediate", /\b(intermediate|conversational|good|gut|gute|intermédiaire|intermedio|intermedia|intermediário|intermediária|buono|buona|redelijk|limited working)\b/i],
  ["basic", /\b(basic|elementary|beginner|notions|grundkenntnisse|basiskenntnisse|básico|básica|base|basis|elementare|scolaire|schulkenntnisse|débutant)\b/i],
];

const NAME_TO_LANGUAGE = new Map<string, string>();
for (const [english, names] of LANGUAGE_NAMES) for (const name of names) NAME_TO_LANGUAGE.set(name, english);

/** "Hindi", "Deutsch": a language's name in one of the spellings read here */
export const namesLanguage = (word: string) => NAME_TO_LANGUAGE.has(word.toLowerCase());

const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}])(${[...NAME_TO_LANGUAGE.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`,
  "giu",
);

function levelOf(text: string): string | null {
  const cefr = /\b([ABC][12])\b/.exec(text);
  if (cefr) return cefr[1];
  for (const [level, pattern] of LEVEL_WORDS) if (pattern.test(text)) return level;
  return null;
}

// what may stand between a level and the names it is said of: "fluent in", "native speaker of", "excellent in both
// spoken and written"
const LEVEL_TO_NAME =
  /(?:\s+(?:in|of|at|with|both|and|speaker|speaking|user|knowledge|command|written|spoken|oral|verbal|reading|writing))*\s*:?\s*$/iu;
// a list's joint between two names: "English and Arabic", "Pashto, Dari", "Spanish/English"
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)(?:\s+in)?\s+|\/)\s*$/iu;

/** The level said right before a language's name ("Fluent in", "conversational"), or null. */
function levelBefore(before: string): string | null {
  // (the last words only: a long run of spaces before a name costs no more than a short one)
  const text = before.slice(-80);
  const lead = text.replace(LEVEL_TO_NAME, "");
  const last = /([\p{L}-]+)$/u.exec(lead)?.[1] ?? "";
  if (last === "" || (lead.length === text.length && !/\s$/.test(text))) return null;
  return levelOf(last);
}

/**
 * Languages named in the given lines. In a languages section every name counts; elsewhere only lines that
 * say they are about languages ("Languages: English, German") do, so "French cuisine" is not a language.
 */
export function extractSpokenLanguages(lines: string[], inLanguagesSection: boolean): SpokenLanguage[] {
  const found = new Map<string, SpokenLanguage>();
  for (const line of lines) {
    const matches = [...line.matchAll(NAME_PATTERN)];
    // "Fluent in Italian ~ Conversational in Spanish", "Native speaker of English and Portuguese, fluent in
    // Spanish": a line whose first name has its level before it gives each name the level said before it
    const levelFirst = matches.length > 0 && levelBefore(line.slice(0, matches[0].index)) !== null;
    let carried: string | null = null;
    matches.forEach((match, index) => {
      const language = NAME_TO_LANGUAGE.get(match[1].toLowerCase());
      if (!language) return;
      // The level is whatever follows this name up to the next language name.
      const from = (match.index ?? 0) + match[0].length;
      const to = matches[index + 1]?.index ?? line.length;
      const start = index === 0 ? 0 : (matches[index - 1].index ?? 0) + matches[index - 1][0].length;
      const before = line.slice(start, match.index);
      // a name joined to the one before by "and" or a comma shares its level ("fluent in English and Arabic")
      carried = levelFirst
        ? (levelBefore(before) ?? (index > 0 && LIST_JOIN.test(before) ? carried : null))
        : null;
      // Europass puts the level before the names: "Mother tongue(s)  German, English".
      // (a sentence of its own may still open with the level: "Arabic mother tongue. Good in spoken English.")
      const sentences = before.split(/[.;~]\s+/);
      const opening = sentences.length > 1 ? levelBefore(sentences[sentences.length - 1]) : null;
      const level =
        carried ?? levelOf(line.slice(from, to)) ?? opening ?? (NATIVE_LABEL.test(line) ? "native" : null);
      const existing = found.get(language);
      if (existing && (existing.level || !level)) return;
      found.set(language, { language, level, confidence: inLanguagesSection ? (level ? 0.95 : 0.85) : 0.7 });
    });
  }
  return [...found.values()];
}

/** True when a line starts with a language name and goes on to give its level: "English (C2)", "Deutsch – Muttersprache". */
export function isLanguageLevelLine(line: string): boolean {
  const trimmed = line.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-])\s*/, "").trim();
  if (trimmed.length > 60) return false;
  NAME_PATTERN.lastIndex = 0;
  const match = NAME_PATTERN.exec(trimmed);
  NAME_PATTERN.lastIndex = 0;
  if (LANGUAGE_LABEL.test(trimmed)) return match !== null;
  return match !== null && match.index === 0 && levelOf(trimmed.slice(match[0].length)) !== null;
}

// "Languages English, Malayalam, Hindi" (a label and a space), "Bi-lingual in English and Spanish",
// "Fluent in Arabic", "I speak Tamil and Hindi": a line that says it is about spoken languages.
const LABEL_THEN_NAME =
  /^\s*(?:(?:[•●▪■◦○·*‣⁃–—-]|o(?=\s)|\d{1,2}[.)])\s*)?language['’]?s?(?:\s+(?:known|know|spoken))?\s+/i;
const SPEAKS =
  /\b(?:bi-?lingual|tri-?lingual|multi-?lingual|fluent|fluency|speaks?|spoken|mother tongue|(?:written|verbal|oral)\s+(?:and\s+(?:written|verbal|oral)\s+)?communication)\b/i;
// "Hindi English and Urdu", "English, Hindi & Tamil": a line of two language names or more and nothing else
const SEPARATOR = /^(?:\s|,|;|\/|&|\band\b|[-–—.:|•])*$/iu;

function onlyLanguages(line: string): boolean {
  const names = [...line.matchAll(NAME_PATTERN)];
  NAME_PATTERN.lastIndex = 0;
  if (names.length < 2) return false;
  let from = 0;
  for (const name of names) {
    if (!SEPARATOR.test(line.slice(from, name.index))) return false;
    from = (name.index ?? 0) + name[0].length;
  }
  return SEPARATOR.test(line.slice(from));
}

export function statesLanguages(line: string): boolean {
  if (line.length > 300) return false;
  NAME_PATTERN.lastIndex = 0;
  const label = LABEL_THEN_NAME.exec(line);
  const named = label ? new RegExp(`^${NAME_PATTERN.source}`, "iu").test(line.slice(label[0].length)) : false;
  if (named || onlyLanguages(line)) return true;
  if (!SPEAKS.test(line)) return false;
  const found = NAME_PATTERN.test(line);
  NAME_PATTERN.lastIndex = 0;
  return found;
}
