import { describe, expect, it } from "vitest";
import { detectDocumentLanguage } from "./documentLanguage.ts";

describe("detectDocumentLanguage", () => {
  it.each([
    ["Led the migration of the billing platform to Kubernetes and mentored a team of five engineers.", "en"],
    ["Verantwortlich für die Entwicklung der Plattform und die Betreuung der Kunden im Team.", "de"],
    ["Responsable de la refonte du site et de la gestion des campagnes pour les clients.", "fr"],
    ["Responsable del diseño de los cuadros de mando para la dirección comercial y las ventas.", "es"],
    ["Responsável pela migração dos relatórios para a nuvem e pelo atendimento aos clientes.", "pt"],
    ["Responsabile della gestione dei clienti e della progettazione del sistema per la banca.", "it"],
    ["Verantwoordelijk voor de bouw van het dataplatform en de rapportages voor het team.", "nl"],
  ])("%s", (text, language) => {
    expect(detectDocumentLanguage(text)).toBe(language);
  });
});
