import { describe, expect, it } from "vitest";
import { extractContact } from "./contact.ts";

const contactOf = (lines: string[], header = 3, othersText = "") =>
  extractContact({
    text: lines.join("\n"),
    headerLines: lines.slice(0, header).filter((line) => line.trim() !== ""),
    allLines: lines,
    links: [],
    othersText,
    defaultRegion: "IN",
    documentLanguage: "en",
  });
const phonesOf = (lines: string[], header?: number, othersText?: string) =>
  contactOf(lines, header, othersText).phones.map((phone) => phone.value);
const emailsOf = (lines: string[], header?: number, othersText?: string) =>
  contactOf(lines, header, othersText).emails.map((email) => email.value);

describe("contacts that are another person's", () => {
  const candidate = [
    "Asha Nair",
    "asha.nair@example.com",
    "Mobile: 98765 43210",
    "",
    "SKILLS",
    "Mapping",
    "",
  ];

  it("drops a referee's block wherever the layout put it", () => {
    const lines = [
      ...candidate,
      "Central University",
      "Mob : 91234 56780",
      "Email: rao@uni.example.in",
      "2. Dr. A N Rao",
      "Asst. Professor",
      "Mob: 99887 76655",
    ];
    expect(phonesOf(lines)).toEqual(["+919876543210"]);
    expect(emailsOf(lines)).toEqual(["asha.nair@example.com"]);
  });

  it("drops a referee's e-mail even when the CV gives no other", () => {
    const lines = [
      "Asha Nair",
      "SKILLS",
      "R, SAS",
      "",
      "REFERENCES",
      " Dr. Jane Roe, Professor, Department of Statistics,",
      "jroe@uni.example.edu",
    ];
    expect(emailsOf(lines, 1, lines.slice(5).join("\n"))).toEqual([]);
  });

  it("keeps the candidate's own contacts under an empty References heading", () => {
    const lines = [
      "Asha Nair",
      "",
      "REFERENCES",
      "Available upon request.",
      "Call: 98765 43210",
      "e-mail: asha@example.com",
    ];
    const others = lines.slice(3).join("\n");
    expect(phonesOf(lines, 1, others)).toEqual(["+919876543210"]);
    expect(emailsOf(lines, 1, others)).toEqual(["asha@example.com"]);
  });

  it("drops a supervisor's number given under a job", () => {
    const lines = [
      "Asha Nair",
      "",
      "EXPERIENCE",
      "Logistics Coordinator",
      "Supervisor: Paul Smith (916) 555-0153.",
    ];
    expect(phonesOf(lines, 1, lines.slice(3).join("\n"))).toEqual([]);
  });

  it("reads a number in the work history as the employer's unless its line is the candidate's contact", () => {
    const lines = [
      "Sales Summary",
      "",
      "EXPERIENCE",
      "Service Engineer, Zen Motors",
      "Bull Temple Road, Bangalore - 560019. Ph: 080 26678266",
    ];
    const experience = lines.slice(3).join("\n");
    const input = (all: string[]) => ({
      text: all.join("\n"),
      headerLines: [],
      allLines: all,
      links: [],
      othersText: experience,
      employersText: experience,
      defaultRegion: "IN",
      documentLanguage: "en",
    });
    expect(extractContact(input(lines)).phones).toEqual([]);
    const own = [...lines.slice(0, 4), "E-mail: asha@example.com Mobile phone: 98765 43210"];
    const ownExperience = own.slice(3).join("\n");
    const contact = extractContact({
      ...input(own),
      othersText: ownExperience,
      employersText: ownExperience,
    });
    expect(contact.phones.map((phone) => phone.value)).toEqual(["+919876543210"]);
  });

  it("does not read the candidate's own honorific as a referee's", () => {
    const lines = ["CONTACT", "Dr. Asha Nair", "Mobile: 98765 43210", "", "SKILLS"];
    expect(phonesOf(lines, 0)).toEqual(["+919876543210"]);
  });

  it("drops the letterhead of an agency that shows the candidate on its site", () => {
    const lines = [
      "Asha Nair, Stylist",
      "www.agency.example/ashanair",
      "",
      "CLIENTS",
      "Acme",
      "",
      "(310) 555-0187 agency.example",
    ];
    expect(phonesOf(lines, 2)).toEqual([]);
    const own = [
      "Asha Nair, Stylist",
      "www.ashanair.example/portfolio",
      "",
      "(310) 555-0187 ashanair.example",
    ];
    expect(phonesOf(own, 2)).toEqual(["+13105550187"]);
  });

  it("takes an office line only when the CV gives no other number", () => {
    expect(phonesOf(["Asha Nair", "Telephone: (O)0261-2254801, (M)98765-43210"])).toEqual(["+919876543210"]);
    expect(phonesOf(["Asha Nair", "Office phone: 0261 2254801"])).toEqual(["+912612254801"]);
  });
});
