import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.ts";

describe("repairMojibake", () => {
  const cases: [string, string][] = [
    ["Company Name ï¼š City , State", "Company Name ： City , State"],
    ["2010 â€“ 2012", "2010 – 2012"],
    ["Donâ€™t", "Don’t"],
    ["MÃ¼nchen", "München"],
    ["Â\u00a0Lead", "\u00a0Lead"],
    // a character that lost its last byte is unknown, not guessed
    ["Company Name ï¼\u200b City", "Company Name \ufffd\u200b City"],
    // text that only looks suspicious stays as it is
    ["Âge légal, Ørsted, café", "Âge légal, Ørsted, café"],
    ["plain ASCII", "plain ASCII"],
    ["the department.Â\nNext", "the department.\nNext"],
    // no-break spaces set for a gap, each read as "Â" and a space: no "Â" stands alone as a word
    ["Accountants Â Â Â Dec 2014", "Accountants    Dec 2014"],
    ["Â Certified Technician\nÂ", " Certified Technician\n"],
    ["ROMÂNĂ Â", "ROMÂNĂ "],
  ];
  it.each(cases)("%s", (input, want) => {
    expect(repairMojibake(input)).toBe(want);
  });
});
