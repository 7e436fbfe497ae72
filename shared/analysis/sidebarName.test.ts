// A sidebar read before the main column (LinkedIn's export and its like): the candidate's name on a line of its own
// ends the sidebar's last list. Invented names.
import { describe, expect, it } from "vitest";
import { analyzeExtracted } from "./analyzeText.ts";

// as a PDF gives it: the first page's largest type names the candidate
const analyse = (lines: string[], nameHint = "Arun Kestrel") =>
  analyzeExtracted(
    { type: "pdf", text: lines.join("\n"), pages: 1, links: [], nameHint },
    { asOf: "2026-11" },
  ).analysis;

describe("the name's block after a sidebar", () => {
  it("is no certificate, and its place is the location", () => {
    const analysis = analyse([
      "Contact",
      "arun.kestrel@example.com",
      "Top Skills",
      "Apache Spark",
      "Certifications",
      "AWS Certified Data Analytics – Specialty",
      "Arun Kestrel",
      "Senior Data Engineer at Northgate Analytics",
      "Pune, Maharashtra, India",
      "Summary",
      "Data engineer with eight years of building pipelines.",
    ]);
    expect(analysis.contact.name?.value).toBe("Arun Kestrel");
    expect(analysis.certifications.map((c) => c.name)).toEqual(["AWS Certified Data Analytics – Specialty"]);
    expect(analysis.contact.location?.value).toBe("Pune, Maharashtra, India");
  });

  it("leaves a list alone where the name stands among a details table's values", () => {
    const analysis = analyse([
      "Arun Kestrel",
      "arun.kestrel@example.com",
      "Languages Known",
      "English",
      "Arun Kestrel",
      "12-04-1990",
      "Indian",
      "Male",
      "Single",
      "Tamil",
      "Experience",
      "Site Engineer, Orchard Builders Pvt Ltd, June 2015 - Present",
    ]);
    expect(analysis.languages.map((l) => l.language)).toEqual(["English", "Tamil"]);
  });
});
