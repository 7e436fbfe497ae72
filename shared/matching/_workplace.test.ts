import { describe, expect, it } from "vitest";
import { locationOf, remoteOf } from "./_workplace.ts";

const remoteCases: [string, boolean | null][] = [
  ["This is a remote position.", true],
  ["We are a remote-first company.", true],
  ["Fully remote within the EU", true],
  ["100% remoto", true],
  ["Hybrid: 2 days a week in the office", false],
  ["Hybrides Arbeiten in Hamburg", false],
  ["Télétravail partiel possible", false],
  ["Homeoffice nach Absprache möglich", false],
  ["100% Homeoffice", true],
  ["This role is on-site in our Paris office.", false],
  ["Onsite, 5 days a week", false],
  ["Remote is not possible for this role.", false],
  ["Experience working with remote teams across time zones", null],
  ["We build payment APIs.", null],
];

const locationCases: [string, string | null][] = [
  ["Location: Berlin", "Berlin"],
  ["**Location:** Berlin, Germany (hybrid)", "Berlin, Germany"],
  ["Location: Remote (EU)", null],
  ["Standort: München", "München"],
  ["Lieu : Lyon", "Lyon"],
  ["Ubicación: Barcelona", "Barcelona"],
  ["The team is based in London.", "London"],
  ["Our office in Munich, Germany is next to the river.", "Munich, Germany"],
  ["Con sede en Madrid", "Madrid"],
  ["Arbeitsort: Hamburg, 2 Tage Homeoffice pro Woche", "Hamburg"],
  ["Location: Frankfurt am Main", "Frankfurt am Main"],
  ["Location: San Francisco, CA or remote", "San Francisco, CA"],
  ["Trabajo presencial en Valencia.", "Valencia"],
  ["Experience in Java, Kotlin and Go", null],
  ["We build payment APIs.", null],
];

describe("remoteOf", () => {
  it.each(remoteCases)("%j → %s", (text, expected) => {
    expect(remoteOf(text)).toBe(expected);
  });
});

describe("locationOf", () => {
  it.each(locationCases)("%j → %s", (text, expected) => {
    expect(locationOf(text)).toBe(expected);
  });
});
