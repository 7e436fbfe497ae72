import { describe, expect, it } from "vitest";
import { extractCertifications, extractProjects } from "./credentials.ts";

describe("extractCertifications", () => {
  it("reads name, issuer and date, keeping a level after a dash in the name", () => {
    const lines = [
      "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2021",
      "Certified Kubernetes Administrator (CKA) – CNCF – 2022",
      "• PMP, Project Management Institute, 03/2019",
    ];
    expect(extractCertifications(lines).map(({ name, issuer, date }) => ({ name, issuer, date }))).toEqual([
      {
        name: "AWS Certified Solutions Architect – Associate",
        issuer: "Amazon Web Services",
        date: "2021-01",
      },
      { name: "Certified Kubernetes Administrator", issuer: "CNCF", date: "2022-01" },
      { name: "PMP", issuer: "Project Management Institute", date: "2019-03" },
    ]);
  });

  it("reads credentials listed on one line apart by bars or dots as items each, and an issuer after a bar as the issuer", () => {
    const read = (lines: string[]) =>
      extractCertifications(lines).map(({ name, issuer, date }) => [name, issuer, date]);
    expect(
      read([
        "Project Management Professional (PMP), 2015 · OSHA 30-Hour Construction Safety",
        "Certified ScrumMaster | Six Sigma Green Belt | AWS Certified Solutions Architect – Associate",
      ]),
    ).toEqual([
      ["Project Management Professional", null, "2015-01"],
      ["OSHA 30-Hour Construction Safety", null, null],
      ["Certified ScrumMaster", null, null],
      ["Six Sigma Green Belt", null, null],
      ["AWS Certified Solutions Architect – Associate", "AWS", null],
    ]);
    expect(read(["Certified Scrum Product Owner | Google Analytics Individual Qualification"])).toEqual([
      ["Certified Scrum Product Owner", null, null],
      ["Google Analytics Individual Qualification", "Google", null],
    ]);
    expect(read(["AWS Certified Developer – Associate | Amazon Web Services | 2020"])).toEqual([
      ["AWS Certified Developer – Associate", "Amazon Web Services", "2020-01"],
    ]);
  });
});

describe("extractProjects", () => {
  it("takes a title line and the description under it, with the skills it names", () => {
    expect(
      extractProjects([
        "Route planner – delivery optimiser in React and Node.js",
        "Log shipper",
        "• Written in Go.",
      ]),
    ).toEqual([
      {
        name: "Route planner",
        description: "delivery optimiser in React and Node.js",
        skills: ["React", "Node.js"],
      },
      { name: "Log shipper", description: "Written in Go.", skills: ["Go"] },
    ]);
  });
});
