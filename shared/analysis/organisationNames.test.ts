import { describe, expect, it } from "vitest";
import { organisationName } from "./organisationNames.ts";

describe("organisationName", () => {
  const cases: [string, string][] = [
    ["Quillon Electronics Pvt. Ltd-Mumbai, India", "Quillon Electronics Pvt. Ltd"],
    ["Tarsin Chemicals Pvt Ltd (A part of Tarsin Group, U.S.A)", "Tarsin Chemicals Pvt Ltd"],
    ["Norel Polymer Additives Ltd ( ISO-9001, ISO-14000 and", "Norel Polymer Additives Ltd"],
    ["Velmora Securities Limited (Madurai - India)", "Velmora Securities Limited"],
    ["Kestrel Broking Limited – Muscat – Oman", "Kestrel Broking Limited"],
    ["Ardent Consultancy Services, Pune", "Ardent Consultancy Services"],
    ["Dunmore Engineering.", "Dunmore Engineering"],
    // a place after the legal form with a space only
    ["Pellow Online Traders pvt. Ltd. Delhi", "Pellow Online Traders pvt. Ltd."],
    ["Gorsam Pvt Ltd Pune", "Gorsam Pvt Ltd"],
    ["Tarvel Ltd Engineering Services", "Tarvel Ltd Engineering Services"],
    // an address after the name: a post box, a house number after an organisation word, what follows a legal
    // form and its comma
    ["Orlen Est. for Trading P.O. Box 20003", "Orlen Est. for Trading"],
    ["Varna Consultants 89, Gujarat Vihar", "Varna Consultants"],
    ["Kestrel India Pvt. Ltd., Kestrel House, Nehru Place", "Kestrel India Pvt. Ltd."],
    ["Harbour Steel and Power Limited, Angul (JCPL) Odisha", "Harbour Steel and Power Limited"],
    // a locality the gazetteer may not know before a place it knows, in brackets
    ["Eagle Star Ventures Pvt. (TALOJA- NAVI MUMBAI)", "Eagle Star Ventures Pvt."],
    ["Kestrel Systems (Hinjewadi, Pune)", "Kestrel Systems"],
    ["Frost Air Engineering (Blue Star)", "Frost Air Engineering (Blue Star)"],
    // after a legal form and its comma or dash, a word or two in capitals is a town the gazetteer may not know
    ["Kestrel Engineers Pvt Ltd, Taloja", "Kestrel Engineers Pvt Ltd"],
    ["Kestrel Gulf LLC - Jubail", "Kestrel Gulf LLC"],
    ["Kestrel Pvt, Ltd", "Kestrel Pvt, Ltd"],
    ["Kestrel Traders Pvt. Ltd. Taloja", "Kestrel Traders Pvt. Ltd."],
    // what belongs to the name stays
    ["Studio 54, Mumbai", "Studio 54"],
    ["Potain Ind Pvt, Ltd", "Potain Ind Pvt, Ltd"],
    ["Gulf Islamic Bank (GIB)", "Gulf Islamic Bank (GIB)"],
    ["Harlow Textiles ( Orion Group)", "Harlow Textiles ( Orion Group)"],
    ["Asvar Trading Co Ltd. (SK E & C)", "Asvar Trading Co Ltd. (SK E & C)"],
    ["Rolls-Royce, Derby", "Rolls-Royce"],
    ["Coca-Cola India", "Coca-Cola India"],
    ["Domstad Energie B.V.", "Domstad Energie B.V."],
  ];
  it.each(cases)("%s", (value, name) => expect(organisationName(value)).toBe(name));
});
