import { describe, expect, it } from "vitest";
import { splitJobClauses } from "../_sections.ts";
import { taxonomyCatalog } from "../catalog.ts";
import { termTokens } from "./_tokens.ts";
import { listItems, requirementMentions, type TermTagger, termPieces } from "./extract.ts";
import { spansOfTags } from "./tagger.ts";

describe("termTokens", () => {
  it.each([
    ["Skills: Python,Java; C++ and C#", ["Skills", ":", "Python", ",", "Java", ";", "C++", "and", "C#"]],
    [
      "(.NET, Node.js). CI/CD e.g. 3+ years",
      ["(", ".NET", ",", "Node.js", ")", ".", "CI/CD", "e.g", ".", "3+", "years"],
    ],
    ['"React" – AWS!', ['"', "React", '"', "–", "AWS", "!"]],
  ])("%j", (text, expected) => {
    expect(termTokens(text).map((t) => t.text)).toEqual(expected);
  });

  it("marks the first token of each line and keeps offsets", () => {
    const tokens = termTokens("Go\n- Rust");
    expect(tokens.map((t) => [t.text, t.start, t.lineStart])).toEqual([
      ["Go", 0, true],
      ["-", 3, true],
      ["Rust", 5, false],
    ]);
  });
});

describe("spansOfTags", () => {
  it("opens a span at B, at an I after O, and at a new line", () => {
    const text = "know AWS Lambda and Docker\nKubernetes";
    const tokens = termTokens(text);
    expect(spansOfTags(text, tokens, ["O", "B", "I", "O", "I", "I"]).map((s) => s.text)).toEqual([
      "AWS Lambda",
      "Docker",
      "Kubernetes",
    ]);
  });
});

describe("listItems", () => {
  const clause = (text: string) => ({ text, intent: "required" as const, start: 10, end: 10 + text.length });
  it.each([
    [
      "purchase, purchase planning, purchase executive",
      ["purchase", "purchase planning", "purchase executive"],
    ],
    ["Tally ERP; GST filing and vendor audits.", ["Tally ERP", "GST filing", "vendor audits"]],
    // prose, a sentence with a list in it, a degree, no separator
    ["You will design, build and run services", null],
    ["Experience with Python, Go or Rust in production systems at scale", null],
    ["Bachelor in Maths, Physics or Statistics", null],
    ["Cloud and DevOps", null],
  ])("%j", (text, expected) => {
    expect(listItems(clause(text))?.map((i) => i.text) ?? null).toEqual(expected);
  });

  it("gives each item's offsets in the description", () => {
    const [first, second] = listItems(clause("Excel, Tally ERP"))!;
    expect([first.start, first.end, second.start, second.end]).toEqual([10, 15, 17, 26]);
  });
});

describe("requirementMentions", () => {
  it("tells taxonomy skills, literal terms and soft skills apart, and skips company text", () => {
    const description = [
      "About us",
      "We sell Salesforce consulting.",
      "Requirements:",
      "- Java, purchase planning, teamwork",
    ].join("\n");
    const mentions = requirementMentions(description, splitJobClauses(description), taxonomyCatalog);
    expect(mentions.map((m) => [m.kind, m.name, m.intent, description.slice(m.start, m.end)])).toEqual([
      ["skill", "Java", "required", "Java"],
      ["term", "purchase planning", "required", "purchase planning"],
      ["soft", "Teamwork", "required", "teamwork"],
    ]);
  });
});

describe("termPieces", () => {
  it.each([
    [
      "anti-money laundering (AML)",
      [
        ["anti-money laundering", 0],
        ["AML", 23],
      ],
    ],
    [
      "CRM (Salesforce",
      [
        ["CRM", 0],
        ["Salesforce", 5],
      ],
    ],
    ["consulting, strategy or", [["consulting, strategy", 0]]],
    ["and/or wholesale", [["wholesale", 7]]],
    ["call center or BPO", [["call center or BPO", 0]]],
  ])("%j", (text, expected) => {
    expect(termPieces({ text, start: 0 }).map((p) => [p.text, p.start])).toEqual(expected);
  });
});

