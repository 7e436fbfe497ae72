import { describe, expect, it } from "vitest";
import { educationLevel } from "./degrees.ts";
import { degreeLevelOf } from "./schoolNames.ts";

describe("educationLevel", () => {
  const cases: [string, string | null][] = [
    ["PhD in Physics", "doctorate"],
    ["Dr. rer. nat. Chemie", "doctorate"],
    ["Doctorat en informatique", "doctorate"],
    ["Dottorato di ricerca", "doctorate"],
    ["MSc Computer Science", "master"],
    ["M.Sc. Informatik", "master"],
    ["MBA", "master"],
    ["MS in Computer Science", "master"],
    ["Skilled in MS Office and MS-Excel", null],
    // a month, a bed, a hyphened "inter-", a driving licence: no degree ("M.Arch", "B.Ed", "Inter" are)
    ["15-March-2011", null],
    ["Managed hospital bed allocation", null],
    ["Med-Surg rotation", null],
    ["Strong analytical, inter-personal and communication skills", null],
    ["DRIVING LICENCE", null],
    ["Licence No: 1234", null],
    ["M. Arch (Urban Design)", "master"],
    ["B.Ed", "bachelor"],
    ["M. Ed : Teaching", "master"],
    ["Inter", "secondary"],
    ["Licence professionnelle", "bachelor"],
    // the pronoun in lower case, a high school's graduate, a course's graduate, graduate-level courses
    ["Degree earned at night to allow me to keep working", null],
    ["High School Graduate", "secondary"],
    ["Distinguished Graduate", null],
    ["Graduate Level Courses", "other"],
    ["Graduate: Mechanical Engineering", "bachelor"],
    ["ME (Thermal Engineering)", "master"],
    // German "Promotion" is a doctorate; a sales promotion or a promotion to a post is not
    ["Promotion (Dr. rer. nat.) in Physik", "doctorate"],
    ["2015 – 2019 Promotion an der TU Kestrelburg", "doctorate"],
    ["Sales promotion activities in 2016.", null],
    ["Promotion to Team Lead in 2014", null],
    // "Master" as a word of a name or a trade
    ["Road Master Driving School", null],
    ["Master Electrician License", null],
    ["Master's in Finance", "master"],
    ["Masters in Business Administration", "master"],
    ["Master of Science", "master"],
    ["Diplom-Informatiker", "master"],
    ["Dipl.-Ing. Maschinenbau", "master"],
    ["Máster en Ingeniería", "master"],
    ["Mestrado em Engenharia", "master"],
    ["Laurea magistrale in Ingegneria", "master"],
    ["BSc Economics", "bachelor"],
    ["B.A. History", "bachelor"],
    ["Bachelor of Arts", "bachelor"],
    ["Licence informatique", "bachelor"],
    ["Grado en Administración de Empresas", "bachelor"],
    ["Licenciatura em Direito", "bachelor"],
    ["Laurea triennale in Economia", "bachelor"],
    ["Laurea in Lettere", "bachelor"],
    ["Associate of Applied Science", "associate"],
    ["BTS Informatique", "associate"],
    ["Abitur", "secondary"],
    ["Baccalauréat scientifique", "secondary"],
    ["Bachillerato", "secondary"],
    ["High School Diploma", "secondary"],
    ["VWO", "secondary"],
    ["Berufsausbildung zum Fachinformatiker", "other"],
    ["Senior Engineer", null],
    // a hyphen in the abbreviation, and a safety course whose "MS" is no master's
    ["B-Tech in Chemical Engineering", "bachelor"],
    ["M-Tech in Structures", "master"],
    ["Course on IOSH-MS", "other"],
    ["IOSH – MS", "other"],
    // "M.S" and "B.S" without their last dot, before the builder's colon or "in"
    ["M.S : Public Policy", "master"],
    ["B.S in Zoology", "bachelor"],
    ["B.S.E.B. Patna", null],
    ["B.A , Journalism", "bachelor"],
    // "M.B.A" without its last dot is a master's, never a B.A.
    ["M.B.A : Finance", "master"],
    ["M.S Office", null],
    // nursing, management and doctoral initials; Indian diplomas by their dotted initials; "Plus Two"
    ["BSN", "bachelor"],
    ["MSN", "master"],
    ["BBM", "bachelor"],
    ["Ed.D.", "doctorate"],
    ["D.M.E (Mechanical)", "associate"],
    ["D.C.E.", "associate"],
    ["Advanced Diploma in Accounting", "associate"],
    ["Plus Two", "secondary"],
    // a branch in brackets after a bachelor's degree ("ME": mechanical engineering), and the degree with a comma
    ["B.Tech (ME)", "bachelor"],
    ["B,Tech(ME)", "bachelor"],
    ["B.E. (M.E.)", "bachelor"],
    ["ME (Thermal)", "master"],
    ["(M.E.) Structural Engineering", "master"],
    ["Diploma (ME)", "associate"],
    ["Diploma in Medical Lab Technology", "other"],
    // a known US town with its state's code ends a cell: Massachusetts, Mississippi, Maine, no degree; a subject
    // before the code is no town, and a degree in a cell of its own stays
    ["ORCHARD UNIVERSITY\tMedford, MA", null],
    ["Northgate College, Jackson, MS 39201", null],
    ["Kestrel Institute  Portland, ME", null],
    ["History, MA", "master"],
    ["MA Economics\tBoston, MA", "master"],
  ];
  it.each(cases)("%s", (text, level) => {
    expect(educationLevel(text)).toBe(level);
  });
});

describe("degreeLevelOf on Indian qualification names", () => {
  const cases: [string, string | null][] = [
    ["Diploma", "associate"],
    ["DIPLOMA (Electrical & Electronics)", "associate"],
    ["Diploma EEE", "associate"],
    ["Diploma from KVG Polytechnic; 66%", "associate"],
    ["DIPLOMO IN MECHANICAL ENGINEERING", "associate"],
    ["Diploma in Finance", "other"],
    ["Diploma-Fire & Safety", "other"],
    // a polytechnic diploma named by its branch alone, or by its initials without dots
    ["Diploma in Mechanical (Air conditioning and refrigeration)", "associate"],
    ["Diploma (Civil)", "associate"],
    ["DME", "associate"],
    ["Diploma in Electrical Safety", "other"],
    ["Diploma in Civil Draughtsmanship", "other"],
    ["PG Diploma in Embedded Systems", "master"],
    ["Post Diploma in Industrial Safety", "other"],
    ["Post Graduate Diploma in Industrial Safety", "master"],
    ["Postgraduate Certificate in Education", "other"],
    ["Madhyamik", "secondary"],
    ["TENTH", "secondary"],
    ["10+2 Examination", "secondary"],
    // a grade that opens the piece names no qualification, whatever words follow it
    ["3.75 GPA for EE courses, 3.36 GPA cumulative", null],
    ["8.1 CGPA (Diploma)", null],
    ["82 % marks in Diploma", null],
    ["7.2/10 CGPA", null],
  ];
  it.each(cases)("%s is %s", (text, level) => {
    expect(degreeLevelOf(text)).toBe(level);
  });
});
