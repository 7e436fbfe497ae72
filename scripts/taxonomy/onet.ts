// Reads O*NET 29.2 Technology Skills: the named technologies that several occupations use (or that
// O*NET flags as hot), turned from catalogue names ("Structured query language SQL", "Autodesk
// AutoCAD") into the names CVs use ("SQL", "AutoCAD").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTsv } from "./csv.ts";
import { isAcronymOf, type SourceSkill, sentenceCase } from "./source-skill.ts";

/** occupations that must list a technology before it becomes a skill (hot technologies always do) */
const MIN_OCCUPATIONS = 4;

// Vendors whose name CVs keep ("Adobe Acrobat", "Microsoft Visio"); other vendor prefixes are dropped
// and kept only as an alias ("Autodesk AutoCAD" → "AutoCAD").
const KEPT_VENDORS = [
  "Microsoft",
  "Adobe",
  "Google",
  "Apple",
  "Amazon",
  "Oracle",
  "IBM",
  "SAP",
  "Apache",
  "Red Hat",
  "Cisco",
  "Corel",
  "Siemens",
  "Talend",
  "Mozilla",
];
// longer vendor names first, so "Systat Software" is removed whole
const DROPPED_VENDORS = [
  "Avid Technology",
  "Cisco Systems",
  "Hewlett Packard",
  "Hewlett-Packard",
  "Sun Microsystems",
  "Unity Technologies",
  "Salesforce.com",
  "Wolfram Research",
  "Systat Software",
  "Hyland Software",
  "Rockwell Automation",
  "GraphPad Software",
  "Golden Software",
  "Leica Geosystems",
  "Henry Schein",
  "Thomson Reuters",
  "TechSmith",
  "TIBCO",
  "Tenable",
  "Maplesoft",
  "Maxon",
  "Nuance",
  "Quest",
  "Perforce",
  "EMC",
  "Veritas",
  "Delcam",
  "Kronos",
  "MathWorks",
  "Esri",
  "Autodesk",
  "Atlassian",
  "Dassault Systemes",
  "ESRI",
  "Trimble",
  "Allscripts",
  "The MathWorks",
  "National Instruments",
  "Blackboard",
  "Bentley Systems",
  "Bentley",
  "Systat",
  "Rockwell",
  "RockWare",
  "McNeel",
  "Mathsoft",
  "LogMeIn",
  "Intuit",
  "Hyland",
  "HCSS",
  "GE",
  "Embarcadero",
  "Cerner",
  "Qlik Tech",
  "StataCorp",
  "iParadigms",
  "Blackbaud",
  "PTC",
  "SmugMug",
  "Minitab",
  "Epic Systems",
  "Infor",
  "Tyler Technologies",
];

// Entries a CV mentions for other reasons (a LinkedIn profile link) or that name no skill at all.
const EXCLUDED = new Set(
  (
    "Facebook|Instagram|LinkedIn|Twitter|TikTok|YouTube|Pinterest|Google|FaceTime|GroupMe|Blink|Loom|Seesaw|" +
    "Tadpoles|Eko|Bloomz|Canu|Litchi|Appletree|Airdata|Ethereal|Snapchat|WhatsApp|Reddit|ESRI|PM|HMS|J|" +
    "Business software applications|Children's educational|Handheld computer device|Hand held spell checkers|" +
    "Online databases|Operational databases|Software libraries|Voice activated|Web application|The General Store|" +
    "Common Curriculum|Calendar and scheduling|Object oriented development environment|Customer information databases|" +
    "Law enforcement information databases|Maintenance record|Screen magnification|Internet browser|Element management|" +
    "Automated installation|Automated inventory|Application management|Graphics creation|Human modeling|" +
    "Tax compliance property tax management|Software development tools|Source code editor|Microsoft operating system|" +
    "Patient electronic medical record EMR|Geographic information system GIS systems|Computer based training|Web server|" +
    "Exact Software Macola ES|Geomechanical design analysis GDA"
  ).split("|"),
);

// O*NET commodity titles → the taxonomy's categories (first match wins)
const CATEGORY_BY_COMMODITY: Array<[RegExp, string]> = [
  [/^(?:Object or component oriented development|Development environment|Compiler|Program testing)/, "tool"],
  [/^Web platform development|Web page creation/, "web"],
  [/[Dd]ata base|[Dd]atabase|Metadata/, "database"],
  [/Business intelligence|Data mining|Analytical or scientific|Charting/, "data"],
  [
    /Spreadsheet|Word processing|Presentation|Office suite|Electronic mail|Calendar|Desktop communications/,
    "office",
  ],
  [/Video conferencing|Instant messaging|Network conferencing/, "office"],
  [/Accounting|Financial|Tax preparation|Time accounting|Audit|Risk management/, "finance"],
  [/Medical/, "healthcare"],
  [
    /Computer aided|Industrial control|Map creation|Geographic|Pattern design|Manufacturing execution/,
    "engineering",
  ],
  [/Graphics|photo|Video creation|Desktop publishing|Music|Computer imaging/, "design"],
  [
    /Enterprise resource planning|Project management|Procurement|Materials requirements|Inventory/,
    "business",
  ],
  [/Human resources/, "hr"],
  [/Customer relationship|Sales and marketing|Point of sale|Helpdesk|Contact center/, "sales_marketing"],
  [/Operating system|Filesystem|Device drivers/, "os"],
  [/security|virus|Authentication|Network|VPN|Switch or router/i, "security"],
  [/Computer based training|Multi-media educational|Library software|Foreign language/, "education"],
  [/Legal|Compliance/, "legal"],
  [
    /Cloud-based|Application server|Configuration management|File versioning|Enterprise system management/,
    "devops",
  ],
];

