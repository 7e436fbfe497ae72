// Tells job titles from company names and places in the short header lines of an experience entry.
import { findSkill } from "../taxonomy/index.ts";
import { LEGAL_FORMS, SHORT_LEGAL_FORMS } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { namesLanguage } from "./spokenLanguages.ts";
import { endsLikeTitle, qualifiesTitles, titleHeadCount } from "./titles.ts";

const TITLE_WORDS =
  /(?<![\p{L}\d])(engineer|developer|programmer|manager|consultant|analyst|designer|architect|scientist|specialist|administrator|officer|director|head|lead|leader|intern|internship|trainee|assistant|associate|coordinator|founder|co-founder|owner|ceo|cto|cfo|coo|vp|vice president|president|advisor|adviser|researcher|technician|accountant|recruiter|editor|writer|teacher|lecturer|professor|tutor|nurse|physician|doctor|sales|representative|executive|strategist|partner|supervisor|operator|agent|clerk|auditor|controller|devops|sre|qa|tester|owner|product owner|scrum master|working student|student|freelancer|freelance|contractor|entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|leiter|leiterin|praktikant|praktikantin|werkstudent|werkstudentin|mitarbeiter|mitarbeiterin|referent|referentin|sachbearbeiter|sachbearbeiterin|geschäftsführer|softwareentwickler|informatiker|kaufmann|kauffrau|teamleiter|projektleiter|développeur|développeuse|ingénieur|ingénieure|chef de projet|cheffe de projet|chef|cheffe|responsable|directeur|directrice|stagiaire|chargé|chargée|consultante|analyste|assistante|gestionnaire|commercial|commerciale|comptable|contrôleur|contrôleuse|infirmier|infirmière|enseignant|enseignante|professeur|professeure|alternant|technicien|desarrollador|desarrolladora|ingeniero|ingeniera|jefe|jefa|gerente|analista|programador|programadora|becario|becaria|practicante|técnico|técnica|director|directora|desenvolvedor|desenvolvedora|engenheiro|engenheira|estagiário|estagiária|coordenador|coordenadora|gerente|sviluppatore|sviluppatrice|ingegnere|responsabile|tirocinante|stagista|programmatore|impiegato|impiegata|ontwikkelaar|medewerker|adviseur|stagiair|teamleider|projectleider|beheerder|consultant)(?![\p{L}\d])/iu;

const COMPANY_WORDS =
  /(?<![\p{L}\d])(gmbh|ag|se|kg|ohg|ug|inc|ltd|llc|llp|plc|corp|corporation|company|co\.|group|gruppe|groupe|grupo|gruppo|holding|holdings|solutions|technologies|technology|systems|software|labs|studio|studios|consulting|bank|banco|banca|banque|bv|b\.v\.|nv|n\.v\.|sa|s\.a\.|sas|sarl|s\.l\.|sl|spa|s\.p\.a\.|srl|s\.r\.l\.|ltda|university|universität|université|universidad|universidade|università|universiteit|hospital|hôpital|ospedale|ziekenhuis|krankenhaus|klinikum|clinic|clinique|medisch centrum|agency|agentur|media|ventures|partners|services|gbr|e\.v\.|foundation|institute|institut|ministry|government|ies|school|college|academy|polytechnic|vidyalaya|escola|colegio|école|lycée|liceo|istituto|insurance|versicherung|assurances|seguros|assicurazioni|verzekeringen|industries|industrie|distribution|logistik|logistics|retail|energie|energy|mobiliteit|pagamenti|sistemi|costruzioni|commercialisti|cloud|hébergement|analytics|traders|trading|enterprises|contracting|constructions|exporters|importers|motors|electricals|fabricators|textiles|pharma|pharmaceuticals|infratech|est\.|establishment|cables|mills|udyog|nigam|chemicals|hotels|resorts|shipping|automobiles)(?![\p{L}\d])|\.(com|io|ai|de)(?![\p{L}\d])/iu;

