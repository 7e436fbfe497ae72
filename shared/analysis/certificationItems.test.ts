import { describe, expect, it } from "vitest";
import { notACertification, opensDuties } from "./certificationItems.ts";
import { extractCertifications } from "./credentials.ts";

const names = (lines: string[]) => extractCertifications(lines).map((c) => c.name);
// each item read as a whole certification line: true when it names no certificate, course or licence
const expectDropped = (items: string[], dropped: boolean) => {
  for (const item of items) expect(notACertification(item, item), item).toBe(dropped);
};

describe("notACertification", () => {
  it("drops a line that leads into a list, a CV builder's note and a grade alone", () => {
    expectDropped(
      [
        "Exposure to",
        "Which as follows",
        "Areas of Exposure",
        "This resume is made with Kestrel App",
        "7. 3 SPI",
      ],
      true,
    );
    expectDropped(["Introduction to Python", "Course on Safety in Construction"], false);
  });

  it("drops one word that names a skill, a column or a wrapped list's piece; keeps an initialism or a credential", () => {
    expectDropped(["Writing", "Maintenance", "Title", "PREPAREDNESS", "Manager.", "Surveillance."], true);
    expectDropped(["CCNA", "NEBOSH", "HIPAA", "ITIL", "Diploma", "AutoCAD 2D and 3D"], false);
  });

  it("drops training given to others and a skill claimed; keeps training received", () => {
    expectDropped(
      [
        "Training to new clerical staff for 15 days in Harbor and Elmwood centres.",
        "Training students of Post Graduate Diploma courses run in Harbor",
        "Successfully trained staff in all office systems and databases",
        "Hands on experience of English and Hindi Typing",
      ],
      true,
    );
    expectDropped(
      [
        "Training in Industrial Safety",
        "Trained in First Aid and CPR",
        "Training on PLC and SCADA at Kestrel Automation",
      ],
      false,
    );
  });

  it("keeps certificates, courses, licences and trainings held", () => {
    expectDropped(
      [
        "NEBOSH IGC",
        "Diploma in Computer Applications",
        "Certificate course in Welding Inspection",
        "Completed 2 month training in Embedded Systems",
        "Training on AutoCAD",
        "License: E4471 Issued by Electrical Licensing Board",
        "Basic First Aid",
        "ISO9001:2015",
        "Building Information Modelling with Revit",
        "Planning and Scheduling with Primavera P6",
        "Kestrel Academy Certificate in Safety Ltd.",
        "1 month course in Python at Kestrel Academy",
      ],
      false,
    );
  });

  it("drops trainings held at a place of work: internships, not courses", () => {
    expectDropped(
      [
        "Undergone in-plant training at Kestrel Steels",
        "Industrial training at Orchard Steel Ltd.",
        "Did summer training from Northgate Thermal Power Station",
        "Major Training: Done from Harbor Railway Workshop",
        "Undergone 1 Month block placement/training at Elmwood Consultancy",
        "Undergone Field work at Orchard Trust",
        "1 month Training at Kestrel Infosystems on Core Java.",
        "Had a practical training in the rig floor of Northgate Drilling",
      ],
      true,
    );
  });

  it("drops honours, and keeps an honours diploma", () => {
    expectDropped(
      [
        "Certificate of Appreciation from Northgate Steel for zero accidents",
        "Certificate of Merit in Mathematics",
        "Certificate of Participation in the Harbor quiz",
      ],
      true,
    );
    expect(
      notACertification("Honours Diploma in Computer Application", "Honours Diploma in Computer Application"),
    ).toBe(false);
  });

  it("drops labels, numbers, activities, projects, fields and duties", () => {
    expectDropped(
      [
        "S. No.",
        "Duration",
        "Certificate",
        "2.",
        "Q/KA/71B/004412/2009",
        "Attended a two day workshop on drone design",
        "Visited the Northgate thermal power plant",
        "Presented a paper on harmonic filters at Harbor College",
        "Seminar on reverse engineering",
        "August",
        "Bangalore",
        "MINI PROJECT ON GEARBOX DESIGN",
        "Did final year project on solar pumps",
        "A study on employee commitment at Orchard Mills",
        "Date of expiry",
        "Position: Trainee",
        "License No.",
        "License: C99120",
        "Maintain all checklists of technical services.",
        "Coordinate scheduled maintenance with the site team",
        "Providing product training to all frontline staff",
        "Installed cable trays across the plant floor",
        "I learnt the basics of embedded systems",
        "(Industrial Training)",
        "(M.Tech Project).",
        "Kestrel Minerals and Metals Ltd.",
        "NORTHGATE STEEL LIMITED",
        "Harbor transport corporation in",
      ],
      true,
    );
  });
});

describe("opensDuties", () => {
  it("tells the heading of a job's duties from a course", () => {
    expect(opensDuties("MANAGERIAL RESPONSIBILITIES")).toBe(true);
    expect(opensDuties("SCOPE OF WORK ACROSS MY TENURE")).toBe(true);
    expect(opensDuties("Course on duties of a safety officer")).toBe(false);
  });
});

describe("extractCertifications over a section that runs on", () => {
  it("stops at the heading of duties and leaves out what names nothing held", () => {
    expect(
      names([
        "• IOSH Managing Safely, Elmwood Safety Academy, 2016",
        "• Attended a seminar on fire safety",
        "License No.",
        "MANAGERIAL RESPONSIBILITIES",
        "• Certified duty rota keeper",
        "• Prepare weekly status reports for all projects",
      ]),
    ).toEqual(["IOSH Managing Safely"]);
  });

  it("joins an indented item's wrapped line, and only one", () => {
    expect(
      names([
        " Completed 1 month training in plant maintenance under KESTREL FERTILISERS",
        "COOPERATIVE LTD.",
        " Certificate course in Tally, 2015",
        "(Certified Course) 2016",
        "I learnt the basics of accounting software there.",
      ]),
    ).toEqual([
      "Completed 1 month training in plant maintenance under KESTREL FERTILISERS COOPERATIVE LTD.",
      "Certificate course in Tally",
    ]);
  });

  it("reads a name wrapped in a table's cell, or under a numbered item, as one item", () => {
    // an industrial training table: where each training was held, and a note on it in brackets
    expect(
      names([
        "Industrial Training Experience:",
        "The Kestrel Minerals and",
        "Metals Ltd.\tDec-12\tJan-13",
        "(Industrial Training)",
        "Harbor Heavy Electricals",
        "Limited, Tiruchirapalli\tJan-11\tFeb-11",
        "(B.Tech Project).",
      ]),
    ).toEqual([]);
    expect(
      names([
        "1) Achieved Safety and Quality management certificate From ORCHARD BUILDING SYSTEMS",
        "INDIA LTD",
        "2) Certificate course in Rigging practices for Excellent",
        "Manufacturing in NORTHGATE STEEL LTD.",
      ]),
    ).toEqual([
      "Achieved Safety and Quality management certificate",
      "Certificate course in Rigging practices for Excellent Manufacturing in NORTHGATE STEEL LTD.",
    ]);
    // a list whose lines end with commas holds one item a line
    expect(names(["Certified in AutoCAD,", "Certified in Revit,", "Diploma in Fire Safety"])).toEqual([
      "Certified in AutoCAD",
      "Certified in Revit",
      "Diploma in Fire Safety",
    ]);
    // a course that opens with a word like a legal form's is an item of its own
    expect(
      names([
        "Certificate in Banking, Kestrel Institute",
        "Co-operative Management course",
        "Corporate Finance course",
      ]),
    ).toEqual(["Certificate in Banking", "Co-operative Management course", "Corporate Finance course"]);
  });
});
