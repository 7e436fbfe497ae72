import { describe, expect, it } from "vitest";
import { type ClauseIntent, splitJobClauses } from "./_sections.ts";

const intents = (description: string): [string, ClauseIntent][] =>
  splitJobClauses(description).map((c) => [c.text, c.intent]);

const cases: [string, string, [string, ClauseIntent][]][] = [
  [
    "headings set the intent of the lines below",
    "Requirements\n- Go\n- SQL\n\nNice to have\n- Rust\n\nWhat we offer\n- Gym",
    [
      ["Go", "required"],
      ["SQL", "required"],
      ["Rust", "preferred"],
      ["Gym", "company"],
    ],
  ],
  [
    "a wish inside a requirements list stays a wish; 'you have' stays in a nice-to-have list",
    "Must-haves:\n* Go\n* Kafka would be a plus\nPreferred Qualifications:\n* You have used Rust",
    [
      ["Go", "required"],
      ["Kafka would be a plus", "preferred"],
      ["You have used Rust", "preferred"],
    ],
  ],
  [
    "inline labels, sentences and a mid-sentence 'ideally'",
    "Must have: Go; nice to have: Rust. Experience with SQL, ideally PostgreSQL.",
    [
      ["Go;", "required"],
      ["Rust.", "preferred"],
      ["Experience with SQL,", "role"],
      ["ideally PostgreSQL.", "preferred"],
    ],
  ],
  [
    "commas between two marked parts; 'e.g.' does not end a sentence",
    "Bachelor's degree required, Master's preferred. Frameworks, e.g. React, are essential.",
    [
      ["Bachelor's degree required,", "required"],
      ["Master's preferred.", "preferred"],
      ["Frameworks, e.g. React, are essential.", "required"],
    ],
  ],
  [
    "German, French and Spanish headings",
    "Dein Profil\n- Java\nWünschenswert\n- Kotlin\nProfil recherché\n- React\nUn plus\n- Vue\nRequisitos\n- SQL\nDeseable\n- Spark",
    [
      ["Java", "required"],
      ["Kotlin", "preferred"],
      ["React", "required"],
      ["Vue", "preferred"],
      ["SQL", "required"],
      ["Spark", "preferred"],
    ],
  ],
  [
    "more heading phrases from the four languages",
    "You have:\n- Go\nPlus\n- Rust\nAnforderungen\n- Java\nIdeally\n- Scala\nVoraussetzungen:\n- SQL\nQualifications\n- C++",
    [
      ["Go", "required"],
      ["Rust", "preferred"],
      ["Java", "required"],
      ["Scala", "preferred"],
      ["SQL", "required"],
      ["C++", "required"],
    ],
  ],
  [
    "emphasized labels and lines with content after the colon",
    "Requirements\n**Tech stack: Python, Go**\n**Nice to have:** Rust\nSQL\nAWS",
    [
      ["Python, Go**", "required"],
      ["Rust", "preferred"],
      ["SQL", "required"],
      ["AWS", "required"],
    ],
  ],
  [
    "a short line with a skill in it is content, not a heading",
    "Nice to have\nPython is a plus\nDocker",
    [
      ["Python is a plus", "preferred"],
      ["Docker", "preferred"],
    ],
  ],
  [
    "markdown and unknown formal headings reset to plain role description",
    "## Bonus\n- Rust\n## Your day:\n- Go",
    [
      ["Rust", "preferred"],
      ["Go", "role"],
    ],
  ],
];

describe("splitJobClauses", () => {
  it.each(cases)("%s", (_, description, expected) => {
    expect(intents(description)).toEqual(expected);
  });

  it("gives each clause its offsets in the description", () => {
    const description = "Requirements:\n  - Go and SQL; ideally Rust";
    for (const clause of splitJobClauses(description)) {
      expect(description.slice(clause.start, clause.end)).toBe(clause.text);
    }
    expect(splitJobClauses(description).map((c) => c.text)).toEqual(["Go and SQL;", "ideally Rust"]);
  });
});