export function titleScore(text: string): number {
  return (
    (TITLE_WORDS.test(text) ? 3 : endsWithTitleHead(text) ? 2 : 0) +
    (/^(senior|junior|lead|principal|staff|chief|head)\b/i.test(text) ? 1 : 0)
  );
}

/**
 * "Teller -Main Branch", "Welder": a title the word list above lacks still ends with a word many occupations'
 * titles end with (O*NET's head words), before any "- where" or ", where".
 */
function endsWithTitleHead(text: string): boolean {
  // (a hyphen parts only where it is spaced on a side: "Teller -Main Branch", not "Shift In-Charge")
  const [first] = text.split(/\s*[–—,(|]\s*|\s+-\s*|\s*-\s+/);
  return first !== undefined && first.split(/\s+/).length <= 5 && endsLikeTitle(first, 20);
}

// A legal form settles it: "Cloud Engineer" is a title, "Garonne Cloud SAS" a company.
const LEGAL_FORM = new RegExp(
  `(?<![\\p{L}\\d])(?:${LEGAL_FORMS}|${SHORT_LEGAL_FORMS})\\.?(?![\\p{L}\\d])`,
  "iu",
);

const ONLY_LEGAL_FORM = new RegExp(`^(?:${LEGAL_FORMS}|${SHORT_LEGAL_FORMS})\\.?$`, "iu");

// "Pinnacle Consultants", "Shankar & Associates": words for the parties a duty names ("Mentored four engineers",
// "met clients, Consultants and contractors") name an organisation only as the capitalised end of a name
const PARTIES = "(?:Engineers|Consultants|Contractors|Associates|Agencies|Builders|Exports|Imports)";
const PARTIES_AT_END = new RegExp(String.raw`(?:\p{Lu}[\p{L}.]*|&)\s+${PARTIES}\.?\s*$`, "u");
const PARTY = new RegExp(`^${PARTIES}$`, "u");

/** A word that only says its name is an organisation's: a legal form, "Services", "Agencies". */
export function organisationWord(word: string): boolean {
  return LEGAL_FORM.test(word) || COMPANY_WORDS.test(word) || PARTY.test(word);
}

export function companyScore(text: string): number {
  return LEGAL_FORM.test(text) ? 4 : COMPANY_WORDS.test(text) || PARTIES_AT_END.test(text) ? 2 : 0;
}

/**
 * "Product Designer Company Name", "Accountant Acme Pvt Ltd": a title and an organisation joined by a space.
 * The title ends at its last head word; the rest is the organisation when it names itself as one
 * (a legal form or an organisation word). Otherwise null: one piece is not split on a guess.
 */
export function splitTitleAndOrganisation(text: string): { title: string; organisation: string } | null {
  const words = text.trim().split(/\s+/);
  for (let end = words.length - 2; end >= 0; end--) {
    const heads = words[end].split("/");
    if (!heads.some((w) => titleHeadCount(w) >= 20)) continue;
    const organisation = words.slice(end + 1).join(" ");
    const title = words.slice(0, end + 1).join(" ");
    if (!/^\p{Lu}/u.test(organisation) || companyScore(organisation) === 0 || companyScore(title) > 0)
      continue;
    // a legal form alone ("Pvt Ltd") ends a name, and "Software Engineer" is no organisation
    const orgWords = organisation.split(/\s+/);
    if (orgWords.length < 2 || orgWords.every((word) => LEGAL_FORM.test(word))) continue;
    if (titleHeadCount(orgWords[orgWords.length - 1]) >= 4) continue;
    return { title, organisation };
  }
  return null;
}

/** Drops a parenthesis left unpaired by splitting ("(Remote", "Nurse (locum"), keeps balanced ones. */
function balanceParentheses(piece: string): string {
  const opened = (piece.match(/\(/g) ?? []).length;
  const closed = (piece.match(/\)/g) ?? []).length;
  if (opened === closed) return piece;
  if (opened > closed && !piece.endsWith(")")) {
    return piece.startsWith("(") && opened === 1 ? piece.slice(1).trim() : `${piece})`;
  }
  return piece.replace(/^\(|\)$/g, "").trim();
}

export interface RoleHeader {
  title: string | null;
  company: string | null;
  location: string | null;
}

const CONNECTORS = /\s+(?:at|@|bei|chez|presso|bij|na|em)\s+|\s*@\s*/i;

/** Splits header text into pieces at the separators CVs put between title, company and place. */
/**
 * The place field of anonymised CV templates, between organisation and title: "Acme City , State Buyer", or its
 * city alone after the organisation's placeholder ("Company Name City Plant Protection Officer").
 */
export const PLACE_FIELD = /\s*\bCity\s*,\s*(?:State|Country)\b\s*|(?<=\bCompany Name)\s+City\b(?!\s*,)\s*/;
/** The organisation field of the same templates, run into the title: "Company Name General Manager". */
const COMPANY_FIELD = /\s*\bCompany Name\b(?!\s*[:：])\s*/;

const UNIT_AFTER_HYPHEN =
  /(?<=\p{L}\.?)\s+-(?=\p{Lu}[\p{L}.'& ]{0,40}?\b(?:Branch|Department|Dept|Division|Office|Unit|Section)\b)/gu;

/**
 * "Service Advisor / Larkspur Motors Pvt. Ltd. /", "Larkspur Motors Pvt. Ltd.: Service Advisor": a spaced slash or a
 * colon parts a header's pieces where an organisation that names itself stands beside it ("Superintendent / permit
 * runner" stays one title, and a key's colon stays a key's).
 */
function withNamedSides(line: string): string {
  return line
    .replace(/\s+\/\s+([^/]+?)(?=\s+\/|\s*$)/g, (slash, side: string) =>
      companyScore(side) > 0 ? ` | ${side}` : slash,
    )
    .replace(/\s+\/\s*$/, "")
    .replace(/^([^:：\t]{3,60}?)\s*[:：]\s+(?=\p{Lu})([^\t(|]*)/u, (colon, left: string, right: string) =>
      companyScore(left) > 0 &&
      left.trim().split(/\s+/).length >= 2 &&
      !/\b(?:name|details?|company|employer|organi[sz]ation|firm|client)$/i.test(left) &&
      titleScore(right) > 0 &&
      // ("Kestrel Systems: Software Developer": a title that holds an organisation's word still ends as a title)
      (companyScore(right) === 0 || (companyScore(right) < 4 && endsLikeTitle(right.trim())))
        ? `${left} | ${right}`
        : colon,
    );
}

export function headerPieces(lines: string[]): string[] {
  const pieces: string[] = [];
  // "Media Planner at Orbis Media ... Company Name City , State": the organisation named after "at" is the
  // employer; the template's placeholder beside it is only the field the writer left
  let named = false;
  for (const raw of lines) {
    // "(AN ISO - 9001, ISO-14001 COMPANY)": a line wholly in brackets that holds a figure is a note
    if (/^\s*\([^()]*\d[^()]*\)\s*$/.test(raw)) continue;
    const line = raw
      // "Teller -Main Branch": a hyphen spaced on one side only, before the unit the title was held in
      .replace(UNIT_AFTER_HYPHEN, " - ")
      .replace(PLACE_FIELD, " | City, State | ")
      .replace(COMPANY_FIELD, " | Company Name | ")
      .replace(/^\s*\|\s*|\s*\|\s*$/g, "");
    // U+FFFD: a separator glyph the exporter mangled ("Company Name ï¼ City")
    for (let part of withNamedSides(line).split(/\t|\s+[|·•–—]\s+|\s+-\s+|\s*\ufffd\s*|\s{3,}/)) {
      const connector = CONNECTORS.exec(part);
      // (or the title's own second part: "Senior Engineer - Planning and Project Controls at Acme Textiles Ltd")
      const before = connector ? part.slice(0, connector.index) : "";
      const after = connector ? part.slice(connector.index + connector[0].length) : "";
      const titleGoesOn =
        pieces.length > 0 && titleScore(pieces[pieces.length - 1]) > 0 && companyScore(after) > 0;
      if (connector && titleScore(before) > 0) {
        // "Sales Executive at Tata Projects Limited, Ahmedabad": the title, then the rest read as any piece
        pieces.push(before);
        part = after;
        named = true;
      } else if (connector && titleGoesOn && companyScore(before) === 0) {
        // the title and its second part as written, separator and all
        const title = pieces[pieces.length - 1];
        const from = line.indexOf(title);
        const to = line.indexOf(before, from + title.length);
        if (from >= 0 && to >= 0) pieces[pieces.length - 1] = line.slice(from, to + before.length);
        part = after;
        named = true;
      }
      // "Senior Engineer, Acme GmbH, Berlin": commas split only when the sides read as different things.
      // ("Acme, Inc." is one name: a legal form alone goes back to the name before it)
      const commaParts: string[] = [];
      for (const piece of part.split(/,\s+/)) {
        if (commaParts.length > 0 && ONLY_LEGAL_FORM.test(piece))
          commaParts[commaParts.length - 1] += `, ${piece}`;
        else commaParts.push(piece);
      }
      if (
        commaParts.length > 1 &&
        commaParts.some(
          (piece) => looksLikeLocation(piece) || companyScore(piece) > 0 || titleScore(piece) > 0,
        )
      ) {
        pieces.push(...commaParts);
      } else {
        const split = splitTitleAndOrganisation(part) ?? bracketedOrganisation(part);
        if (split) pieces.push(split.title, split.organisation);
        else pieces.push(part);
      }
    }
  }
  return withTitleFunction(
    pieces
      .map((piece) => balanceParentheses(piece.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, "").trim()))
      .filter((piece) => piece.length > 1 && !(named && piece === "Company Name")),
    lines,
  );
}

/**
 * "Site Engineer (Heron Buildcon Pvt Ltd)": a title with its organisation in brackets after it, where the bracket
 * names itself an organisation (a legal form, or two words or more with an organisation's word); a discipline in
 * brackets ("Engineer (Civil)") stays the title's.
 */
function bracketedOrganisation(part: string): { title: string; organisation: string } | null {
  const match = /^(.+?)\s*\(([^()\d]+)\)[\s,;:]*$/.exec(part.trim());
  // ("Software Developer (Kestrel Systems)": a title may hold an organisation's word, and still end as a title)
  const title = match?.[1].trim() ?? "";
  if (!match || titleScore(title) === 0 || (companyScore(title) > 0 && !endsLikeTitle(title))) return null;
  if (companyScore(title) === 4) return null;
  const inside = match[2].trim();
  const score = companyScore(inside);
  return score === 4 || (score > 0 && inside.split(/\s+/).length >= 2) || namesEmployer(inside)
    ? { title: match[1].trim(), organisation: inside }
    : null;
}

// what a bracket after a title says of the job, not of its employer
const JOB_TERMS =
  /^(?:hons|retd|retired|acting|officiating|temp|temporary|contractual|contract|onsite|offsite|offshore|onshore|continental|oriental|tandoori?|mughlai|deputation|promoted|internship|intern|part[- ]?time|full[- ]?time|volunteer|voluntary|self[- ]?employed|freelance|freelancer|current|present|permanent|probation(?:ary)?|additional|interim|honorary|ad[- ]?hoc|visiting|guest|remote|hybrid|wfh|trainee)$/i;

/**
 * "Site Engineer (Larsen)", "Sales Executive (Airtel)": one or two capitalised words that no title uses to
 * qualify itself (not "Civil", "Operations", "Physics"), and no place, skill, language or term of the job.
 */
function namesEmployer(inside: string): boolean {
  const words = inside.split(/\s+/);
  return (
    words.length <= 2 &&
    !JOB_TERMS.test(inside) &&
    !looksLikeLocation(inside) &&
    !findSkill(inside) &&
    words.every(
      (word) =>
        (/^\p{Lu}[\p{Ll}'’&-]+$/u.test(word) || /^\p{Lu}[\p{Lu}&]{3,}$/u.test(word)) &&
        !qualifiesTitles(word) &&
        !FUNCTION_WORDS.has(word.toLowerCase()) &&
        !namesLanguage(word) &&
        !findSkill(word),
    )
  );
}

// A rank, and the business function a title names after it ("Manager - Corporate Banking", "Vice President,
// Marketing & Public Relations", "Manager - BPO Analyst", "Experienced Associate – Assurance & Advisory",
// "Engineer – Quality Control")
const RANK_END =
  /\b(?:manager|president|director|head|officer|supervisor|executive|analyst|specialist|lead|coordinator|administrator|consultant|lender|controller|advisor|adviser|liaison|associate|engineer|accountant|auditor|assistant|trainee)$/i;
// biome-ignore format: compact word list
const FUNCTION_WORDS = new Set([
  "marketing", "sales", "public", "relations", "corporate", "retail", "private", "commercial", "banking", "finance",
  "financial", "accounts", "accounting", "operations", "customer", "service", "human", "resources", "hr",
  "compensation", "classification", "recruitment", "recruiting", "talent", "procurement", "purchase", "purchasing",
  "logistics", "supply", "chain", "quality", "assurance", "administration", "it", "production", "maintenance",
  "research", "business", "development", "training", "compliance", "audit", "risk", "credit", "treasury", "legal",
  "payroll", "mortgages", "mortgage", "lending", "disbursement", "collections", "planning", "strategy",
  "analytics", "communications", "digital", "product", "merchandising", "security", "safety", "facilities",
  "medical", "regional", "bpo", "benefits", "investor", "media", "events", "brand", "advisory", "tax", "taxation",
  "project", "projects", "controls",
  "control", "and", "&", "of",
]);

/** the words of a piece are a business function's, the last one a rank's at most ("BPO Analyst") */
function namesFunction(piece: string): boolean {
  const words = piece
    .toLowerCase()
    .split(/[\s/&]+/)
    .filter(Boolean);
  const body = RANK_END.test(piece) ? words.slice(0, -1) : words;
  return body.length > 0 && words.length <= 6 && body.every((word) => FUNCTION_WORDS.has(word));
}

function withTitleFunction(pieces: string[], lines: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const title = out[out.length - 1];
    const separator =
      title !== undefined &&
      RANK_END.test(title) &&
      titleScore(title) > 0 &&
      namesFunction(piece) &&
      companyScore(piece) === 0
        ? separatorBetween(title, piece, lines)
        : null;
    if (separator) out[out.length - 1] = `${title}${separator}${piece}`;
    else out.push(piece);
  }
  return out;
}

/** the dash or comma between two pieces on the first line that holds the first ("Manager - Sales"), or null */
function separatorBetween(first: string, second: string, lines: string[]): string | null {
  const line = lines.find((l) => l.includes(first));
  if (line === undefined) return null;
  const from = line.indexOf(first) + first.length;
  const to = line.indexOf(second, from);
  const between = to < 0 ? "" : line.slice(from, to);
  return /^\s*[-–—,]\s*$/.test(between) ? between : null;
}

/** How strongly a learned model reads a header piece as a title and as an organisation. */
/** Where a piece of an experience header sits, for the piece role model (segmenter/features.ts). */
export interface PieceContext {
  /** position of the piece among the pieces of its header */
  index: number;
  count: number;
  /** the header line also holds a date range */
  dated: boolean;
}

export type PieceJudge = (piece: string, context: PieceContext) => { title: number; organisation: number };

/**
 * Assigns title, company and location. Pieces the word rules cannot tell apart go to the learned judge when
 * there is one; else `companyFirst` is the order to assume (LinkedIn exports put the company above the title;
 * most CVs do the opposite).
 */
const UNIT_END = /\s(?:unit|ward)$/i;
/** "Intensive Care Unit", "Cardiac Ward": where in an organisation a job was */
export const isUnit = (piece: string) => UNIT_END.test(piece);
const unitBesideOther = (piece: string, pieces: string[]) =>
  UNIT_END.test(piece) && pieces.some((other) => other !== piece && !UNIT_END.test(other));

export function assignRole(
  pieces: string[],
  companyFirst: boolean,
  judge?: PieceJudge | null,
  dated = false,
): RoleHeader {
  const header: RoleHeader = { title: null, company: null, location: null };
  const rest: string[] = [];
  for (const piece of pieces) {
    // "Acme Ltd – Muscat – Oman": a place is never a title or an organisation; the first one is the location
    if (looksLikeLocation(piece) && titleScore(piece) === 0 && companyScore(piece) === 0)
      header.location ??= piece;
    else if (!header.location && looksLikeLocation(piece)) header.location = piece;
    else rest.push(piece);
  }
  const judged = new Map(
    judge ? rest.map((piece, index) => [piece, judge(piece, { index, count: rest.length, dated })]) : [],
  );
  const undecided: string[] = [];
  // the template's organisation field is the organisation, whatever the other pieces' words ("Retail")
  if (rest.includes("Company Name")) header.company = "Company Name";
  // "NBTC Group (... and Partner General Trading)" / "Civil Engineer": beside a piece that only a title's words
  // name, the one piece with an organisation's words is the organisation, whatever title word it also holds
  const named = rest.filter((piece) => companyScore(piece) > 0);
  const pureTitle = rest.find((piece) => titleScore(piece) > 0 && companyScore(piece) === 0);
  if (!header.company && named.length === 1 && pureTitle !== undefined) {
    header.company = named[0];
    header.title = pureTitle;
  }
  for (const piece of rest) {
    if (piece === header.company || piece === header.title) continue;
    const asTitle = titleScore(piece);
    const asCompany = companyScore(piece);
    if (asTitle > asCompany && !header.title) header.title = piece;
    else if (asCompany > asTitle && !header.company) header.company = piece;
    else undecided.push(piece);
  }
  if (judged.size > 0) {
    // the learned reading, most confident first; a piece it reads as neither is left out
    const votes = undecided
      .flatMap((piece) => {
        const s = judged.get(piece)!;
        return [
          { piece, role: "title" as const, margin: s.title },
          { piece, role: "company" as const, margin: s.organisation },
        ];
      })
      // ("Registered Nurse, Cardiac Care Unit" under "NORTHGATE HEALTH SYSTEM": a unit is where in the
      // organisation the job was, not the organisation, while another piece may be that)
      .filter(
        (vote) => vote.margin > 0 && !(vote.role === "company" && unitBesideOther(vote.piece, undecided)),
      )
      .sort((a, b) => b.margin - a.margin);
    const used = new Set<string>();
    for (const vote of votes) {
      if (used.has(vote.piece) || header[vote.role] !== null) continue;
      header[vote.role] = vote.piece;
      used.add(vote.piece);
    }
    undecided.splice(0, undecided.length, ...undecided.filter((piece) => !used.has(piece)));
  }
  // what neither the rules nor the model placed goes by the usual order, a unit after the other pieces
  const units = (piece: string) => Number(unitBesideOther(piece, undecided));
  for (const piece of [...undecided].sort((a, b) => units(a) - units(b))) {
    if (companyFirst) {
      if (!header.company) header.company = piece;
      else if (!header.title) header.title = piece;
    } else if (!header.title) header.title = piece;
    else if (!header.company) header.company = piece;
  }
  return header;
}
