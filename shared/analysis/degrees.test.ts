import { describe, expect, it } from "vitest";
import { educationLevel } from "./degrees.ts";

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
  ];
  it.each(cases)("%s", (text, level) => {
    expect(educationLevel(text)).toBe(level);
  });
});
