// Features of one candidate skill for the learned claim model: where each of its mentions stands (section,
// a list item of its own or words in a sentence, a title, a degree or a heading) and what skill it is.
// The hand rules' own verdict is one feature among them.

/** what one mention's place in the CV says, computed by extractSkills from the text around it */
export interface MentionEvidence {
  /** the kind of section the mention sits in, "none" before the first heading */
  section: string;
  /** in a section headed as skills */
  listed: boolean;
  /** the words of a section heading, a job title or company, or a degree or school line */
  heading: boolean;
  role: boolean;
  degree: boolean;
  /** the line says it lists skills ("Technical skills: ...", "Proficient in ...") */
  claimLine: boolean;
  /** the label of a "Label : value" pair ("Operating Systems : Windows") */
  key: boolean;
  /** the mention is a whole item of its line: the line, or one piece of it between commas, bullets or tabs */
  wholeItem: boolean;
  /** words on the line */
  lineWords: number;
  /** the mention opens its line (after a bullet) */
  leads: boolean;
  /** the word right after and right before it, lowercased ("" when none on the line) */
  next: string;
  prev: string;
}

export interface CandidateSkill {
  name: string;
  category: string;
  surfaces: string[];
  evidence: MentionEvidence[];
  /** the hand rules' verdict */
  ruleClaimed: boolean;
  /** the CV lists its skills under a heading (three or more there) */
  listsSkills: boolean;
}

// Words next to a skill that say what the phrase is: a skill named ("X skills"), a field of work or study
// ("X department", "X engineering", "degree in X") or a tool used ("using X", "knowledge of X").
const CUES = new Set(
  "skills skill knowledge using use used with of in department dept engineer engineering engineers manager management team sector industry field company ltd limited pvt college university institute course training tools tool software systems system certified certification certificate degree diploma bachelor master".split(
    " ",
  ),
);

const AGENT = /(?:er|or|[iy]st|ian|ant)s?$/i;
const lineBucket = (n: number) => (n <= 3 ? "1-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+");

/** the sparse features of one candidate skill */
export function claimFeatures(candidate: CandidateSkill): string[] {
  const features = new Set<string>(["bias", `rule=${candidate.ruleClaimed}`, `cat=${candidate.category}`]);
  features.add(`lists=${candidate.listsSkills}`);
  const nameWords = candidate.name.toLowerCase().split(/\s+/);
  const words = nameWords.length;
  features.add(`name=${candidate.name}`);
  for (const w of nameWords) features.add(`nameWord=${w}`);
  features.add(`nameWords=${Math.min(words, 3)}`);
  // a short spelling other than the name itself ("HR", "A.P", "SNS") is an abbreviation, often of something else
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\d+#]+/gu, " ")
      .trim();
  const abbreviation = (s: string) => /^[\p{L}.&]{1,6}$/u.test(s) && s.replace(/[^\p{L}]/gu, "").length <= 3;
  if (candidate.surfaces.every((s) => abbreviation(s) && plain(s) !== plain(candidate.name)))
    features.add("shortForm");
  if (candidate.surfaces.every((s) => s === s.toUpperCase() && /\p{L}/u.test(s))) features.add("allCaps");
  // written as its name, or as an alias ("Exchange"), a kindred word ("selling") or a job ("Data Analyst")
  features.add(`asNamed=${candidate.surfaces.some((s) => plain(s) === plain(candidate.name))}`);
  if (candidate.surfaces.every((s) => AGENT.test(s) && plain(s) !== plain(candidate.name)))
    features.add("asJob");
  const n = candidate.evidence.length;
  features.add(`mentions=${n >= 3 ? "3+" : n}`);
  let allContext = true;
  for (const e of candidate.evidence) {
    const where = e.listed ? "listed" : e.section;
    const place = e.wholeItem ? "whole" : "part";
    features.add(`at=${where}`);
    features.add(`at=${where}|${place}`);
    features.add(`at=${where}|${place}|${candidate.category}`);
    features.add(`line=${lineBucket(e.lineWords)}`);
    if (e.heading) features.add("heading");
    if (e.role) features.add("role");
    if (e.degree && !e.listed) features.add("degreeLine");
    if (e.claimLine) features.add("claimLine");
    if (e.key) features.add("key");
    if (e.leads) features.add("leads");
    if (CUES.has(e.next)) features.add(`next=${e.next}`);
    if (CUES.has(e.prev)) features.add(`prev=${e.prev}`);
    if (e.listed || !(e.heading || e.role || e.degree || e.key)) allContext = false;
  }
  if (allContext) features.add("onlyContext");
  return [...features].sort();
}
