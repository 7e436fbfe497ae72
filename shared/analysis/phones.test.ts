import { describe, expect, it } from "vitest";
import { findPhones, normalizePhone } from "./phones.ts";

describe("normalizePhone", () => {
  const cases: [string, string, string][] = [
    ["0151 12345678", "DE", "+4915112345678"],
    ["030 / 1234567", "DE", "+49301234567"],
    ["+49 (0) 30 1234567", "US", "+49301234567"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["01 23 45 67 89", "FR", "+33123456789"],
    ["07911 123456", "GB", "+447911123456"],
    ["020 7946 0958", "GB", "+442079460958"],
    ["(415) 555-2671", "US", "+14155552671"],
    ["415.555.2671", "US", "+14155552671"],
    ["98765 43210", "IN", "+919876543210"],
    ["+91 98765 43210", "US", "+919876543210"],
    ["(11) 98765-4321", "BR", "+5511987654321"],
    ["(21) 3456-7890", "BR", "+552134567890"],
    ["0612345678", "NL", "+31612345678"],
    ["612 345 678", "ES", "+34612345678"],
    ["347 123 4567", "IT", "+393471234567"],
    ["0044 20 7946 0958", "DE", "+442079460958"],
  ];
  it.each(cases)("%s in %s", (raw, region, e164) => {
    expect(normalizePhone(raw, [region])).toBe(e164);
  });

  it("tries regions in order until one gives a valid number", () => {
    expect(normalizePhone("06 12 34 56 78", ["US", "FR"])).toBe("+33612345678");
  });

  it.each(["2019 - 2021", "03/2018 - 11/2020", "15.03.2019", "12345"])("rejects %s", (raw) => {
    expect(normalizePhone(raw, ["DE"])).toBeNull();
  });
});

describe("findPhones", () => {
  it("finds each number once, in order", () => {
    const text = "Tel: +49 151 12345678 | Mobil: 0151 12345678 | Büro: 089 12345678\n2019 – 2021";
    expect(findPhones(text, ["DE"]).map((phone) => phone.e164)).toEqual(["+4915112345678", "+498912345678"]);
  });

  const cases: [string, string[]][] = [
    ["CONTACT:-+91-98765 43210, EMAIL:-a@example.in", ["+919876543210"]],
    ["C-98765 43210, H-94123 45678", ["+919876543210", "+919412345678"]],
    ["Contact No-98765-43210", ["+919876543210"]],
    ["Mobile: 98765 43210/91234 56780", ["+919876543210", "+919123456780"]],
    ["Passport No: 08354094  Licence number 1475611284", []],
    // a date range in brackets and a grade over its scale are no numbers to call
    ["Course in English (07/08/2007 – 17/10/2007).", []],
    ["GPA: 3.35/4.0 3.35/4.0 Industrial Engineering", []],
    // a fax reaches a machine
    ["Tel.: 0141 2345678\nFax.: 0141 2345679", ["+911412345678"]],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(findPhones(text, ["IN"]).map((phone) => phone.e164)).toEqual(want);
  });
});

describe("office lines", () => {
  it("marks a number labelled as an office or work line", () => {
    const found = findPhones("Telephone : (O)0261-2254801,(R)0261-2254802,(M)98765-43210", ["IN"]);
    expect(found.map((phone) => [phone.e164, phone.office])).toEqual([
      ["+912612254801", true],
      ["+912612254802", false],
      ["+919876543210", false],
    ]);
  });
});
