// The patterns the job sentences are read by: how a statement of a job opens ("Worked as", "Presently working
// with", "From June 2010 to May 2013 worked as"), the time spent it states, and where a title or an organisation
// stops.
// "2013 Apr to present", "2011 – 2015": a date range the sentence opens with
// ("From June 2010 to May 2013 worked as ...", "June 2010 – May 2013: Worked as ...")
const OPENING_RANGE =
  /(?:(?:\d{4}|\p{L}{3,9}\.?\s*['’]?\d{2,4})\s*[-–]?\s*on[-\s]?wards?[\s,:]+|(?:from\s+)?(?:\d{4}|\p{L}{3,9}\.?\s*['’]?\d{2,4})(?:\s+\p{L}{3,9})?\s*(?:to|till|until|[-–—])\s*(?:present|date|till date|now|current|\d{4}|\p{L}{3,9}\.?\s*['’]?\d{2,4})\s*[:,–-]?\s+)/u
    .source;
export const LEAD = new RegExp(
  `^${OPENING_RANGE}?(?:(?:(?:to|till)\\s+date|present|presently|currently|now|previously|recently|since .{3,25}?)[\\s,]+){0,2}(?:[\\w.+-]+[\\s-]*(?:years?|yrs?|months?)[\\s\\w-]{0,12}?\\s+)?(?:(?:i\\s+)?(?:am|was|have been|has been|have|has|had)\\s+|i\\s+)?(?:(?:had\\s+)?(?:worked|working|work|employed|serving|served|joined|associated|attached|engaged)\\b)(?!\\s+experience\\b)\\s*:?`,
  "iu",
);
// "Since July '06 to Dec 2010 with Acme Ltd, Surat as Assistant Manager": dates, then where, without a verb
// "Summer internship in Acme Ltd of one month in 2011", "Completed an internship at Acme", "Six months internship at
// Acme": an internship is a job
export const INTERNSHIP_LEAD =
  /^(?:(?:did|done|completed|undergone|underwent|pursued)\s+(?:an?\s+|my\s+)?)?(?:(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve)[\s-]*(?:months?|weeks?|years?|yrs?)\s+)?(?:(?:summer|winter|industrial|vocational|in-?plant|academic)\s+)?(?:internship|apprenticeship)(?:\s+(?:programme|program|training))?(?=\s+(?:in|at|with)\s+(?:m\/s\.?\s*)?[\p{Lu}\d])/iu;
export const SINCE_LEAD = /^since\s+.{3,30}?\s+(?=(?:with|at|in)\s+(?:m\/s\.?\s*)?[\p{Lu}\d])/iu;
export const EXPERIENCE_LEAD =
  /^(?:(?:work(?:ing)?\s+)?experience(?=\s+at\s)|experience\s+of\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|yrs?|months?)|(?:i\s+)?(?:have|had|having)\s+(?:(?:over|about|more than)\s+)?(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|yrs?|months?)\s+(?:of\s+)?)?(?:work(?:ing)?\s+|professional\s+)?experience\b|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|yrs?|months?)[\s\w.]*?\s+(?:of\s+)?(?:work(?:ing)?\s+)?(?:experience\b|exp\.))/i;
