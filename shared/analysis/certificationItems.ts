// What a certifications section holds that names no certificate, course or licence: the labels of a table or
// a form ("S. No.", "Duration", "Certificate"), a number alone (a licence's or a passport's), what the person
// did rather than what they earned ("Attended a two days workshop", "Visited X plant", "Presented a paper on
// Y"), and the duties of a job that a section without a heading of its own runs into ("Maintain all
// checklists of ...", "Coordinate special projects with ..."). A recruiter reads the section as what the
// candidate holds: each of these would stand there as a certification.
import { CREDENTIAL } from "./certificationLines.ts";
import { namesMonth } from "./dates.ts";
import { columnWordsOnly } from "./educationInstitutions.ts";
import { LEGAL_FORM_END } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { opensWithActionVerb } from "./quality.ts";

// what the person did at an event, not a credential the event gave
const ACTIVITY =
  /^(?:attended|participated|presented|visited|organi[sz]ed|volunteered|won|secured|delivered|conducted)\b|^(?:seminar|symposium|conference|webinar)\s+on\b|\bindustrial\s+visit\b|\bpaper\s+(?:on|titled|entitled)\b/i;
// a project or a study, which the projects section reads ("MINI PROJECT ON X", "Did final year project on Y",
// "A study on Z")
const PROJECT =
  /^(?:(?:did|done|completed)\s+(?:an?\s+|the\s+|my\s+)?)?(?:(?:mini|major|minor|main|final|year|college|academic|b\.?\s?tech|m\.?\s?tech)\s+)*project\s*(?:on|titled|entitled|:)|^an?\s+study\s+(?:on|of)\b/i;
// a training held at a place of work, an internship rather than a course: "Did summer training from X Power
// Station", "Undergone an in-plant training in Y Workshop", "Major Training: Done from Z", "block placement",
// "field work at X", "1 month training at X on Y"; a subject after "in" names a course ("Completed 2 month
// training in Embedded Systems")
const PLACEMENT =
  /\b(?:summer|industrial|in-?plant|inplant|vocational|project|practical|block|major|minor)\s+(?:placement|training)\b|\bfield\s*work\b|^(?:(?:undergone|underwent|did|done|had|completed|compled|experience\s+of)\s+)?(?:an?\s+)?(?:\d{1,3}|one|two|three|four|six)[\s-]*(?:hrs?|hours?|days?|weeks?|months?)\s+(?:[\p{L}-]+\s+)?training\b.*\b(?:at|from)\s|^(?:undergone|underwent|did|done|had)\s.*\btraining\s+(?:at|from|with)\s/iu;
// a certificate that honours rather than qualifies: "Certificate of Appreciation", "Certificate of Merit for ..."
const HONOUR =
  /^(?:certificate|letter)\s+of\s+(?:appreciation|hono(?:u)?rs?|merit|excellence|participation|achievement|recognition|commendation)\b/i;
/** "Certificate of Appreciation ...", "Certificate of Merit ...": an honour, which no course or credential is */
export const namesAnHonour = (text: string) => HONOUR.test(text.trim());
// a form's field, with or without its value: "License No.", "Date of expiry", "Position: Trainee", "ORGANISATION : X"
const FIELD =
  /^(?:(?:date|place|country)\s+of\s+(?:issue|expiry|birth)|(?:licen[cs]e|passport|registration|membership)\s+(?:no|number)\.?|position|designation|profile|organi[sz]ation|company|employer|client|project|duration|period)\s*(?:[:：]|$)/i;
// the verbs a duty opens with, in the forms a duty list uses ("Maintain", "Maintains", "Maintaining")
const DUTY =
  /^(?:maintain|build|ensur|provid|prepar|coordinat|plan|schedul|develop|review|conduct|support|arrang|mak|manag|handl|install|monitor|supervis|assist|perform|overse|liais|follow|inspect|repair|creat|implement|execut|attend|responsible|primary\s+point)(e|es|s|ed|d|ing|ning)?\b/i;
// what a sentence has and a course's name seldom does: "Providing training to frontline staff" is a duty,
// "Planning and Scheduling with Primavera" a course
const SENTENCE_WORD = /\s(?:the|a|an|all|to|for|our|their|its|each|every|any)\s/i;
// a qualification's own words: an item with one is a course or a credential whatever verb opens it
const QUALIFICATION = new RegExp(`${CREDENTIAL.source}|\\blicen[cs]e\\b`, "i");
// a licence's number under its key, with no licence named: "License: C33282"
const LICENCE_NUMBER = /^licen[cs]e\s*(?:no\.?|number)?\s*[:：]?\s*[\p{L}/-]*\d{4,}[\p{L}\d/-]*\.?$/iu;
// the heading of a job's duties, which a section with no heading the reader knows runs into: what follows it
// is no certification ("MANAGERIAL RESPONSIBILITIES", "SCOPE OF WORK ACROSS MY TENURE", "Job Profile:")
const DUTIES_HEADING =
  /\b(?:responsibilit(?:y|ies)|duties|scope\s+of\s+work|job\s+profile|work\s+profile)\b/i;
