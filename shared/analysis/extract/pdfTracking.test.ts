// Letters set apart by tracking, as designed CVs set headings and names. Invented positions and text.
import { describe, expect, it } from "vitest";
import { layoutPage, type PositionedText } from "./pdfLayout.ts";

const placed = (str: string, x: number, y: number, fontSize: number, width: number): PositionedText => ({
  str,
  x,
  y,
  width,
  fontSize,
});

describe("letters set apart by tracking", () => {
  it("reads a run whose characters pdf.js spaced out as the word it spells, each run a word", () => {
    const items = [
      placed("A C A D E M I C", 43, 700, 11, 112),
      placed("Q U A L I F I C A T I O N : -", 171, 700, 11, 196),
      placed("J A N E  D O E", 43, 720, 14, 150),
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual(["JANE DOE", "ACADEMIC QUALIFICATION:-"]);
  });

  it("leaves runs with a word in them, and two letters alone, as they are", () => {
    const items = [
      placed("SSC", 43, 680, 10, 20),
      placed("Z P H School, Undavelly", 120, 680, 10, 110),
      placed("Grade A B", 300, 680, 10, 45),
      placed("A B", 400, 680, 10, 15),
    ];
    expect(layoutPage(items, 595)).toBe("SSC\tZ P H School, Undavelly\tGrade A B\tA B");
  });
});
