import { describe, expect, it } from "vitest";
import { extractContact } from "./contact.ts";
import { countryOfSpokenLanguage, phoneRegions } from "./phoneCountry.ts";

describe("phone country", () => {
  it("reads a local mobile in the country of the candidate's national language after the default", () => {
    expect(countryOfSpokenLanguage("Languages: Hindi, English and Urdu")).toBe("IN");
    expect(countryOfSpokenLanguage("Languages: English, French")).toBeNull();
    const regions = [
      ...phoneRegions({
        text: "Ravi\n7631451878\nLanguages: Hindi English",
        headerLines: ["Ravi"],
        defaultRegion: "US",
        documentLanguage: "en",
      }),
    ];
    expect(regions.indexOf("IN")).toBeGreaterThan(regions.indexOf("US"));
    const contact = extractContact({
      text: "Md Ravi\nravi025@gma il.com\n7631451878\n\nLanguages: Hindi English",
      headerLines: ["Md Ravi", "ravi025@gma il.com", "7631451878"],
      allLines: ["Md Ravi", "ravi025@gma il.com", "7631451878", "", "Languages: Hindi English"],
      links: [],
      defaultRegion: "US",
      documentLanguage: "en",
    });
    expect(contact.phones.map((phone) => phone.value)).toEqual(["+917631451878"]);
    expect(contact.emails.map((email) => email.value)).toEqual(["ravi025@gmail.com"]);
  });
  it("gives the regions in order of evidence, the same on every reading", () => {
    const regions = phoneRegions({
      text: "Jan Kowalski\n+48 601 234 567\nWarsaw, Poland\nKraków, Poland",
      headerLines: ["Jan Kowalski", "+48 601 234 567"],
      defaultRegion: "DE",
      documentLanguage: "fr",
    });
    expect([...regions]).toEqual(["PL", "DE", "FR", "US"]);
    expect([...regions]).toEqual(["PL", "DE", "FR", "US"]);
    const [first] = regions;
    expect(first).toBe("PL");
  });
});
