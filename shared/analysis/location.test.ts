import { describe, expect, it } from "vitest";
import { findLocation, type LocationInput } from "./location.ts";

// a stand-in for the contact reader's name test: two or three capitalised words
const looksLikeName = (text: string) => /^\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){1,2}$/u.test(text.trim());

function locate(lines: string[], header = lines.slice(0, 6), others = "", home: string | null = "IN") {
  const input: LocationInput = { headerLines: header, allLines: lines, othersText: others };
  return findLocation(input, home, looksLikeName)?.value ?? null;
}

describe("findLocation", () => {
  it.each([
    [
      "an address in a column beside other labels, the town alone above its state",
      [
        "Name : A B",
        "Address : RajBhavan,",
        "Anand Street\tTelephone No : 0492",
        "Nallepilly P.O.\tMobile : 82",
        "Palakkad\tEmail : x",
        "Kerala - 678553",
      ],
      "Palakkad, Kerala, India",
    ],
    [
      "a labelled lone value that is an everyday word elsewhere",
      ["Location\t: Salem\tEmail\t: someone", "Will to relocate : Flexible"],
      "Salem, Tamil Nadu, India",
    ],
    [
      "a district written with a dash and in capitals",
      ["Vill +P.O - PINDRUI", "Dist. – PASCHIM MEDINIPUR", "West Bengal", "PIN- 721131"],
      "PASCHIM MEDINIPUR, West Bengal, India",
    ],
    [
      "a district named before its abbreviation, under a village and its post office",
      [
        "Address:",
        "Kestrel Nagar Puram,",
        "Orchardpatti(po),",
        "Elmwoodgai(dt).",
        "Pin:630561",
        "Tamil Nadu, India.",
      ],
      "Elmwoodgai, India",
    ],
    [
      "a country that says whose phone number follows, then the town, its country in dotted letters and a label",
      [
        "KESTREL HARBOR",
        "Mobile India: +91 88601 39778",
        "Email: someone@example.com",
        "Dubai, U.A.E POST APPLIED FOR : MECHANIC",
      ],
      "Dubai, U.A.E",
    ],
    [
      "a post-office box's label and a dash that joined the next line",
      ["Kestrel Harbor", "P.O Box : 2540, Dammam-", "Saudi Arabia"],
      "Dammam",
    ],
    [
      "a town too small for the gazetteer, its postcode between it and its state",
      [
        "Address\t:\tNo 5, Orchard Street,",
        "Elmwoodmangalam,",
        "Kestrelpalli – 620010,",
        "Tamilnadu, INDIA.",
        "Passport Number\t:\tX1",
      ],
      "Kestrelpalli, Tamil Nadu, India",
    ],
    [
      "a town the gazetteer does not know, over its postcode alone on the next line",
      ["ORCHARD KESTREL", "KUNNAM P.O.,", "ELMWOODVALLA", "PIN: 689581", "MOB: 9645884409"],
      "ELMWOODVALLA",
    ],
    [
      "a name run into a known town before its postcode",
      ["RESUME", "16B/305 HARBOR SEC 16B", "KESTREL ORCHARD GHAZIABAD - 201012", "Contact No +918802711486"],
      "GHAZIABAD, Uttar Pradesh, India",
    ],
    [
      "an address line ending in a comma, run on to its town, state and postcode (a quarter named like a city)",
      [
        "RESUME",
        "KESTREL HARBOR",
        "440, ORCHARD MOHALLA , GORAKHPUR,",
        "JABALPUR, M.P. 482001",
        "Mob: 98765 43210",
      ],
      "JABALPUR, Madhya Pradesh, India",
    ],
    [
      "a city of the state the address names, over a city elsewhere in the country that a quarter is named like",
      ["Address\t:\tKestrel Basti, Orchard Lane, Rourkela -4, Dist.- Harborgarh, State- Odisha."],
      "Rourkela, Odisha, India",
    ],
    [
      "a person's own statement of where they live",
      ["B.E MECHANICAL ENGINEER", "Ph. no: +971 544727801", "Currently residing in Dubai on visit visa"],
      "Dubai, United Arab Emirates",
    ],
    [
      "a street named after a city, then a town before its postcode",
      ["No: 17/25, Kulasekara Alwar St,", "Marai malai nagar-603209,", "Tamilnadu, India."],
      "Marai malai nagar",
    ],
    [
      "a state's name run together, the town first in the address",
      ["Contact Info", "House # 9/53, Ashok Nagar,", "Arakkonam, Vellore city, Tamilnadu, India."],
      "Arakkonam, Vellore city, Tamilnadu, India.",
    ],
    [
      "a lowercase word that makes a longer place name",
      ["Mobile: +91- 8285503723", "Address: F-51 Beta-2 greater Noida (U.P)"],
      "greater Noida, Uttar Pradesh, India",
    ],
  ])("%s", (_, lines, expected) => {
    expect(locate(lines)).toBe(expected);
  });

  it("reads the signature's place when the gazetteer does not know the town", () => {
    const lines = ["Name", "Objective", "Hard working", "", "Date :", "Place :: Rauzagaon"];
    expect(locate(lines, ["Name"])).toBe("Rauzagaon");
  });

  it("reads an address whose line holds another label's cell beside it", () => {
    const lines = ["Ravi Kumar", "Address: Flat 12, Kestrel Residency, Pune 411001\tPassport: Available"];
    expect(locate(lines)).toBe("Pune, Maharashtra, India");
    // the place a passport was issued at is still no home
    expect(locate(["Ravi Kumar", "Place of issue: Mumbai\tValid till: 2030"])).toBeNull();
  });

  it("takes no form label beside an empty place for the town", () => {
    const lines = ["Name", "Objective", "Hard working", "", "DATE\t:", "PLACE\t:\tSignature"];
    expect(locate(lines, ["Name"])).toBeNull();
  });

  it("reads a bulleted header's country as a country, and a bulleted address label later for the town", () => {
    const lines = [
      "• Mobile no: 8795498673",
      "• India",
      "Experience",
      "Technician",
      "• \tAddress\t\t:\tMohalla Sayyad Wada,",
      "• Post - Station Road, Ghaziabad, Uttar Pradesh, India.",
    ];
    expect(locate(lines, lines.slice(0, 2))).toBe("Ghaziabad, Uttar Pradesh, India");
  });

  it("prefers a town named later over a bare state in the header", () => {
    const lines = ["A B", "Kizhakkumbhagom Pin : 691529 Kerala – India", "Objective", "", "Place: Adoor"];
    expect(locate(lines, lines.slice(0, 2))).toBe("Adoor");
  });

  it("skips an employer's labelled location", () => {
    const job = "Location: Prof. C.V. Raman Road, Sadasiva Nagar, Bengaluru, Karnataka";
    const lines = ["A B", "Work Experience", job, "Place: Arakkonam"];
    expect(locate(lines, ["A B"], job)).toBe("Arakkonam, Tamil Nadu, India");
  });

  it("does not take a lone small town's name in the header for a place", () => {
    expect(locate(["A B", "Budweiser\tHonda\tMini Cooper"], undefined, "", null)).toBeNull();
  });

  it.each([
    ["Salt Lake, Kolkata", "Salt Lake, Kolkata"],
    ["Andheri East, Mumbai", "Andheri East, Mumbai"],
    ["Banjara Hills, Hyderabad", "Banjara Hills, Hyderabad"],
    ["Al Khobar, Saudi Arabia", "Al Khobar, Saudi Arabia"],
  ])(
    "reads a quarter that reads as a name before its city, the name found elsewhere: %s",
    (line, expected) => {
      const lines = ["Ravi Kumar", line, "ravi@example.com"];
      const input: LocationInput = { headerLines: lines, allLines: lines, othersText: "" };
      expect(findLocation(input, null, looksLikeName, "Ravi Kumar")?.value).toBe(expected);
    },
  );

  it("takes no name for a quarter, and no list of names with a city among them for an address", () => {
    const named = ["Ravi Kumar, Mumbai", "ravi@example.com"];
    expect(
      findLocation({ headerLines: named, allLines: named }, null, looksLikeName, "Ravi Kumar"),
    ).toBeNull();
    const listed = ["Ravi Kumar", "Bell South\tFidelity\tMercedes\tSavon"];
    expect(
      findLocation({ headerLines: listed, allLines: listed }, null, looksLikeName, "Ravi Kumar"),
    ).toBeNull();
  });

  it("passes over a minor town of the gazetteer for the city named after it in an address", () => {
    expect(locate(["A B", "Address: 12 MG Road, Salt Lake, Kolkata - 700091"], undefined, "", null)).toBe(
      "Kolkata, West Bengal, India",
    );
  });

  it("reads a place on its own line in the name's block after a sidebar read first", () => {
    const lines = [
      "Contact",
      "arun.kestrel@example.com",
      "Top Skills",
      "Python",
      "Arun Kestrel",
      "Data Engineer at Northgate Analytics",
      "Pune, Maharashtra, India",
      "Summary",
    ];
    const input = { headerLines: [], allLines: lines };
    expect(findLocation(input, null, looksLikeName, "Arun Kestrel")?.value).toBe("Pune, Maharashtra, India");
    // not past a heading under the name
    const headed = ["Contact", "Arun Kestrel", "Summary", "Pune, Maharashtra, India"];
    expect(
      findLocation({ headerLines: [], allLines: headed }, null, looksLikeName, "Arun Kestrel"),
    ).toBeNull();
  });

  it("reads a place after an icon set before it", () => {
    // as written, without the icon (it had stayed: "⌂ Pune, Maharashtra")
    expect(locate(["Ravi Kestrel", "☎ +91 98450 12345", "⌂ Pune, Maharashtra"])).toBe("Pune, Maharashtra");
    expect(locate(["Ravi Kestrel", "🏠 Pune, Maharashtra"])).toBe("Pune, Maharashtra");
  });
});
