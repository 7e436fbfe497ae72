// Phrases in English, German, French and Spanish job ads that mark a requirement, a nice-to-have, company
// material, or plain role description. Spaces in a phrase also match hyphens ("nice-to-have").

const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";
const APOS = "['’]";

function phraseSource(list: string[]): string {
  return `${EDGE_BEFORE}(?:${list.map((p) => p.replace(/ /g, "[\\s-]+")).join("|")})${EDGE_AFTER}`;
}

const PREFERRED = [
  // English
  "nice to haves?",
  "good to have",
  "bonus(?: points?)?",
  "preferred",
  "preferably",
  "preferable",
  "ideally",
  "an? (?:big |huge |great |strong |definite |real )?plus",
  "plus(?=\\s*:)",
  "^plus$",
  "plus points?",
  "an advantage",
  "advantageous",
  "an asset",
  "desirable",
  "desired",
  "beneficial",
  "optional",
  "not required",
  "would be great",
  `we${APOS}d love`,
  // German
  "wünschenswert",
  "von vorteil",
  "vorteilhaft",
  "idealerweise",
  "optimalerweise",
  "gerne? gesehen",
  "gerne? auch",
  "pluspunkte?",
  "ein plus",
  "kein muss",
  "wäre schön",
  // French
  "un (?:gros |vrai )?plus",
  "atouts?",
  "souhaitée?s?",
  "souhaitable",
  "appréciée?s?",
  "idéalement",
  "optionnel(?:le)?s?",
  // Spanish
  "deseables?",
  "valorables?",
  "se valorará",
  "se valora",
  "valoramos",
  "idealmente",
  "preferible(?:mente)?",
  "suma puntos",
];

const REQUIRED = [
  // English
  "requirements?",
  "required",
  "must haves?",
  "must",
  "mandatory",
  "essential",
  "you have",
  `you${APOS}ve got`,
  `you${APOS}?(?:ll)? bring`,
  "you will bring",
  "we expect",
  "what we expect",
  "(?:minimum |basic )?qualifications?",
  "what you need",
  "you need",
  "you should have",
  `(?:we${APOS}re|we are) looking for`,
  "who you are",
  "your profile",
  "about you",
  "at least",
  "(?:key |core |technical )?skills",
  // German
  "anforderungen",
  "voraussetzung(?:en)?",
  "(?:dein|ihr) profil",
  "das bringst du mit",
  "was du mitbringst",
  "du bringst",
  "sie bringen",
  "du hast",
  "sie haben",
  "erforderlich",
  "zwingend",
  "unbedingt",
  "setzen voraus",
  "qualifikation(?:en)?",
  "mindestens",
  "kenntnisse",
  // French
  "profil recherché",
  "votre profil",
  "exigences",
  "requise?s?",
  "compétences requises",
  "indispensables?",
  "obligatoires?",
  "vous avez",
  "vous maîtrisez",
  "vous possédez",
  "nous attendons",
  "au moins",
  "compétences",
  // Spanish
  "requisitos?",
  "requerid[oa]s?",
  "imprescindibles?",
  "obligatori[oa]s?",
  "buscamos",
  "tu perfil",
  "perfil",
  "necesari[oa]s?",
  "al menos",
];

// Headings of parts that describe the employer, not the candidate: skills named there are not asked for.
const COMPANY = [
  "about us",
  "about the company",
  "who we are",
  "what we offer",
  "we offer",
  "our offer",
  "benefits",
  "perks",
  "why join us",
  "why us",
  "compensation",
  "salary",
  "how to apply",
  "equal opportunit(?:y|ies)",
  "über uns",
  "(?:was )?wir bieten",
  "unser angebot",
  "das bieten wir",
  "qui sommes nous",
  "à propos",
  "nous offrons",
  "ce que nous (?:offrons|proposons)",
  "avantages",
  "(?:qué )?ofrecemos",
  "beneficios",
  "sobre nosotros",
  "quiénes somos",
];

// Phrases that make a sentence about the employer, its partners, its offer or the law, wherever it stands:
// "We are a leading agency", "in partnership with ...", "equal opportunity employer", "benefits include".
const COMPANY_SENTENCE = [
  "(?:we|our company|the company|our client) (?:are|is) (?:a|an|the|one of)",
  "is a (?:leading|global|fast growing|growing|well known)",
  "(?:our|a) partner (?:company|firm|agency)",
  "in partnership with",
  "our (?:clients|partners|customers) include",
  "founded in",
  "equal (?:employment )?opportunit(?:y|ies)",
  "eeo",
  "affirmative action",
  "regardless of (?:race|age|gender|religion|sex)",
  "without regard to",
  "reasonable accommodations?",
  "we offer",
  "benefits include",
  "(?:competitive|attractive) (?:salary|compensation|package)",
  "health (?:insurance|plan)",
  "paid (?:time off|leave|holidays?|vacation)",
  "annual leave",
  "privacy (?:notice|policy)",
  "personal data",
];

const ROLE = [
  "responsibilities",
  "(?:your )?tasks",
  `what you${APOS}ll do`,
  "what you will do",
  "(?:about )?the role",
  "your role",
  "(?:your )?mission",
  "job description",
  "overview",
  "(?:our |tech )stack",
  "(?:deine |ihre )?aufgaben",
  "(?:vos )?missions",
  "le poste",
  "description du poste",
  "(?:tus )?funciones",
  "responsabilidades",
  "qué harás",
  "tareas",
];

export const PREFERRED_MARKER = new RegExp(phraseSource(PREFERRED), "iu");
export const REQUIRED_MARKER = new RegExp(phraseSource(REQUIRED), "iu");
export const COMPANY_HEADING = new RegExp(phraseSource(COMPANY), "iu");
export const ROLE_HEADING = new RegExp(phraseSource(ROLE), "iu");
export const COMPANY_SENTENCE_MARKER = new RegExp(phraseSource(COMPANY_SENTENCE), "iu");

/** requirement and wish phrases, all occurrences: to know which parts of a sentence carry one */
export const CLAUSE_MARKERS = new RegExp(phraseSource([...PREFERRED, ...REQUIRED]), "giu");

/** every phrase above, for finding what is left of a line once its markers are removed */
export const ANY_MARKER = new RegExp(phraseSource([...PREFERRED, ...REQUIRED, ...COMPANY, ...ROLE]), "giu");

/** words that may stand beside a marker in a heading ("Your skills and experience") */
export const HEADING_FILLER = new Set(
  (
    "and or the a an our your my what you we is are to have of in with skills skill experience profile " +
    "points things stack tech technical knowledge " +
    "und oder die der das dein deine ihr ihre unser unsere wir du sie kenntnisse erfahrung was mit " +
    "et ou le la les des de du vos votre nos notre vous nous compétences expérience ce que " +
    "y o el los las tu tus su sus nuestro nuestra conocimientos experiencia lo qué"
  ).split(" "),
);
