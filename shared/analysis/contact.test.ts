import { describe, expect, it } from "vitest";
import { classifyLink, extractContact, findEmails } from "./contact.ts";
import { looksLikeName } from "./names.ts";
import { looksLikeLocation, placeOf } from "./places.ts";

describe("classifyLink", () => {
  it.each([
    ["https://www.linkedin.com/in/jane-doe", "linkedin"],
    ["https://github.com/janedoe", "github"],
    ["https://janedoe.github.io", "portfolio"],
    ["https://www.behance.net/jane", "portfolio"],
    ["https://janedoe.dev", "portfolio"],
    ["https://example.com/about", "other"],
  ])("%s", (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });
});

describe("names and places", () => {
  it.each([
    ["Jane Doe", true],
    ["MARÍA GONZÁLEZ PÉREZ", true],
    ["Sanne de Vries", true],
    ["Jean-Luc Picard", true],
    ["María de los Ángeles García López", true],
    ["Senior Software Engineer", false],
    ["Berlin, Germany", false],
    ["Curriculum Vitae", false],
    ["Work Experience", false],
  ])("looksLikeName(%s)", (line, expected) => {
    expect(looksLikeName(line)).toBe(expected);
  });

  it.each([
    ["Berlin, Germany", true],
    ["Austin, TX", true],
    ["Remote", true],
    ["28013 Madrid", true],
    ["Acme GmbH", false],
    // a place and its country joined by a dash; an organisation before a country, or a hyphenated name, is none
    ["Tamil Nadu-INDIA", true],
    ["Dammam-Saudi Arabia", true],
    ["Hindustan Kestrel-India", false],
    ["Rolls-Royce", false],
  ])("looksLikeLocation(%s)", (text, expected) => {
    expect(looksLikeLocation(text)).toBe(expected);
  });

  it("takes the place out of an address", () => {
    expect(placeOf("Calle Mayor 15, 28013 Madrid")).toBe("Madrid");
  });
});

describe("extractContact", () => {
  it("takes the name from a line it shares with the title", () => {
    const lines = ["Jane Doe | Data Scientist", "jane@example.com"];
    const contact = extractContact({
      text: lines.join("\n"),
      headerLines: lines,
      allLines: lines,
      links: [],
      documentLanguage: "en",
    });
    expect(contact.name?.value).toBe("Jane Doe");
  });

  it("uses a country-coded number or a named place to read local numbers", () => {
    const contact = extractContact({
      text: "Marie Dubois\nParis, France | marie@example.fr | 06 12 34 56 78\nhttps://linkedin.com/in/mariedubois",
      headerLines: ["Marie Dubois", "Paris, France | marie@example.fr | 06 12 34 56 78"],
      allLines: ["Marie Dubois", "Paris, France | marie@example.fr | 06 12 34 56 78"],
      links: [],
      defaultRegion: "US",
      documentLanguage: "en",
    });
    expect(contact.name?.value).toBe("Marie Dubois");
    expect(contact.emails.map((email) => email.value)).toEqual(["marie@example.fr"]);
    expect(contact.phones.map((phone) => phone.value)).toEqual(["+33612345678"]);
    expect(contact.location?.value).toBe("Paris, France");
    expect(contact.links.map((link) => link.value)).toEqual([
      { kind: "linkedin", url: "https://linkedin.com/in/mariedubois" },
    ]);
  });

  const located = (lines: string[], header = 2) =>
    extractContact({
      text: lines.join("\n"),
      headerLines: lines.slice(0, header),
      allLines: lines,
      links: [],
      defaultRegion: "US",
      documentLanguage: "en",
    }).location?.value ?? null;

  it("takes the present address over the permanent one, whatever their order", () => {
    expect(
      located([
        "Ravi Kumar",
        "Email: ravi@example.in",
        "Permanent Address: Vill. Rampur, Gorakhpur, Uttar Pradesh",
        "Present Address: 209/5, Ganga Nath Marg, Munirka Delhi-110067",
      ]),
    ).toBe("Delhi, India");
  });

  it("falls back to the declaration's place, then to the permanent address", () => {
    expect(located(["Ravi Kumar", "Email: ravi@example.in", "Declaration", "Place: Gurgaon", "Date:"])).toBe(
      "Gurgaon, Haryana, India",
    );
    expect(
      located(["Ravi Kumar", "Email: ravi@example.in", "Permanent Address: Gorakhpur, Uttar Pradesh"]),
    ).toBe("Gorakhpur, Uttar Pradesh, India");
  });

  it("reads a name in lower case that the e-mail spells out, and keeps the dot closing initials", () => {
    const named = (lines: string[]) =>
      extractContact({
        text: lines.join("\n"),
        headerLines: lines,
        allLines: lines,
        links: [],
        documentLanguage: "en",
      }).name?.value ?? null;
    expect(named(["Agin sathiya", "Chennai\tE-mail: aginsathiya@example.com"])).toBe("Agin Sathiya");
    expect(named(["hard working", "Chennai\tE-mail: aginsathiya@example.com"])).toBeNull();
    expect(named(["Sharanya P.V.", "Email: sharanyapv@example.com"])).toBe("Sharanya P.V.");
  });

  const names: [string[], string | null][] = [
    [["VINOTH.C", "Email: v@example.in"], "Vinoth.C"],
    [["• Rehan Qadri", "• Mobile no: 8795498673"], "Rehan Qadri"],
    [["CURRICULUM VITAE – ARUN KUMAR.V", "SUMMARY"], "Arun Kumar.V"],
    [["Ravi Menon   ravi@example.in    Mobile"], "Ravi Menon"],
    [["CURICULLUM VAITE", "", "MOHD ISLAM"], "Mohd Islam"],
    [["Marital Status", "Pin Code"], null],
  ];
  it.each(names)("name in %j", (headerLines, want) => {
    const contact = extractContact({
      text: headerLines.join("\n"),
      headerLines: headerLines.filter((l) => l.trim() !== ""),
      allLines: headerLines,
      links: [],
      documentLanguage: "en",
    });
    expect(contact.name?.value ?? null).toBe(want);
  });

  const emailCases: [string, string[]][] = [
    ["EMAIL:-ravi.k@example.in", ["ravi.k@example.in"]],
    ["E-mail: ravik025 @gmail.com", ["ravik025@gmail.com"]],
    ["Email id-ravi@example.in", ["ravi@example.in"]],
    ["ravi@gmail.comSkype: ravi.k", ["ravi@gmail.com"]],
  ];
  it.each(emailCases)("e-mail in %s", (text, want) => {
    expect(findEmails(text)).toEqual(want);
  });
});
