// A work history whose organisations stand on a line of their own with their place set apart by a tab, over each
// role's dated title ("NORTHGATE INVESTMENTS<TAB>Boston, MA" / "1996 - 2000<TAB>Senior Manager, Web Team"), as word
// processors' tab stops set them. Invented names.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

describe("an organisation's line with its place over each dated title", () => {
  it("keeps every title whole, whatever the first role's title says after its comma", () => {
    expect(
      roles(
        [
          "ORCHARD VENTURES\tLos Angeles, CA",
          "2000 -\tCampus Partner, Venture Capitalist",
          "Led each stage of the venture finance process.",
          "",
          "NORTHGATE INVESTMENTS\tBoston, MA",
          "1996 - 2000\tSenior Manager, Internet Business Development and Product Management",
          "Founding member of the web partnership team.",
          "",
          "KESTREL INSTRUMENTS\tDallas, TX",
          "1994 - 1996\tDesign Engineer, Telecommunications Business Unit",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Campus Partner, Venture Capitalist", "ORCHARD VENTURES"],
      ["Senior Manager, Internet Business Development and Product Management", "NORTHGATE INVESTMENTS"],
      ["Design Engineer, Telecommunications Business Unit", "KESTREL INSTRUMENTS"],
    ]);
  });

  it("gives each role under such a line its organisation, not the duty above it", () => {
    expect(
      roles(
        [
          "Kestrel Software Inc.\tSeattle, WA",
          "Senior Software Engineer\tMar 2019 – Present",
          "• Led the payments platform team of five engineers.",
          "Software Engineer\tJun 2016 – Feb 2019",
          "• Built billing services in Go.",
          "Northgate Analytics\tPortland, OR",
          "Data Engineer\tAug 2013 – May 2016",
          "• Maintained ETL pipelines.",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Senior Software Engineer", "Kestrel Software Inc."],
      ["Software Engineer", "Kestrel Software Inc."],
      ["Data Engineer", "Northgate Analytics"],
    ]);
  });
});
