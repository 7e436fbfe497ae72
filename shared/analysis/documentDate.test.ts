import { describe, expect, it } from "vitest";
import { dateDocument, metadataMonth } from "./documentDate.ts";
import { analyzeText } from "./index.ts";

describe("the month a CV speaks from", () => {
  it("reads PDF and DOCX metadata stamps", () => {
    expect(metadataMonth("D:20150512093000+05'30'")).toBe("2015-05");
    expect(metadataMonth("2015-05-12T09:30:00Z")).toBe("2015-05");
    expect(metadataMonth("D:00000101000000")).toBeNull();
    expect(metadataMonth(undefined)).toBeNull();
  });

  it("takes a dated signature, else the metadata, else the analysis date", () => {
    const text =
      "Experience\nSite Engineer, Acme Ltd\n2013 to present\n\nDeclaration\nDate: 12/05/2015\nPlace: Pune";
    // a file saved (or converted) years after the CV was signed: the signature says when it was written
    expect(dateDocument(text, "2019-02", "2026-11")).toEqual({ month: "2015-05", by: "signature" });
    expect(dateDocument(text, null, "2026-11")).toEqual({ month: "2015-05", by: "signature" });
    expect(dateDocument("Site Engineer\n2013 to present", "2017-04", "2026-11")).toEqual({
      month: "2017-04",
      by: "metadata",
    });
    expect(dateDocument("Site Engineer\n2013 to present", null, "2026-11")).toEqual({
      month: "2026-11",
      by: "analysis",
    });
  });

  it("is never earlier than a date the text names, but a passport's expiry is no such date", () => {
    const text =
      "Site Engineer\nJan 2013 - Present\nTraining, March 2018\nPassport No : Z123\nDate of Expiry : 02/02/2026\nValid till 2027";
    expect(dateDocument(text, "2016-04", "2026-11")).toEqual({ month: "2018-03", by: "metadata" });
  });

  it("counts 'present' up to the CV's own date, not today's", () => {
    const result = analyzeText(
      "Jane Doe\njane@example.com\n\nExperience\nSite Engineer\nAcme Builders Pvt Ltd\nJan 2013 - Present\n• Built roads.\n\nDeclaration\nDate: 15/01/2015",
      { asOf: "2026-11" },
    );
    expect(result.analysis.document.dated).toEqual({ month: "2015-01", by: "signature" });
    // Jan 2013 to Jan 2015, both months counted as every range is; against today it would be 167
    expect(result.analysis.experience[0].months).toBe(25);
  });
});