describe("requirementMentions without the tagger's help", () => {
  // a tagger that marks only the words it is given, so the rules around it can be seen alone
  const taggerFor = (...words: string[]): TermTagger => spanTagger(words, []);
  // a tagger that begins a span at each word of `begin` and carries it on over each word of `inside`
  function spanTagger(begin: string[], inside: string[]): TermTagger {
    return {
      model: {
        labels: ["B", "I", "O"],
        weights: {
          bias: [0, 0, 1],
          ...Object.fromEntries(begin.map((w) => [`w=${w}`, [10, 0, 0]])),
          ...Object.fromEntries(inside.map((w) => [`w=${w}`, [0, 10, 0]])),
        },
      },
      outsideBias: 0,
    };
  }
  const mentionsOf = (description: string, tagger: TermTagger) =>
    requirementMentions(description, splitJobClauses(description), taxonomyCatalog, tagger).map((m) => [
      m.kind,
      description.slice(m.start, m.end),
    ]);

  it("counts technology names the tagger passes over in requirements and role list items, not in role prose", () => {
    const description = [
      "The role",
      "- Build payment services in Go",
      "You will also look after the Kotlin apps of the team next door.",
      "Requirements:",
      "- Python",
    ].join("\n");
    expect(mentionsOf(description, taggerFor())).toEqual([
      ["skill", "Go"],
      ["skill", "Python"],
    ]);
  });

  it("counts other taxonomy words the tagger passes over only when they are the whole clause", () => {
    const description = "Requirements:\n- Python and some machine learning\n- dbt";
    expect(mentionsOf(description, taggerFor())).toEqual([
      ["skill", "Python"],
      ["skill", "dbt"],
    ]);
  });

  it("keeps a degree and the field after it as education, apart from the terms", () => {
    const description = "Requirements:\n- PhD in geophysics\n- seismic inversion";
    expect(mentionsOf(description, taggerFor("phd", "geophysics", "seismic"))).toEqual([
      ["education", "PhD"],
      ["education", "geophysics"],
      ["term", "seismic"],
    ]);
  });

  it("takes the short noun phrases of a requirement list item in which nothing was found", () => {
    const description = [
      "Requirements:",
      "- Writing press releases and media pitches",
      "- Leading a team of volunteers, coaching and quality monitoring",
      "- Strong communication skills",
      "Our office is a friendly place where press releases are written.",
    ].join("\n");
    expect(mentionsOf(description, taggerFor())).toEqual([
      ["term", "press releases"],
      ["term", "media pitches"],
      ["soft", "coaching"],
      ["term", "quality monitoring"],
      ["soft", "communication skills"],
    ]);
  });

  it('keeps what follows "experience in" or "knowledge of" as the term, and no single word that names nothing', () => {
    const description =
      "Requirements:\n- 3+ years of hands-on experience in crop production\n- Knowledge of fabrics\n- Operation";
    // the tagger marks each item whole: its first word B, the rest I
    const tagger = spanTagger(
      ["hands", "knowledge", "operation"],
      ["-", "on", "experience", "in", "crop", "production", "of", "fabrics"],
    );
    expect(mentionsOf(description, tagger)).toEqual([
      ["term", "crop production"],
      ["term", "fabrics"],
    ]);
  });
  it("keeps no verb of the work as a term: neither cut from its object nor leading it", () => {
    const description = "Requirements:\n- Meeting and exceeding sales quotas";
    const tagger = spanTagger(["meeting", "exceeding"], ["sales", "quotas"]);
    expect(mentionsOf(description, tagger)).toEqual([["term", "sales quotas"]]);
  });

  it("keeps a name that begins with such a verb, and the verb alone when it shares no object", () => {
    const description =
      "We are a small team in the city and we are hiring for the office.\nRequirements:\n- Operating systems\n- Building Information Modeling\n- Scheduling\n- Troubleshooting printers";
    const tagger = spanTagger(
      ["operating", "building", "scheduling", "troubleshooting"],
      ["systems", "information", "modeling", "printers"],
    );
    expect(mentionsOf(description, tagger)).toEqual([
      ["skill", "Operating systems"],
      ["skill", "Building Information Modeling"],
      ["term", "Scheduling"],
      ["term", "printers"],
    ]);
  });
  it("keeps a name the taxonomy does not know beside the technologies it does, but no word of the role", () => {
    const description =
      "We are a small team in the city and we are hiring for the office.\nRequirements:\n- Kafka Storm\n- Senior Hadoop Engineer\n- Python frameworks";
    // the tagger marks each item whole
    const tagger = spanTagger(["kafka", "senior", "python"], ["storm", "hadoop", "engineer", "frameworks"]);
    expect(mentionsOf(description, tagger)).toEqual([
      ["skill", "Kafka"],
      ["term", "Storm"],
      ["skill", "Hadoop"],
      ["skill", "Python"],
    ]);
  });

  it("reads every field a degree lists as education, and leaves how much an item is wanted out of its term", () => {
    const description =
      "Requirements:\n- Bachelor's degree in Finance, Accounting or Economics\n- PHR certification a plus\n- Troubleshooting printers";
    const tagger = spanTagger(
      ["economics", "phr", "troubleshooting"],
      ["certification", "a", "plus", "printers"],
    );
    expect(mentionsOf(description, tagger)).toEqual([
      ["education", "Economics"],
      ["term", "PHR certification"],
      ["term", "printers"],
    ]);
  });
});
