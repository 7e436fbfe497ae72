// Work histories whose lines wrapped where the writer's did not (narrow columns, academic lists), each written
// here with invented names: two-digit years opening wrapped items, an organisation's name wrapped before its
// legal form, an organisation line that runs on into its description.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";
import { analyzeText } from "./index.ts";

describe("wrapped work-history lines", () => {
  it("reads two-digit years opening an academic list's lines as years, and an item's wrapped lines as its own", () => {
    expect(
      roles(
        [
          " 10- Editor in Chief, Harbor Review of Fluids",
          " 05- Editor of Revista Ondas Nuevas",
          " 97-98 Visiting Scholar, Centre for Heat Studies",
          " 90-91 Research Engineer, Talbot Steel",
          "Ltd, Monterrey",
        ].join("\n"),
      ).map(([, company, start, end]) => [company, start, end]),
    ).toEqual([
      ["Harbor Review of Fluids", "2010-01", null],
      // a title that names where it was held ("Editor of ...") takes no organisation from the job above
      [null, "2005-01", null],
      [null, "1997-01", "1998-01"],
      ["Talbot Steel Ltd", "1990-01", "1991-01"],
    ]);
    // the same list set as bulleted items
    expect(
      roles(
        [
          "• 10- Editor in Chief, Harbor Review of Fluids",
          "• 97-98 Visiting Scholar, Centre for Heat Studies",
          "• 90-91 Research Engineer, Talbot Steel",
        ].join("\n"),
      ).map(([, company, start, end]) => [company, start, end]),
    ).toEqual([
      ["Harbor Review of Fluids", "2010-01", null],
      [null, "1997-01", "1998-01"],
      ["Talbot Steel", "1990-01", "1991-01"],
    ]);
    // two such lines are no list: "12-15 Main Road" stays an address
    expect(roles(" 12-15 Main Road\n 03-04 Harbor Lane")).toEqual([]);
  });

  it("joins an organisation's name wrapped before its legal form, but not a title above its organisation", () => {
    expect(
      roles(
        [
          "1. Company\t:\tHALDEN ELEVATOR",
          "CO.LTD",
          "Abudhabi, UAE",
          "Duration\t:\tMarch 2016 to November 2016",
          "Designation :\tELEVATOR TECHNICIAN",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([["ELEVATOR TECHNICIAN", "HALDEN ELEVATOR CO.LTD"]]);
    expect(
      roles(
        "Varna Petroleum\nCorporation Ltd – Chennai\nElectrical Supervisor\nJul 2013 to Mar 2015\n\nKestrel Foods\nStore Manager\nJan 2010 to Jun 2013",
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Electrical Supervisor", "Varna Petroleum Corporation Ltd"],
      ["Store Manager", "Kestrel Foods"],
    ]);
    expect(
      roles("Site Engineer\nOrlen Contracting LLC\nJan 2015 to Mar 2017").map(([title, company]) => [
        title,
        company,
      ]),
    ).toEqual([["Site Engineer", "Orlen Contracting LLC"]]);
  });

  it("an organisation line that runs on into its description ends where its place after the last dash ends", () => {
    expect(
      roles(
        [
          "02/2008 – 04/2009\tBUSINESS DEVELOPMENT MANAGER",
          "Quarry Systems - Dubai Silicon Oasis - United Arab Emirates Identify market opportunities for the rating business, reseller channels and new clients",
          "04/2006 - 01/2008\tMARKETING ANALYST",
          "Harbor Bank - Perry Barr Br., Birmingham - United Kingdom Working as a team to ensure a world-class customer experience every day",
        ].join("\n"),
      ),
    ).toEqual([
      ["BUSINESS DEVELOPMENT MANAGER", "Quarry Systems", "2008-02", "2009-04"],
      ["MARKETING ANALYST", "Harbor Bank", "2006-04", "2008-01"],
    ]);
  });

  it("joins a bracketed range wrapped before its end, the brackets' close and full stop after it", () => {
    expect(
      roles(
        [
          "Kestrel Islamic Bank (February 2009 till",
          "March 2014.)",
          "",
          "Reporting Supervisor - Financial Department",
          "October 2012 - March",
          "2014",
          "THE MAIN TASKS:",
          "- Prepared the monthly reports.",
        ].join("\n"),
      ).map(([, company, start, end]) => [company, start, end]),
    ).toEqual([["Kestrel Islamic Bank", "2012-10", "2014-03"]]);
  });

  it("reads a statement wrapped above its dates by its words, not as one organisation", () => {
    expect(
      roles(
        [
          "Professional Experience",
          "",
          " Working as a Co-founder , HPCO (Harbour Power",
          "Channelizing Organization) Since 2011 HPCO is an",
          "authorized representative of solar raw materials.",
          "",
          " Closing customer deals on time",
          "",
          " Working with Kestrel Powersource India Pvt. Ltd. as Manager –",
          "Marketing (April 2009 to June 2011)",
          "Kestrel Powersource is an Indian subsidiary of Kestrel Battery Co.",
        ].join("\n"),
      ).map(([title, company, start, end]) => [title, company, start, end])[1],
    ).toEqual(["Manager – Marketing", "Kestrel Powersource India Pvt. Ltd", "2009-04", "2011-06"]);
  });

  it("takes a month the line's end parted from its year down to the year, with the word that opens the date", () => {
    expect(
      roles(
        [
          "3 Years of experience from KESTREL SAFETY SOLUTIONS since 17th June",
          "2014 to 17th July 2017.",
        ].join("\n"),
      ).map(([title, company, start, end]) => [title, company, start, end]),
    ).toEqual([[null, "KESTREL SAFETY SOLUTIONS", "2014-06", "2017-07"]]);
    expect(
      roles(
        [
          "• Worked in Harbour Motors Group (Dealer), Dubai as a Mechanic from June",
          "2010 to June 2013.",
          "",
          "• Worked in Saltmarsh Automobiles PVT. LTD., India as a technician",
          "from may 2009 to June 2010.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Mechanic", "Harbour Motors Group", "2010-06", "2013-06"],
      ["technician", "Saltmarsh Automobiles PVT. LTD", "2009-05", "2010-06"],
    ]);
  });

  it("reads a title closed by a full stop as its role's header, and a branch as a unit of the bank above", () => {
    // roles under a bank's span, each headed "Title -Branch." as some writers close every line; the span's line
    // wrapped before its end date, as a narrow column wraps it
    const history = (span: string[]) =>
      [
        " Internal Auditor - KESTREL TRUST BANK - Kenya",
        "November 2014 till December 2016",
        "- Audited the branches' daily operations.",
        "",
        ...span,
        "",
        " Reporting Supervisor - Finance Department",
        "October 2012 - March 2014",
        "- Organised the bank's financial reports.",
        "",
        " Credit Officer -Lakeside Branch.",
        "September 2010 - December 2011",
        "- Studied credit cases for companies.",
        "",
        " Teller.",
        "February 2009 to July 2009.",
        "- Cash deposits and withdrawals.",
      ].join("\n");
    const expected = [
      ["Internal Auditor", "KESTREL TRUST BANK", "2014-11", "2016-12"],
      ["Reporting Supervisor", "HERON ISLAMIC BANK", "2012-10", "2014-03"],
      ["Credit Officer", "HERON ISLAMIC BANK", "2010-09", "2011-12"],
      ["Teller.", "HERON ISLAMIC BANK", "2009-02", "2009-07"],
    ];
    expect(roles(history([" HERON ISLAMIC BANK (February 2009 till March 2014.)"]))).toEqual(expected);
    expect(roles(history([" HERON ISLAMIC BANK (February 2009 till", "March 2014.)"]))).toEqual(expected);
    // a duty in sentence case closed by a full stop stays a duty
    expect(
      roles(
        [
          "Sales Executive - Kestrel Motors Ltd",
          "2015 - 2018",
          "Trained new sales staff.",
          "Met monthly targets.",
        ].join("\n"),
      ),
    ).toEqual([["Sales Executive", "Kestrel Motors Ltd", "2015-01", "2018-01"]]);
  });

  it("gives a role held at a branch the organisation of the role above, and keeps a department that employs", () => {
    expect(
      roles(
        [
          "Branch Manager, Kestrel Cooperative Bank Ltd",
          "2016 - 2020",
          "",
          "Credit Officer - Lakeside Branch",
          "2012 - 2016",
          "",
          "Junior Engineer - Public Works Department",
          "2009 - 2012",
        ].join("\n"),
      ).map(([, company]) => company),
    ).toEqual(["Kestrel Cooperative Bank Ltd", "Kestrel Cooperative Bank Ltd", "Public Works Department"]);
  });

  it("reads a header of four lines where the organisation's place and the title each wrapped", () => {
    expect(
      roles(
        [
          "Harbour Shapoorji Company –",
          "Oman",
          "Electrical Supervisor",
          "Maintenance",
          "May 2017 to July 2018",
          "",
          "Kestrel National – Abu Dhabi",
          "Electrical Foreman",
          "May 2010 to June 2013",
        ].join("\n"),
      ).map(([title, company, start]) => [title, company, start]),
    ).toEqual([
      // (the title's wrapped end, "Maintenance", is left out)
      ["Electrical Supervisor", "Harbour Shapoorji Company", "2017-05"],
      ["Electrical Foreman", "Kestrel National", "2010-05"],
    ]);
  });
});

describe("a stated job's title wrapped onto the next line", () => {
  it("reads the title on with the short capitalised paragraph under its line", () => {
    expect(
      roles(
        [
          "Since July 2006 to Dec 2010 with Kestrel Life Insurance Co Ltd , Surat as Assistant",
          "Manager Operations and Customer Service",
          "",
          "Since Oct 2002 to Jun 2006 with Harbourline Bank Ltd., Mumbai as Back office",
          "Executive - Banking & Disbursement",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      [
        "Assistant Manager Operations and Customer Service",
        "Kestrel Life Insurance Co Ltd",
        "2006-07",
        "2010-12",
      ],
      ["Back office Executive - Banking & Disbursement", "Harbourline Bank Ltd", "2002-10", "2006-06"],
    ]);
    // a duty under the line, or a place, is no part of the title
    expect(
      roles(
        [
          "Since July 2006 to Dec 2010 with Kestrel Life Insurance Co Ltd as Assistant Manager",
          "Handled customer service for the region.",
          "",
        ].join("\n"),
      )[0]?.[0],
    ).toBe("Assistant Manager");
  });
});

describe("an organisation line with a bracketed remark or a place after it", () => {
  it("reads the organisation under the dates whatever the bracket and place after its name", () => {
    const history = [
      "Construction Manager",
      "February 2014 - October 2017",
      "Talbot Contracting Co. W.L.L Doha-Qatar.",
      " Led the site teams.",
      "Project Engineer December 2012 to January 2014",
      "Harbour Gulf Co LLC, Oman (AN ISO - 9001 COMPANY)",
      "- Water supply project at the reservoir site",
      "Project Engineer",
      "June 2012 - November 2012.",
      "Kestrel & Associates, Coimbatore, India (Jute Plant",
      "Construction at Kolkata)",
      " In charge of all civil activities.",
      "Site Engineer",
      "December 2005 - May 2012",
      "Talbot Builders Limited, Bangalore, India",
      " Supervised the foundations.",
    ].join("\n");
    expect(roles(history)).toEqual([
      ["Construction Manager", "Talbot Contracting Co. W.L.L", "2014-02", "2017-10"],
      ["Project Engineer", "Harbour Gulf Co LLC", "2012-12", "2014-01"],
      // the bracket wrapped onto the next line is the remark's end, not another organisation
      ["Project Engineer", "Kestrel & Associates", "2012-06", "2012-11"],
      ["Site Engineer", "Talbot Builders Limited", "2005-12", "2012-05"],
    ]);
  });

  it("keeps a place line under the dates a place, and a bracket that closes on no line of its own open", () => {
    expect(
      roles(
        [
          "Site Engineer",
          "Talbot Builders Limited",
          "June 2012 - November 2012",
          "Coimbatore, India",
          " Supervised the foundations (piles, caps and",
          " grade beams) of the plant and the stores building on the eastern side of the site.",
        ].join("\n"),
      ),
    ).toEqual([["Site Engineer", "Talbot Builders Limited", "2012-06", "2012-11"]]);
  });

  /** a CV's jobs as [title, organisation, start, end], its history's lines under a heading between a name and an education */
  const statedJobs = (history: string[]) =>
    analyzeText(
      [
        "Ravi Kestrel",
        "ravi.kestrel@example.com",
        "",
        "WORK EXPERIENCE:",
        ...history,
        "",
        "EDUCATION",
        "B.E. Civil, Harbour Institute of Technology, 2015",
      ].join("\n"),
      { asOf: "2026-11" },
    ).analysis.experience.map((job) => [job.title, job.company, job.start, job.end]);

  it("joins a stated job's dates wrapped away from the word that opens them", () => {
    expect(
      statedJobs([
        "1. Worked as an Electrical Technician, Talbot Engineering, New Delhi. from",
        "04/11/2009 to 21/12/2011.",
        "2. Worked as a Site Supervisor in Kestrel Builders Pvt Ltd, Pune from 04/01/2014 to 21/12/2015.",
      ]),
    ).toEqual([
      ["Electrical Technician", "Talbot Engineering", "2009-11", "2011-12"],
      ["Site Supervisor", "Kestrel Builders Pvt Ltd", "2014-01", "2015-12"],
    ]);
  });

  it("joins an organisation's legal form wrapped onto the line where its statement goes on", () => {
    expect(
      statedJobs([
        "\uf0a7 M/S. KESTREL INFRATECH PRIVATE",
        "LIMITED as a Site Engineer\ton",
        "Construction of a residential building at the township site",
      ]),
    ).toEqual([["Site Engineer", "M/S. KESTREL INFRATECH PRIVATE LIMITED", null, null]]);
  });

  it("reads the dates of a statement that an organisation opens, wrapped over the lines under it", () => {
    expect(
      statedJobs([
        "\uf0a7 M/S. KESTREL CONSULTANTS as a",
        "Estimation & Design Engineer for DPR",
        "Preparation and Making Road Estimate and",
        "other Site Work from August 2017 to Till Date.",
      ]),
    ).toEqual([["Estimation & Design Engineer", "M/S. KESTREL CONSULTANTS", "2017-08", null]]);
  });
  it("joins a dated header a narrow column wrapped at its joining word to the line that goes on with it", () => {
    expect(
      roles(
        [
          "05/2009 – 06/2013 Credit Officer - Loans &",
          "Mortgages, PRIVATE BANKING",
          "Kestrel Islamic Bank (KIB) -",
          "United Arab Emirates",
          "Handled a portfolio of retail mortgages.",
          "",
          "02/2008 – 04/2009 Branch Manager",
          "Harbor Systems",
          "Ran the branch.",
        ].join("\n"),
      ).map(([, company, start]) => [company, start]),
    ).toEqual([
      ["Kestrel Islamic Bank (KIB)", "2009-05"],
      ["Harbor Systems", "2008-02"],
    ]);
  });
});
