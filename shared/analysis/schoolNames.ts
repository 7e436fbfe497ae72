// School names inside education rows: where a name starts and ends, and which level words belong to a name
// ("St. Thomas Higher Secondary School", "J L N Inter College") rather than to a degree.
import { educationLevel } from "./degrees.ts";

// The head words of a school's name ("University", "College"), and the subject words that end a name read
// leftwards from one: in "Science : Environmental Science Knox Community College" the name starts after "Science".
const NAME_HEAD =
  /^(?:university|college|collegiate|institute|instt?|school|academy|polytechnic|vidyalaya|mahavidyalaya|vidyapeeth|vidyapith|universidad|universidade|université|instituto|collage|collge|colege|institue|univercity|universty)$/i;
// biome-ignore format: compact word list
const SUBJECT_WORDS = new Set([
  "science", "sciences", "arts", "art", "engineering", "accountancy", "psychology", "management", "administration", "studies",
  "education", "finance", "accounting", "economics", "counseling", "counselling", "design", "systems",
  "mathematics", "history", "philosophy", "agriculture", "nursing", "business", "marketing", "communication",
  "communications", "law", "medicine", "health", "development", "resources", "computer", "information",
  "technology", "biology", "chemistry", "physics", "commerce", "diploma", "degree", "certificate", "major",
  "minor", "honors", "honours", "graduated", "graduate", "bachelor", "bachelors", "master", "masters", "english",
  "literature", "sociology", "criminal", "justice", "theology", "music", "architecture", "hospitality",
]);
// Words that name a kind of school inside its name although alone they name a level ("Higher Secondary School").
// biome-ignore format: compact word list
const IN_NAME_LEVEL_WORDS = new Set([
  "higher", "secondary", "sec", "senior", "sr", "hr", "high", "matriculation", "matric", "inter", "intermediate",
  "polytechnic", "public", "model", "junior", "jr", "hss", "girls", "boys", "convent", "central", "technical",
]);

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}]/gu, "");
const capitalised = (word: string) => /^[\p{Lu}\d&][\p{L}\d&'’.-]*$/u.test(word);
// "College Of Engineering", "Institute Of Mgt. & IT": Indian CVs capitalise the connector inside a name
const connector = (word: string | undefined) =>
  word !== undefined && /^(?:of|for|de|del|da|do|dos|das|di|the|and|&|at|Of|For|And)$/.test(word);

/** A kind-of-school run ("Matriculation Higher Secondary", "Engineering", "Arts & Science") before a head word. */
const KIND_RUN =
  /(?:\b(?:matric(?:ulation)?|higher|senior|sen\.?|sr\.?|hr\.?|high|inter(?:mediate)?|secondary|sec\.?|polytechnic|public|model|junior|girls|boys|convent|central|technical)\s+)+(?=(?:school|college|collage|vidyalaya|institute|academy|h\.?s\.?s|board)\b)/giu;

/**
 * The education level a piece names outside any school name inside it: "M.CT.RM Higher Secondary School" names
 * none (the level words belong to the school), "SSLC from X Higher Secondary School" names secondary, and
 * "High School Diploma" or "Higher Secondary" alone, with no name before the kind words, still names secondary.
 */
// A school year named by its number alone at the start of a row: "10 Passed from UP Board", "12 with 56.8% from X",
// "XII (ICSE)", "II.\t12\tS.N. Sinha College" (after a row number)
const SCHOOL_YEAR =
  /^(?:(?:[ivx]{1,4}|\d{1,2})[.)]\s+)?(x|xii|10|12)(?=\s*$|\s*\(|\t|\s+(?:passed|with|from|in|std|standard|class|board|exam|examination|cbse|icse|state)\b)/i;

/** The school year a row opens with by its number alone ("10\tS. I. College\t57.50" gives "10"), or null. */
export function schoolYearAtStart(line: string): string | null {
  return SCHOOL_YEAR.exec(line.trim())?.[1] ?? null;
}

// "Diploma", "Diploma (Mechanical)", "Diploma EEE", "Diploma from KVG P": a diploma named with no subject of its
// own beside school years and degrees is a polytechnic diploma, which the labels count as associate
const BARE_DIPLOMA =
  /^(?:[Dd]iplom[ao]|DIPLOM[AO])\.?\s*(?:$|\(|(?:[Ff]rom|FROM|[Aa]t|AT)\b|\p{Lu}{2,5}\b(?!\s+\p{Ll}))/u;

// "Govt. I.T.I Kollam", "Government ITI Pune": an industrial training institute named as a school, not the trade
const ITI_SCHOOL = /\b(?:govt\.?|government)\s+i\.?\s?t\.?\s?i\b\.?/giu;

// a grade that opens a piece: "3.75 GPA", "7.3 SPI", "82 % marks", "8.1/10 CGPA"
const GRADE_FIRST =
  /^\W*\d{1,3}(?:[.,]\s?\d{1,2})?\s*(?:\/\s*\d{1,3}(?:[.,]\d{1,2})?\s*)?(?:c?gpa|sgpa|[cs]pi|%|percent(?:age)?|marks)(?![\p{L}\d])/iu;

export function degreeLevelOf(text: string): ReturnType<typeof educationLevel> {
  // "3.75 GPA for EE courses", "7.3 SPI", "82 % marks": a grade, whatever words follow it
  if (GRADE_FIRST.test(text)) return null;
  // ("Polytechnic University of X", "The Hong Kong Polytechnic University": a university, no diploma's level)
  const piece = text
    .replace(ITI_SCHOOL, "Govt School")
    .replace(/\bpolytechnic(?=\s+universit)/giu, "Technical");
  const level = educationLevel(piece);
  if (level === "other" && BARE_DIPLOMA.test(piece.trim())) return "associate";
  if (level === null) return SCHOOL_YEAR.test(piece.trim()) ? "secondary" : null;
  const without = piece.replace(KIND_RUN, (run, offset: number) => {
    const before = piece.slice(0, offset).trimEnd().split(/\s+/).pop() ?? "";
    // a proper name before the kind words makes them part of a name
    return before !== "" && /^[\p{L}.'’&-]+$/u.test(before) && educationLevel(before) === null ? " " : run;
  });
  return without === piece ? level : educationLevel(without);
}

// qualification words end a name even right before its head: "Lending Certificate University of Buffalo"
const QUALIFICATION_WORDS =
  /^(?:diploma|degree|certificate|major|minor|honors|honours|graduated|graduate|bachelors?|masters?)$/;

/** Subject words right before a college's head ("Sathak Engineering College") are its name after a proper word. */
function subjectRunJoins(words: string[], head: number): number {
  if (/^(?:university|universidad|universidade|université)$/.test(bare(words[head]))) return head;
  let from = head;
  while (
    from > 0 &&
    ((SUBJECT_WORDS.has(bare(words[from - 1])) && !QUALIFICATION_WORDS.test(bare(words[from - 1]))) ||
      /^(?:&|and)$/.test(words[from - 1]))
  )
    from--;
  if (from === head || from === 0) return head;
  const before = words[from - 1];
  const proper =
    capitalised(before) &&
    !/[:,;]$/.test(before) &&
    !SUBJECT_WORDS.has(bare(before)) &&
    (educationLevel(before) === null || IN_NAME_LEVEL_WORDS.has(bare(before)));
  return proper ? from : head;
}

// lower-case words that go on a sentence, not a school's name: "college of engineering in 2012 with 65%"
const NOT_A_NAME =
  /^(?:in|with|from|by|during|passed|passing|completed|pursuing|year|years|having|securing|secured|scored|obtained|marks|percentage|aggregate|cgpa|gpa|grade|class|division|first|second|third|distinction|affiliated|approved|under|board|university)$/;

/** Whether a connector ("of", "do") already joined the name's right side: after one, capitalised words continue it. */
function connectorSeen(words: string[], head: number, to: number): boolean {
  return words.slice(head + 1, to + 1).some((w) => /^(?:of|for|de|del|da|do|dos|das|di|at)$/.test(w));
}

/**
 * The school's own words inside a longer piece ("Master of Science : Guidance Counseling Long Island University
 * City"): from the last school head word, leftwards over up to four capitalised words that are no subject, and
 * rightwards over "of"/"for"/"de" and the capitalised words after it.
 */
export function schoolNameSpan(words: string[]): string | null {
  let head = -1;
  for (let i = words.length - 1; i >= 0 && head < 0; i--) if (NAME_HEAD.test(bare(words[i]))) head = i;
  if (head < 0) return null;
  let from = subjectRunJoins(words, head);
  let named = 0;
  while (from > 0 && named < 4) {
    const word = words[from - 1];
    const kind = IN_NAME_LEVEL_WORDS.has(bare(word));
    // "Gulzar Group of Institute", "Arab & Gulf Academy": a connector inside the name, a capital before it
    if (
      /^(?:of|&|and)$/.test(word) &&
      from > 1 &&
      capitalised(words[from - 2]) &&
      !/[:,;]$/.test(words[from - 2])
    ) {
      from--;
      continue;
    }
    if (
      !capitalised(word) ||
      /[:,;]$/.test(word) ||
      SUBJECT_WORDS.has(bare(word)) ||
      (educationLevel(word) !== null && !kind)
    )
      break;
    if (!kind) named++;
    from--;
  }
  // a name written in lower case before its head ("HariSingh gaur university"): up to three plain words
  if (from === head)
    while (
      from > 0 &&
      head - from < 3 &&
      /^\p{L}[\p{L}.'’-]*$/u.test(words[from - 1]) &&
      !/^(?:from|at|in|of|the|and|with|for|to|under|by)$/i.test(words[from - 1]) &&
      !SUBJECT_WORDS.has(bare(words[from - 1])) &&
      // ("Kanpur inter collage": a level's word that names schools is part of the name here too)
      (educationLevel(words[from - 1]) === null || IN_NAME_LEVEL_WORDS.has(bare(words[from - 1])))
    )
      from--;
  // rightwards: "of the West of England", "Católica do Rio Grande do Sul", "of North Carolina at Charlotte"; a name
  // its writer keeps in lower case goes on in lower case ("xyz college of engineering and technology")
  const lower = /^\p{Ll}/u.test(words[head]);
  const inName = (word: string) => {
    const plain = word.replace(/\($/, "");
    return capitalised(plain) || (lower && /^\p{Ll}[\p{Ll}.'’-]*$/u.test(plain) && !NOT_A_NAME.test(plain));
  };
  let to = head;
  for (let next = head + 1; next < words.length && next - head <= 8 && !/[,;:(]$/.test(words[to]); ) {
    let word = next;
    while (connector(words[word])) word++;
    if (
      word >= words.length ||
      !inName(words[word]) ||
      (word === next && !connectorSeen(words, head, to) && !connector(words[word + 1]))
    )
      break;
    to = word;
    next = word + 1;
  }
  // (a bracket the last word opens: "Research( Pune)")
  return words
    .slice(from, to + 1)
    .join(" ")
    .replace(/\($/, "");
}

/** A short piece without the subject or degree words before its school ("Industrial Engineering University at X"). */
export function withoutLeadingSubjects(words: string[]): string[] {
  let from = 0;
  while (
    from < words.length - 2 &&
    // "Engineering College" keeps its subject; before "University" a subject is the degree's
    (!NAME_HEAD.test(bare(words[from + 1])) || /^univ/.test(bare(words[from + 1]))) &&
    (SUBJECT_WORDS.has(bare(words[from])) ||
      (educationLevel(words[from]) !== null && !IN_NAME_LEVEL_WORDS.has(bare(words[from]))))
  )
    from++;
  return words.slice(from);
}

// biome-ignore format: compact word list
const GENERIC_WORDS = new Set([
  "state", "board", "the", "of", "and", "schools", "colleges", "universities",
  "period", "duration", "semester", "th", "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
]);

/** "Secondary School", "UNIVERSITY", "Government Polytechnic", "PERIOD": kind words with no name in them. */
export function isGenericSchoolName(name: string): boolean {
  const words = name
    .split(/[\s/,.()-]+/)
    .map(bare)
    .filter(Boolean);
  // "Government Polytechnic", "Central Polytechnic" are names in India
  if (words.some((word) => /^(?:govt|government|central|national)$/.test(word))) return false;
  // "Secondary School SSLC", "High School Diploma": a qualification's own abbreviation or word names no school either
  return words.every(
    (word) =>
      NAME_HEAD.test(word) ||
      IN_NAME_LEVEL_WORDS.has(word) ||
      GENERIC_WORDS.has(word) ||
      /^(?:sslc|ssc|hsc|hslc|puc|class(?:x|xii|10|12)?|x|xii|std|diploma|certificate|leaving)$/.test(word),
  );
}