export const EXPERIENCE_KEY = /^(?:(?:work|professional|total|job)\s+)?experience\s*[:：]\s*/i;
export const DURATION_TITLE =
  /^(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|yrs?|months?)\s+(?:as\s+(?:an?\s+)?)?([\p{L}][\p{L}/&.' -]{2,60}?)\s+(?:in|at|with)\s+(?:m\/s\.?\s*)?(.+)$/iu;
export const SPENT =
  /^\s*(?:for\s+)?(?:about\s+|over\s+|more than\s+)?(?:\d{1,2}(?:\.\d)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)\s+(?=(?:with|in|at|for|as)\s|\()/iu;
// ("in the Department of Physics, Acme College", "in a reputed NBFC, Acme Finance Ltd", "in Civil Department at
// Acme Ltd": a unit or a description, then the employer)
// ("at the construction site of Acme Cements Ltd", "at the head office of Acme Bank": the place of the work;
// "in a 66 KV sub-station in Acme Power Ltd": a place described, then whose it is)
export const UNIT_FIRST =
  /^(?:(?:the\s+)?(?:department|dept\.?|division|faculty)\s+of\s+[^,]{3,40},\s*|an?\s+\p{Ll}[^,]{2,40},\s*|[^,]{3,50}?\b(?:department|dept\.?|division)\s+(?:at|of|in)\s+|(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:site|sites|plant|project|office|unit|branch|factory|works|premises|campus|facility|warehouse|showroom|outlet)\s+of\s+(?:m\/s\.?\s*)?|an?\s+[^,;()]{2,50}?\s+(?:in|at|of)\s+(?:m\/s\.?\s*)?)(?=\p{Lu})/iu;
// "as Sales Officer under Acme Finance Ltd.": an organisation (not a person) after "under"
export const UNDER = /\s+under\s+(?!(?:mr|mrs|ms|dr|prof|shri|sri|smt)\b)((?:m\/s\.?\s*)?\p{Lu}.*)$/iu;
export const UNIT_AT_END = /\b(?:department|deptt?\.?|division|section)$/i;
export const SPENT_INSIDE =
  /\s+for\s+(?:about\s+|over\s+)?(?:\d{1,2}(?:\.\d)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)(?=\s+(?:with|in|at)\s)/iu;
// where an organisation or title stops: a date, a place, a clause, punctuation, a duration ("6 months")
export const STOP =
  /\s+of\s+(?:one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\b|\s+on\s+(?:the\s+)?topic\b|\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s,'’-]*\d{2,4}\b|\s+(?:from|since|during|till|until|to|for(?!\s+[^,;.()\n]{0,30}?\b(?:general|trading|contracting|construction|investments?|real\s+estate|manufacturing|industries|industrial|commerce|import|export)\b[^,;.()\n]{0,30}?\b(?:company|co|corporation|establishment|est|ltd|limited|llc|wll)\b)|at|in(?![\s-]+charge\b(?!\s+of\b))|after|where|which|in\s+the\s+(?:field|area|department|capacity)|having|handling|responsible|and\s+(?:was|is|am|rejoined|left|later|then|promoted|moved|resigned))\b|\s*[,;(:“"”]|\s+-\s+|(?<=\b(?:ltd|limited|inc|corp|pvt)\.?)-\s+(?=\p{Lu})|\s{2,}|\s*\/\s+\p{Lu}|\s+\d{4}\b|\s+\d{1,2}(?:\.\d)?\+?\s*(?:years?|yrs?|months?)\b/iu;
// a full stop ends the phrase unless it closes an abbreviation or initial ("R. K.", "Pvt.", "M/S.", "Co.", "Govt.")
export const SENTENCE_END =
  /(?<!(?:^|[\s.])(?:\p{L}|ltd|pvt|co|inc|corp|m\/s|st|dr|jr|sr|asst|engg|intl|bros|no|govt|dept|univ|inst|mfg|natl|assoc|hosp))\.(?=\s|$)/iu;
// or runs into the next where the PDF lost the space ("Fertilizers.Meghnagar"; not "Govt.Polytechnic", "Pvt.Ltd")
export const SENTENCE_END_UNSPACED = /(?<=\p{Ll}{4})\.(?=\p{Lu}\p{Ll})/u;
// (not "off payroll of", the client's)
export const PAYROLL =
  /(?<![\p{L}])(?:on|under|On|Under|ON|UNDER)\s+(?:the\s+|THE\s+)?(?:pay[\s-]?rolls?|Pay[\s-]?[Rr]olls?|PAY[\s-]?ROLLS?)\s+(?:of|OF)\s+(?:[Mm]\/[Ss]\.?\s*)?(\p{Lu}.*)$/u;
export const DATE_FIRST =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['’]?\d|\d{4}\b)/i;
// "Supervisor in Marmara Café /Sharjah 2007", "Service Engineer 4 months in Acme Pumps", "Sales Officer with Acme
// Finance Ltd": a title, then where
export const TITLE_IN =
  /^([\p{L}][\p{L}/&.' -]{1,60}?(?:\s*\([\p{L}/&.' -]{2,30}\))?)[\s-]*(?:\s\d{1,2}(?:\.\d)?\s*(?:years?|yrs?|months?))?\s+(in|at|with)\s+(?:m\/s\.?\s*)?(\p{Lu}.*)$/u;

/**
 * "M/s Acme" as written: "M/s" (Messrs) belongs to the name the CV gives, as in the lines of a work history; the
 * sentence patterns above read past it, so it is put back where the sentence has it just before the organisation.
 */
export function withMessrs(sentence: string, organisation: string): string {
  if (/^m\/s\b/i.test(organisation)) return organisation;
  const spaced = sentence.replace(/\s+/g, " ");
  const at = spaced.indexOf(organisation);
  if (at < 0) return organisation;
  const messrs = /(?:^|[\s(])(m\/s\.?)\s*$/i.exec(spaced.slice(0, at));
  return messrs ? `${messrs[1]} ${organisation}` : organisation;
}

// words that describe where a job was without naming whose it was ("in private sector", "in the same firm")
const UNNAMED_PLACE =
  /^(?:an?|the|my|our|this|that|its|their|his|her|same|various|different|several|many|other|private|public|reputed|leading|multinational|mnc|local|government|govt|sales|field|area|sector|capacity|team|section|division|department|dept|project|projects|site|plant|office|branch|role|position|post|charge)$/;

/**
 * "worked as a salesman in kestrel fashion retail from May 2015 to May 2017": a name typed in lower case is still
 * the employer where the sentence gives the job's dates right after it; two to five words, none a word that
 * describes a place of work rather than naming it.
 */
export function lowerCaseNameBeforeDates(organisation: string, after: string): boolean {
  const words = organisation.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => /^\p{Ll}[\p{Ll}&.'’-]*$/u.test(word) && !UNNAMED_PLACE.test(word)) &&
    /^\s*,?\s*(?:(?:from|since|during|between)\s+)?(?:\d{1,2}[./-])?(?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,'’-]*\d{2,4})/i.test(
      after,
    )
  );
}
