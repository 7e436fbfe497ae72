import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";
import { redactAnalysis } from "./redact.ts";

const CV = `Lucas Martin
Développeur Full Stack
12 rue de la Paix, 75002 Paris | lucas.martin@example.fr | 06 12 34 56 78
Photo : lucas-martin.jpg
https://lucasmartin.dev | github.com/lucasmartin

Expérience professionnelle
Développeur Full Stack chez Seine Web SAS\tjanv. 2021 – aujourd'hui
• Refonte du site de Lucas Martin Conseil, contact lucas.martin@example.fr
`;

describe("redactAnalysis", () => {
  const result = analyzeText(CV, { asOf: "2026-11" });
  const redacted = redactAnalysis(result);

  it("replaces name, street address, e-mail, phone, photo and links in the text", () => {
    expect(redacted.text.split("\n").slice(0, 5)).toEqual([
      "[NAME]",
      "Développeur Full Stack",
      "[ADDRESS], [ADDRESS] | [EMAIL] | [PHONE]",
      "[PHOTO]",
      "[LINK] | [LINK]",
    ]);
  });

  it("redacts the same data inside extracted fields", () => {
    expect(redacted.analysis.experience[0].highlights).toEqual([
      "Refonte du site de [NAME] Conseil, contact [EMAIL]",
    ]);
    expect(redacted.analysis.experience[0].company).toBe("Seine Web SAS");
    expect(JSON.stringify(redacted)).not.toMatch(/lucas|Lucas|12 34 56 78/);
  });

  it("leaves the original result untouched", () => {
    expect(result.analysis.contact.name?.value).toBe("Lucas Martin");
    expect(result.text.startsWith("Lucas Martin")).toBe(true);
  });
});
