// Organisations' headers wrapped by a narrow column before their dates. Invented organisations.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

const history = (lines: string[]) =>
  roles(lines.join("\n")).map(([title, company, start, end]) => [title, company, start, end]);

describe("a header wrapped before its dates", () => {
  it("joins a name wrapped before its legal form, and a name wrapped after its comma before its place", () => {
    expect(
      history([
        "1. Alpha Logistics, Kolkata (Aug. 2023 – Current)",
        "Designation: Assistant Manager",
        "",
        "2. Kestrel Harbour Engineering and Construction Company",
        "Limited, Dubai (Mar. 2021 – Aug. 2023)",
        "Designation: Junior Engineer",
        "",
        "3. Orchard Integrated Facility Management Services Pvt. Ltd.,",
        "Hyderabad (Jan. 2018 – Jan. 2021)",
        "Designation: Civil Foreman",
      ]),
    ).toEqual([
      ["Assistant Manager", "Alpha Logistics", "2023-08", null],
      [
        "Junior Engineer",
        "Kestrel Harbour Engineering and Construction Company Limited",
        "2021-03",
        "2023-08",
      ],
      ["Civil Foreman", "Orchard Integrated Facility Management Services Pvt. Ltd.", "2018-01", "2021-01"],
    ]);
  });

  it("leaves a title over its dated place apart: no organisation is wrapped there", () => {
    const read = (first: string) =>
      history([first, "Pune (Jan. 2018 – Jan. 2021)", "Northgate Foods Pvt. Ltd."]).map(([title]) => title);
    expect(read("Senior Accountant,")).toEqual(["Senior Accountant"]);
  });
});
