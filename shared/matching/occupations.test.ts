import { describe, expect, it } from "vitest";
import { occupationSimilarity, occupationsOf, titleCloseness } from "./occupations.ts";

const codes = (title: string) => occupationsOf(title).map((o) => o.code);

describe("occupationsOf", () => {
  it("reads a title whole, by its parts and by its endings", () => {
    expect(codes("Sous Chef")).toContain("35-1011.00");
    expect(codes("Senior Staff Accountant")).toEqual(codes("Accountant"));
    expect(codes("Graphic Designer (Contract)")).toEqual(codes("Graphic Designer"));
    expect(codes("Quantum Gardener")).toEqual(codes("Gardener"));
    expect(codes("Zorblax Qwertyuiop")).toEqual([]);
  });

  it('reads "X of Y" as "Y X", the order O*NET titles use', () => {
    expect(codes("Director of Business Development")).toEqual(codes("Business Development Director"));
    expect(codes("Director of Business Development").length).toBeGreaterThan(0);
    expect(codes("Manager of Public Relations")).toEqual(codes("Public Relations Manager"));
    // a long "of" phrase is a sentence, not a title
    expect(codes("Member of the organising committee of the annual careers week")).toEqual([]);
  });

  it("reads a lone head word with the part after it", () => {
    expect(codes("Manager, Finance")).toEqual(codes("Finance Manager"));
    expect(codes("Manager, Finance").length).toBeGreaterThan(0);
  });

  it("leaves out what trails a title: a month from a date, a pay grade", () => {
    expect(codes("Research Assistant Nov")).toEqual(codes("Research Assistant"));
    expect(codes("Information Technology Specialist GS11")).toEqual(
      codes("Information Technology Specialist"),
    );
    expect(codes("Veterinary Technician Assistant")).toEqual(codes("Veterinary Technician"));
    // a beginning of one word is not read: "co" names nothing
    expect(codes("Co-Manager")).toEqual([]);
  });
});

describe("occupation closeness", () => {
  it("is 1 for one occupation, less the further apart their codes are", () => {
    expect(occupationSimilarity("35-1011.00", "35-1011.00")).toBe(1);
    expect(occupationSimilarity("35-1011.00", "35-1012.00")).toBe(0.7);
    expect(occupationSimilarity("35-1011.00", "35-2014.00")).toBe(0.15);
    expect(occupationSimilarity("35-1011.00", "13-2011.00")).toBe(0);
    // half the best code, half the mean over the title's codes
    expect(titleCloseness(["35-1011.00", "13-2011.00"], ["35-1011.00"])).toBe(0.75);
  });
});
