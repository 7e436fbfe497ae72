import { describe, expect, it } from "vitest";
import { separateEuropassLabels } from "./europass.ts";
import { analyzeText } from "./index.ts";
import { extractSpokenLanguages, isLanguageLevelLine, statesLanguages } from "./spokenLanguages.ts";

describe("extractSpokenLanguages", () => {
  const cases: [string, [string, string | null][]][] = [
    [
      "German – native; English (C1); French: basic",
      [
        ["German", "native"],
        ["English", "C1"],
        ["French", "basic"],
      ],
    ],
    [
      "Deutsch – Muttersprache, Englisch – fließend (C1)",
      [
        ["German", "native"],
        ["English", "C1"],
      ],
    ],
    ["Français : langue maternelle", [["French", "native"]]],
    ["Anglais – courant", [["English", "fluent"]]],
    [
      "Español (nativo), Inglés (B2)",
      [
        ["Spanish", "native"],
        ["English", "B2"],
      ],
    ],
    [
      "Português – nativo | Inglês – avançado",
      [
        ["Portuguese", "native"],
        ["English", "professional"],
      ],
    ],
    [
      "Italiano madrelingua; Inglese buono",
      [
        ["Italian", "native"],
        ["English", "intermediate"],
      ],
    ],
    [
      "Nederlands – moedertaal, Engels – vloeiend, Duits – redelijk",
      [
        ["Dutch", "native"],
        ["English", "fluent"],
        ["German", "intermediate"],
      ],
    ],
    ["Hindi (Professional Working)", [["Hindi", "professional"]]],
    ["Tamil (Native or Bilingual)", [["Tamil", "native"]]],
    ["Urdu", [["Urdu", null]]],
  ];
  it.each(cases)("%s", (line, expected) => {
    expect(extractSpokenLanguages([line], true).map(({ language, level }) => [language, level])).toEqual(
      expected,
    );
  });
});

describe("levels said before the names", () => {
  const cases: [string, [string, string | null][]][] = [
    [
      "Fluent in Italian and a dual citizen ~ Conversational in Spanish",
      [
        ["Italian", "fluent"],
        ["Spanish", "intermediate"],
      ],
    ],
    [
      "Native speaker of English and Portuguese, fluent in Spanish and conversational French.",
      [
        ["English", "native"],
        ["Portuguese", "native"],
        ["Spanish", "fluent"],
        ["French", "intermediate"],
      ],
    ],
    [
      "Fully fluent in English and Arabic, proficient in Hebrew and French (read, write and speak)",
      [
        ["English", "fluent"],
        ["Arabic", "fluent"],
        ["Hebrew", "professional"],
        ["French", "professional"],
      ],
    ],
    [
      "Fluency in Pashto, Dari, English",
      [
        ["Pashto", "fluent"],
        ["Dari", "fluent"],
        ["English", "fluent"],
      ],
    ],
    [
      "Arabic mother tongue. Good in both written and spoken English.",
      [
        ["Arabic", "native"],
        ["English", "intermediate"],
      ],
    ],
    [
      "Excellent in both spoken and written English. Fluent in Bemba and in Nyanja",
      [
        ["English", "fluent"],
        ["Bemba", "fluent"],
        ["Nyanja", "fluent"],
      ],
    ],
    ["American Sign Language : Elementary", [["American Sign Language", "basic"]]],
    // a line that gives each level after its name keeps doing so
    [
      "English Fluent Spanish Basic",
      [
        ["English", "fluent"],
        ["Spanish", "basic"],
      ],
    ],
    [
      "English Fluent / Spanish Beginner",
      [
        ["English", "fluent"],
        ["Spanish", "basic"],
      ],
    ],
  ];
  it.each(cases)("%s", (line, expected) => {
    expect(extractSpokenLanguages([line], true).map(({ language, level }) => [language, level])).toEqual(
      expected,
    );
  });
});

describe("a long run of spaces before a name", () => {
  it("is read in the time of a short one, and a level that far away is not the name's", () => {
    const line = `Fluent in${" ".repeat(200_000)}x English`;
    expect(extractSpokenLanguages([line], true).map(({ language, level }) => [language, level])).toEqual([
      ["English", null],
    ]);
  });
});