function categoryOf(commodity: string): string {
  for (const [pattern, category] of CATEGORY_BY_COMMODITY) if (pattern.test(commodity)) return category;
  return "software";
}

// single words before "software" that are products, not kinds of software
const PRODUCT_WORDS = new Set(
  "Alteryx Ansible Blackboard Compris Informatica Procore Salesforce Wonderware Workday Yardi".split(" "),
);

/** a catalogue name → { name, aliases, sameAs }, or undefined for a generic entry ("Email software") */
export function cleanOnetName(
  example: string,
): { name: string; aliases: string[]; sameAs: string[] } | undefined {
  if (EXCLUDED.has(example)) return undefined;
  let name = example
    .trim()
    .replace(/ (?:software|systems? software|software suite|sites)$/, "")
    .replace(/^Amazon Web Services AWS /, "AWS ");
  const aliases: string[] = [];
  const sameAs: string[] = [];
  // "Adobe Experience Manager (AEM)": the bracketed abbreviation is another spelling
  const bracketed = /^(.+) \(([A-Z][A-Za-z0-9]{1,6})\)$/.exec(name);
  if (bracketed) {
    name = bracketed[1];
    aliases.push(bracketed[2]);
    sameAs.push(bracketed[2]);
  }
  // "Structured query language SQL", "Voice over internet protocol VoIP": the trailing short form is
  // what CVs write
  const parts = name.split(" ");
  const last = parts[parts.length - 1];
  const phrase = parts.slice(0, -1).join(" ");
  const shortForm = /^[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*$/.test(last) && last.length <= 8;
  if (parts.length >= 3 && shortForm && isAcronymOf(last, phrase)) {
    const spelledOut = phrase.replace(/^(?:Microsoft|IBM|Oracle|Apple|Google) /, "");
    sameAs.push(last, spelledOut);
    aliases.push(sentenceCase(spelledOut));
    name = last;
    if (/^(?:Microsoft|IBM|Oracle|Apple|Google) /.test(phrase)) aliases.push(phrase);
  }
  for (const vendor of DROPPED_VENDORS) {
    if (name.startsWith(`${vendor} `)) {
      aliases.push(name);
      name = name.slice(vendor.length + 1);
      sameAs.push(name);
      break;
    }
  }
  for (const vendor of KEPT_VENDORS) {
    if (name.startsWith(`${vendor} `)) {
      const product = name.slice(vendor.length + 1);
      if (/^\d/.test(product)) break; // "Sage 50 Accounting" is not "50 Accounting"
      aliases.push(product);
      // "Oracle Java" is Java: the bare product name decides whether it is already a skill
      sameAs.push(product);
      break;
    }
  }
  const generic =
    /^\p{Lu}[\p{Ll} -]+$/u.test(name) && / /.test(example) && /software|systems?$/.test(example);
  // "Email software" names a kind of software; "Alteryx software" names a product
  if (generic && name.split(" ").length < 2 && !PRODUCT_WORDS.has(name)) return undefined;
  if (EXCLUDED.has(name)) return undefined;
  const product = generic && PRODUCT_WORDS.has(name);
  return {
    name: generic && !product ? sentenceCase(name) : name,
    aliases: aliases.filter((a) => a !== name),
    sameAs,
  };
}

export function readOnetTechnology(dir: string): SourceSkill[] {
  const rows = parseTsv(readFileSync(join(dir, "technology_skills_unique.tsv"), "utf8"));
  const chosen = rows.filter(
    (r) => r["Hot Technology (any)"] === "Y" || Number(r["Occupation Count"]) >= MIN_OCCUPATIONS,
  );
  // the most used commodity decides the category when a name is filed under several
  chosen.sort((a, b) => Number(b["Occupation Count"]) - Number(a["Occupation Count"]));
  const skills: SourceSkill[] = [];
  for (const row of chosen) {
    const cleaned = cleanOnetName(row.Example);
    if (!cleaned) continue;
    skills.push({ ...cleaned, category: categoryOf(row["Commodity Title"]), implies: [], source: "onet" });
  }
  return skills;
}
