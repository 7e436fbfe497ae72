import { describe, expect, it } from "vitest";
import { withoutPageFurniture } from "./pdf.ts";

describe("withoutPageFurniture", () => {
  it("drops page numbers and running lines repeated at the edges of later pages", () => {
    const pages = [
      "Priya Raman\nSKILLS\nPriya Raman – CV – Page 1 of 2",
      "Priya Raman\nJava · Spring Boot\nSeite 2 von 2",
      "Priya Raman\nLanguages\n- 3 -",
    ];
    expect(withoutPageFurniture(pages)).toEqual(["Priya Raman\nSKILLS", "Java · Spring Boot", "Languages"]);
  });
});