describe("language lines outside a languages section", () => {
  it.each([
    ["English (C2)", true],
    ["Deutsch – Muttersprache", true],
    ["Mother tongue(s)\tEnglish", true],
    ["French cuisine and travel", false],
    ["Built the German storefront", false],
  ])("%s", (line, expected) => {
    expect(isLanguageLevelLine(line)).toBe(expected);
  });

  it.each([
    ["Languages English, Malayalam, Hindi", true],
    ["Bi-lingual in English and Spanish with outstanding analytical skills", true],
    ["Fluent in Arabic", true],
    ["Language's known : - Hindi, English", false],
    ["Language Know Hindi English and Urdu", true],
    ["5) Language’s Known Kannada", true],
    ["Public speaking to German investors", false],
    ["Language processing with Python", false],
    ["Managed the English storefront", false],
    ["Hindi English and Urdu", true],
    ["English, Hindi & Tamil.", true],
    ["Written and verbal communication – Hindi & English.", true],
    ["English and Spanish cuisine", false],
    ["Hindi", false],
  ])("states languages: %s", (line, expected) => {
    expect(statesLanguages(line)).toBe(expected);
  });

  it("reads a personal-details label with a letter or number for its bullet, a curly apostrophe or 'Know'", () => {
    const text = [
      "Ravi Kumar",
      "Personal Details",
      "o Language Known\t: - English, Hindi & Punjabi",
      "5) Language’s Known :\tKannada",
      "Languages Know\t:\tUrdu",
    ].join("\n");
    expect(analyzeText(text, { asOf: "2026-11" }).analysis.languages.map((l) => l.language)).toEqual([
      "English",
      "Hindi",
      "Punjabi",
      "Kannada",
      "Urdu",
    ]);
  });

  it("reads the list on the next line when the label's line leaves it open", () => {
    const languages = (text: string) =>
      analyzeText(`Ravi Kumar\nPersonal Details\n${text}`, { asOf: "2026-11" }).analysis.languages.map(
        (l) => l.language,
      );
    expect(languages("Languages Know\nUrdu, English\nPermanent Address")).toEqual(["Urdu", "English"]);
    expect(languages("Languages Known : English,\nHindi, Urdu and Telugu\nGender : Male")).toEqual([
      "English",
      "Hindi",
      "Urdu",
      "Telugu",
    ]);
    // a closed list takes nothing from the line below, and a label over programming languages finds none
    expect(languages("Languages Known : English\nHindi Sahitya Sammelan award")).toEqual(["English"]);
    expect(languages("Languages:\nJava, Python")).toEqual([]);
  });

  it("reads common spellings of Indian languages, and those the list lacked", () => {
    expect(
      extractSpokenLanguages(["Gujrati, Odiya, Marati, Rajasthani, Tulu, Santhali"], true).map(
        (l) => l.language,
      ),
    ).toEqual(["Gujarati", "Odia", "Marathi", "Rajasthani", "Tulu", "Santali"]);
  });

  it("reads a table row that gives a language's name alone among rows that give levels", () => {
    const text = [
      "Ravi Kumar",
      "LANGUAGES/ COMMUNICATION SKILLS",
      "Language\tSpeak\tRead\tWrite",
      "English\tAverage\tExcellent\tExcellent",
      "Arabic",
      "Urdu\tExcellent\taverage\taverage",
    ].join("\n");
    expect(analyzeText(text, { asOf: "2026-11" }).analysis.languages.map((l) => l.language)).toEqual([
      "English",
      "Arabic",
      "Urdu",
    ]);
  });

  it("splits Europass labels from the value printed against them", () => {
    expect(separateEuropassLabels("Muttersprache(n)Deutsch\nWeitere Sprache(n)Englisch (C1)")).toBe(
      "Muttersprache(n)\tDeutsch\nWeitere Sprache(n)\tEnglisch (C1)",
    );
    expect(extractSpokenLanguages(["Muttersprache(n)\tDeutsch"], true)).toEqual([
      { language: "German", level: "native", confidence: 0.95 },
    ]);
  });
});
