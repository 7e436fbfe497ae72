// Certifications and projects from their sections: names, issuers, dates, descriptions and skills used.
import { findSkillMentions } from "../taxonomy/index.ts";
import { notACertification, opensDuties } from "./certificationItems.ts";
import { certificationLines } from "./certificationLines.ts";
import { findSingleDates, toMonth } from "./dates.ts";
import { namesInstitution } from "./degrees.ts";
import { isEducationColumnRow } from "./educationInstitutions.ts";
import { isBullet } from "./experienceHeaders.ts";
import type { Certification, Project } from "./types.ts";

export const ISSUERS =
  /\b(AWS|Amazon Web Services|Microsoft|Google(?: Cloud)?|Cisco|Oracle|Scrum Alliance|Scrum\.org|PMI|Project Management Institute|CompTIA|Linux Foundation|CNCF|\(ISC\)²|ISC2|ISACA|AXELOS|PeopleCert|IBM|Salesforce|SAP|HashiCorp|Red Hat|VMware|Databricks|Snowflake|Coursera|Udemy|edX|IHK|TÜV|ISTQB|IREB|iSAQB|Goethe-Institut|Cambridge|ETS|Meta|HubSpot|Kubernetes)\b/;

const CERTIFICATE_WORDS =
  /\b(certified|certification|certificate|zertifikat|zertifiziert|certificat|certificado|certificação|certificazione|certificaat|professional|associate|practitioner|foundation|specialist|expert|license|licence)\b/i;

// credentials known by their short names alone ("NEBOSH – IGC", "IOSH MS", "ASNT NDT Level 2", "PMP")
const CREDENTIALS =
  /\b(?:NEBOSH|IOSH|OSHA|ASNT|NDT|PMP|CAPM|CPA|CFA|ACCA|CISSP|CISA|CCNA|CCNP|MCSE|ITIL|PRINCE2|Six Sigma)\b/;

// items whose layout named the school they were followed at (a key, a school line over them, "in X Institute")
const SCHOOL_NAMED = new WeakSet<Certification>();

/** The layout of the item's lines named the school it was followed at, so it is a course whatever its name. */
export const schoolNamed = (certification: Certification) => SCHOOL_NAMED.has(certification);

/** "DCA" of "Diploma in Computer Applications": the capitals that open the name's capitalised words, in order. */
export function initialsOf(name: string, part: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
  return /^\p{Lu}{2,}$/u.test(part) && initials.includes(part);
}

/** a credential's own words: a certificate's, or a credential's short name */
const namesCredential = (part: string) =>
  CERTIFICATE_WORDS.test(part) || CREDENTIALS.test(part) || /\bqualification\b/i.test(part);

/**
 * "Certified ScrumMaster (CSM) | Six Sigma Green Belt", "PMP, 2015 · OSHA 30-Hour Construction Safety": credentials
 * listed on one line apart by bars or dots are items each; a part that names only an issuer ("AWS Certified
 * Developer | Amazon Web Services") keeps the line one item.
 */
function listedApart<T extends { text: string }>(line: T): T[] {
  const parts = line.text.split(/\s[|·•]\s/).map((part) => part.trim());
  if (parts.length < 2 || parts.filter(namesCredential).length < 2) return [line];
  if (parts.some((part) => part === "" || (ISSUERS.test(part) && !namesCredential(part)))) return [line];
  return parts.map((text) => ({ ...line, text }));
}

export function extractCertifications(lines: string[]): Certification[] {
  const certifications: Certification[] = [];
  for (const { text: raw, school, certifiedBy } of certificationLines(lines).flatMap(listedApart)) {
    const line = raw.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-])\s*/, "").trim();
    // sub-headings ("PROFESSIONAL SOFTWARE :") and a table's label row ("COURSE | NAME OF INSTITUTION") name none
    if (line.length < 3 || line.length > 160 || /[:：]\s*$/.test(line) || isEducationColumnRow(line))
      continue;
    if (opensDuties(line)) break;
    const dates = findSingleDates(line);
    const date = dates.length > 0 ? toMonth(dates[dates.length - 1].date) : null;
    // "Hull Structural Design Concept certified by DNV Academy": the issuer after "certified by"
    let rest = line.replace(/\s+(?:certified|issued|awarded|conducted|offered)\s+by\s+/i, ", ");
    for (const found of dates) rest = rest.replace(line.slice(found.index, found.index + found.length), " ");
    // "AWS Certified Developer – Associate": a level after the dash belongs to the name, not the issuer.
    const parts = rest
      .replace(
        /\s[–—-]\s(?=(?:associate|professional|specialty|foundation|practitioner|expert|advanced|fundamentals)\b)/gi,
        " – ",
      )
      .split(
        /\t|\s[|·•]\s|\s[–—-]\s(?!(?:associate|professional|specialty|foundation|practitioner|expert|advanced|fundamentals)\b)|,\s|\s\(|\)/i,
      )
      .map((part) =>
        part
          .replace(/^(issued by|by|from|von|par|por|da|door|issued|ausgestellt)\s+/i, "")
          .replace(/[,;]+$/, "")
          .trim(),
      )
      .filter((part) => part.length > 1 && !/^(issued|credential id|id)\b/i.test(part));
    if (parts.length === 0) continue;
    const [name, ...written] = parts;
    if (notACertification(name, line)) continue;
    // "Diploma in Computer Applications (DCA) – NIIT": the name's own initials name no issuer
    const others = written.filter((part) => !initialsOf(name, part));
    const issuerPart = others.find((part) => ISSUERS.test(part)) ?? others[0] ?? null;
    const issuer = school ?? issuerPart ?? ISSUERS.exec(name)?.[1] ?? null;
    const confidence =
      CERTIFICATE_WORDS.test(name) || ISSUERS.test(line) || CREDENTIALS.test(line) ? 0.85 : 0.6;
    const certification = { name, issuer, date, confidence };
    // "Y certified by X Academy", "Diploma in Y certified by X": a school's word in the issuer's name, or a
    // course's in the item's
    if (
      school !== null ||
      (certifiedBy &&
        issuer !== null &&
        (namesInstitution(issuer) || /\b(?:certificate|diploma|course)\b/i.test(name)))
    )
      SCHOOL_NAMED.add(certification);
    certifications.push(certification);
  }
  return certifications;
}

/** Projects: a title line followed by description lines or bullets, until the next title line. */
export function extractProjects(lines: string[]): Project[] {
  const drafts: { name: string; description: string[] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const current = drafts[drafts.length - 1];
    const titleLike = !isBullet(line) && line.split(/\s+/).length <= 10 && !/[.!?]$/.test(line);
    if (titleLike || !current) {
      const [name, ...rest] = line.split(/\s[|–—-]\s|:\s|\t/);
      drafts.push({ name: name.trim(), description: rest.length > 0 ? [rest.join(" - ").trim()] : [] });
    } else current.description.push(line.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-])\s*/, ""));
  }
  return drafts.map(({ name, description }) => ({
    name,
    description: description.length > 0 ? description.join(" ") : null,
    skills: [
      ...new Set(findSkillMentions(`${name}\n${description.join("\n")}`).map((mention) => mention.name)),
    ],
  }));
}
