// Headers that join the title to the organisation with "at", and organisations whose legal form follows a
// comma: invented histories.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";
import { assignRole, headerPieces } from "./roles.ts";

describe("'Title at Organisation, Place' headers", () => {
  it("reads the organisation and the place after 'at' apart", () => {
    expect(
      roles(
        [
          "Sales Executive at Kestrel Pumps Limited, Ahmedabad (Apr 2020 – Current)",
          "• Handled the dealers of the western region.",
          "Software Developer at Harbourline Infratech, Lucknow (Apr 2018 – Jun 2020)",
          "• Built the billing screens.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sales Executive", "Kestrel Pumps Limited", "2020-04", null],
      ["Software Developer", "Harbourline Infratech", "2018-04", "2020-06"],
    ]);
  });

  it("keeps a legal form after a comma with its name", () => {
    expect(assignRole(headerPieces(["Senior Engineer, Kestrel Pumps, Inc., Berlin"]), false)).toEqual({
      title: "Senior Engineer",
      company: "Kestrel Pumps, Inc.",
      location: "Berlin",
    });
    expect(assignRole(headerPieces(["Engineer at Harbourline Holdings, LLC"]), false)).toEqual({
      title: "Engineer",
      company: "Harbourline Holdings, LLC",
      location: null,
    });
  });
});
