// The legal forms that close an organisation's name, in one place for every reader that looks for them (telling
// a company from a title, joining a name wrapped before its form, cutting what follows a name).

/**
 * Regex source (one non-capturing group) of the forms that are nothing but a legal form: "Ltd", "Limited",
 * "Pvt", "LLC", "L.L.C", "W.L.L" (the Gulf's), "Pte" (Singapore's), "Inc", "Corp", "Corporation", "GmbH",
 * "S.A.R.L", "Ltda". Inner dots are written; a closing dot is the caller's to allow.
 */
export const LEGAL_FORMS = String.raw`(?:gmbh|inc|incorporated|ltd|limited|llc|l\.l\.c|llp|plc|corp|corporation|pvt|pte|w\.l\.l|wll|ltda|sarl|s\.a\.r\.l|s\.a\.s|s\.p\.a|s\.r\.l|srl|b\.v|n\.v|s\.a|s\.l|e\.v|gbr|ohg)`;

/** "Kestrel Steels Pvt. Ltd", "HARBOR CO.": a name closed by its legal form ("Co." and "Company" too) */
export const LEGAL_FORM_END = new RegExp(String.raw`(?:^|[\s.])(?:co|company|${LEGAL_FORMS})\.?$`, "i");

/**
 * Forms of two or three letters that are also words, initials or product names elsewhere ("AG", "SA", "SE",
 * "KG", "SAS", "Spa"): a legal form where a name ends with one, but not evidence on their own in running text.
 */
export const SHORT_LEGAL_FORMS = "(?:ag|se|kg|ug|bv|nv|sa|sas|sl|spa)";

// a name closed by its legal form, then the sentence going on in lower case ("... PRIVATE LIMITED looking after")
const LEGAL_FORM_AT = new RegExp(String.raw`\b${LEGAL_FORMS}\.?(?=\s)`, "giu");
const LEGAL_FORM_NEXT = new RegExp(String.raw`^\s+${LEGAL_FORMS}\b`, "i");
export const upToLegalForm = (name: string) => {
  for (const form of name.matchAll(LEGAL_FORM_AT)) {
    const end = form.index + form[0].length;
    const rest = name.slice(end);
    // "Roto Power Projects pvt ltd": a second form in lower case is still the name's
    if (/^\s+\p{Ll}/u.test(rest) && !LEGAL_FORM_NEXT.test(rest)) return name.slice(0, end);
  }
  return name;
};