const WORDS = /[\p{L}\p{N}+#]+/gu;
const WHOM = String.raw`(?:staff|students|employees|teams?|trainees|members|personnel|professionals|hires|agents|colleagues|others|\d+)\b`;
const TRAINING_GIVEN = new RegExp(
  String.raw`^(?:successfully\s+)?(?:train(?:ed|ing)|coached|mentored)\s+(?:of\s+)?(?:(?:the|our|all|new|existing|individual|junior)\s+)*${WHOM}|^training\s+(?:given\s+)?to\s+(?:[\p{L}.&-]+\s+){0,6}${WHOM}`,
  "iu",
);
// a line that leads into a list rather than naming anything: "Exposure to", "Witch as follows", "Areas of Exposure"
const LEAD_IN =
  /(?:\s(?:to|of|in|on|with|for|as\s+follows|following|include|includes|including)|^exposure)\s*[:：-]?$|^areas?\s+of\s+(?:exposure|expertise|interest|work)\b/i;
// the note a CV builder leaves at the foot of its pages: "This résumé is made with X"
const MADE_WITH = /\b(?:made|created|generated|built|designed)\s+(?:with|using|by|on)\b/i;
// a grade alone: "7. 3 SPI", "8.1 CGPA"
const GRADE_ALONE = /^\d{1,2}(?:\s*\.\s*\d{1,2})?\s*(?:spi|cpi|cgpa|sgpa|gpa|%)$/i;

/**
 * true when an item of a certifications section names no certificate, course or licence (see the file's head);
 * `name` is what the reader kept as its name, `item` the whole item it was read from
 */
export function notACertification(name: string, item: string): boolean {
  // no word of two letters: a numbering ("1.") or punctuation left of a table
  if (!/\p{L}{2}/u.test(name)) return true;
  // "S. No.", "Duration", "Certificate", "Month": a table's or a form's labels name nothing held
  if (columnWordsOnly(name) !== null) return true;
  // a licence's or a passport's number alone: one token of five digits or more and letters in short groups
  // ("E/TN/69Z/001169/2007"; "ISO9001:2015" names a standard)
  if (/^\S*(?:\d\D?){5,}\S*$/u.test(name.trim()) && !/\p{L}{3}/u.test(name)) return true;
  if (FIELD.test(item) || PROJECT.test(item) || LICENCE_NUMBER.test(item)) return true;
  if (
    LEAD_IN.test(item.trim()) ||
    LEAD_IN.test(name.trim()) ||
    MADE_WITH.test(item) ||
    GRADE_ALONE.test(name.trim())
  )
    return true;
  if (PLACEMENT.test(item) && !QUALIFICATION.test(item)) return true;
  if (namesAnHonour(item)) return true;
  // "(Industrial Training)", "(M.Tech Project).": a note in brackets on the item above
  if (/^\([^()]*\)\.?$/u.test(item.trim())) return true;
  // an organisation's name, closed by its legal form ("Kestrel Minerals and Metals Ltd.", "NORTHGATE STEEL
  // LIMITED", "Harbor transport corporation in"): where a training was held, not what it taught
  const organisation = name.trim().replace(/\s+(?:in|at)$/i, "");
  if (LEGAL_FORM_END.test(organisation) && !QUALIFICATION.test(name) && !/\btrain(?:ing|ed)\b/i.test(name))
    return true;
  // a month or a place alone: a date's or an address's piece that a wrapped table cell left on its own line
  if (!/\s/.test(name.trim()) && (namesMonth(name) || looksLikeLocation(name))) return true;
  // "Writing", "Maintenance", "Title", "PREPAREDNESS": one word, no initialism or figure, names a skill, a column
  // or a wrapped list's piece, not a credential ("CCNA", "NEBOSH", "ITIL" are)
  const one = item.trim();
  if (/^[\p{L}-]+\.?$/u.test(one) && (/\p{Ll}/u.test(one) || one.length > 7) && !QUALIFICATION.test(one))
    return true;
  // "Training to new clerical staff for 15 days", "Successfully trained staff in all office systems": training given
  // to others, a trainer's duty; "Hands on experience of X": a skill claimed
  if (TRAINING_GIVEN.test(one) || /^hands?[\s-]*on\s+experience\b/i.test(one)) return true;
  // "I learnt the basics of ...": a sentence about oneself, which no credential's name opens with
  if (/^(?:i|we|my)\s/i.test(item)) return true;
  if (ACTIVITY.test(item))
    return !QUALIFICATION.test(item) || /^(?:attended|participated|presented)\b/i.test(item);
  // a duty: a verb of work opening a sentence of some length, with no qualification word in it
  if (QUALIFICATION.test(item)) return false;
  const itemWords = item.match(WORDS) ?? [];
  if (itemWords.length < 4) return false;
  // "Completed 2 month training in X", "Undergone in-plant training at Y": a training held, whatever its verb
  const duty = DUTY.exec(item);
  // a duty's -ing form names a course as often ("Building Estimation and Costing"): it takes a sentence's words
  if (duty) return !duty[1]?.endsWith("ing") || (itemWords.length >= 6 && SENTENCE_WORD.test(item));
  return (
    opensWithActionVerb(item) && !/\btrain(?:ing|ed)\b/i.test(item) && !/ing$/i.test(item.split(/\s/)[0])
  );
}

/** true when an item is the heading of a job's duties, after which a certifications section holds none */
export function opensDuties(item: string): boolean {
  return DUTIES_HEADING.test(item) && !QUALIFICATION.test(item) && (item.match(WORDS) ?? []).length <= 6;
}
