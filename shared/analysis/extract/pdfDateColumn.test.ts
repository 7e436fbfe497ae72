// A word processor's page whose dates stand in a column of their own at the left margin, under each section's
// heading, the title and employer beside and under them (tab stops). Invented lines, laid out as LibreOffice lays them.
import { describe, expect, it } from "vitest";
import { pageLines, run } from "../fixtures/pdfRuns.ts";

const PAGE = [
  run("Sofia Orchard", 54.1, 721.3, 139.4, 18.0),
  run("sofia.orchard@example.com · +44 7700 900555 · Manchester", 54.1, 706.8, 342.3, 11.0),
  run("Work experience", 54.1, 694.0, 104.1, 11.0),
  run("2020 – present", 54.1, 681.2, 82.2, 11.0),
  run("Head of Operations", 162.1, 681.2, 120.4, 11.0),
  run("Elmwood Logistics Ltd, Manchester", 162.1, 668.4, 193.3, 11.0),
  run("Ran a warehouse network of 4 sites and 120 staff.", 162.1, 655.6, 276.4, 11.0),
  run("2016 – 2020", 54.1, 642.8, 68.4, 11.0),
  run("Operations Manager", 162.1, 642.8, 126.6, 11.0),
  run("Harbor Freight Services, Leeds", 162.1, 630.0, 168.0, 11.0),
  run("2013 – 2016", 54.1, 617.2, 68.4, 11.0),
  run("Shift Supervisor", 162.1, 617.2, 100.2, 11.0),
  run("Kestrel Distribution plc, Leeds", 162.1, 604.4, 163.8, 11.0),
  run("Education", 54.1, 591.6, 61.5, 11.0),
  run("2010 – 2013", 54.1, 578.8, 68.4, 11.0),
  run("BSc (Hons) Business Management", 162.1, 578.8, 211.2, 11.0),
  run("University of Northgate", 162.1, 566.0, 128.5, 11.0),
];

describe("a section's heading over the column of dates", () => {
  it("stays a line of its own over the first range, which starts the first job's line", () => {
    const lines = pageLines(PAGE);
    expect(lines).toContain("Work experience");
    expect(lines).toContain("2020 – present\tHead of Operations");
    expect(lines).toContain("Education");
    expect(lines).toContain("2010 – 2013\tBSc (Hons) Business Management");
  });
});
