// The unit a job was held in, written beside its title under the employer's line: where in the organisation, not
// the organisation. Invented names.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";

describe("a title with its unit under the employer's dated line", () => {
  it("keeps the employer on the dated line and reads the unit as no organisation", () => {
    const read = roles(
      [
        "NORTHGATE HEALTH SYSTEM, Springfield, IL\t2015 – Present",
        "Registered Nurse, Cardiac Care Unit",
        "• Provided care for six patients a shift.",
        "",
        "ELMWOOD MEDICAL CENTER, Peoria, IL\t2012 – 2015",
        "Staff Nurse, Neonatal Intensive Care Unit",
        "• Administered medications.",
      ].join("\n"),
    );
    expect(read.map(([title, company]) => [title, company])).toEqual([
      ["Registered Nurse", "NORTHGATE HEALTH SYSTEM"],
      ["Staff Nurse", "ELMWOOD MEDICAL CENTER"],
    ]);
  });

  it("still reads a unit as the organisation where nothing else can be", () => {
    expect(
      roles("Records Clerk, Harbor Revenue Department\t2010 – 2012").map(([, company]) => company),
    ).toEqual(["Harbor Revenue Department"]);
  });

  it("gives every role dated beside its title and unit the employer on the line above them", () => {
    const read = roles(
      [
        "NORTHGATE MEDICAL CENTER — Denver, CO",
        "Charge Nurse, Intensive Care Unit\t2019 – Present",
        "• Supervised a team of 12 nurses per shift.",
        "Staff Nurse, Cardiac Ward\t2015 – 2019",
        "• Cared for critically ill adults.",
        "",
        "HARBOR COMMUNITY HOSPITAL — Boulder, CO",
        "Staff Nurse, Medical-Surgical\t2013 – 2015",
      ].join("\n"),
    );
    expect(read.map(([title, company]) => [title, company])).toEqual([
      ["Charge Nurse", "NORTHGATE MEDICAL CENTER"],
      ["Staff Nurse", "NORTHGATE MEDICAL CENTER"],
      ["Staff Nurse", "HARBOR COMMUNITY HOSPITAL"],
    ]);
  });
});
