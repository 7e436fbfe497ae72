import { describe, expect, it } from "vitest";
import { findPlaces, placesNamed } from "./gazetteer.ts";

const firstCity = (name: string) => placesNamed(name, true).find((p) => p.kind === "city");

describe("placesNamed", () => {
  it.each([
    ["Mysuru", "Mysore"],
    ["Prayagraj", "Allahabad"],
    ["Mangaluru", "Mangalore"],
    ["Rourkela", "Raurkela"],
    ["Trichy", "Tiruchirappalli"],
    ["Calicut", "Kozhikode"],
  ])("names one city by either spelling: %s and %s", (one, other) => {
    const city = firstCity(one);
    expect(city?.country).toBe("IN");
    expect(city).toEqual(firstCity(other));
    expect(city?.region).not.toBeNull();
  });

  it("reads a region's former name as the region", () => {
    expect(placesNamed("Orissa")[0]).toMatchObject({ kind: "region", name: "Odisha", country: "IN" });
  });
});

describe("findPlaces", () => {
  it("takes countries written with full stops", () => {
    expect(findPlaces("Dubai, U.A.E.").map((m) => m.place.country)).toContain("AE");
    expect(findPlaces("Houston, U.S.A").map((m) => [m.place.kind, m.place.country])).toContainEqual([
      "country",
      "US",
    ]);
  });

  it("takes a one-word state after its label in an address, and not a region's name in running text", () => {
    expect(findPlaces("Dist.- Kestrelgarh, State- Odisha.").map((m) => m.place.name)).toEqual(["Odisha"]);
    expect(findPlaces("Worked with Odisha Mining on roads")).toEqual([]);
  });
});
