// Probe CVs for `npm run accuracy:probes`: invented people, employers and schools set in the layouts real CVs use
// (17 work-history layouts, 11 education layouts, 8 headers, one column or a sidebar, three page frames, cells
// set at the top or the middle of their row), written as HTML for
// LibreOffice to render as PDF. Every name here is made up; a probe's truth is what the generator wrote.
import { mkdirSync, writeFileSync } from "node:fs";
import { CITIES, EDU, FIRST, LAST, LONG_ORGS, LONG_TITLES, ORGS, TITLES } from "./names.ts";

let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)] as T;
// A second stream for the page frame, so that adding frames leaves each probe's people, jobs and layouts as they were.
let frameSeed = 1;
const frameRnd = () => {
  frameSeed = (frameSeed * 1103515245 + 12345) % 2147483648;
  return frameSeed / 2147483648;
};
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONL = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
type Job = {
  title: string;
  org: string;
  city: string;
  sy: number;
  sm: number;
  ey: number | null;
  em: number;
};
const fmtDate = (y: number, m: number, f: number) =>
  [
    `${MON[m]} ${y}`,
    `${MONL[m]} ${y}`,
    `${String(m + 1).padStart(2, "0")}/${y}`,
    `${MON[m]}-${String(y).slice(2)}`,
    `${MON[m]}. ${y}`,
  ][f] as string;
const present = () => pick(["Present", "Till Date", "till date", "Current", "To Date"]);
const range = (j: Job, f: number, sep: string) =>
  `${fmtDate(j.sy, j.sm, f)}${sep}${j.ey === null ? present() : fmtDate(j.ey, j.em, f)}`;
const esc = (s: string) => s.replaceAll("&", "&amp;");
const bullets = (_job: Job) =>
  `<ul><li>Responsible for day to day ${pick(["site execution", "billing and documentation", "maintenance of equipment", "client coordination"])} and reporting to the manager.</li><li>Prepared ${pick(["daily progress reports", "bills of quantities", "purchase orders", "test reports"])} for ${pick(["the project", "the plant", "management"])}.</li></ul>`;
const EXP: Record<string, (js: Job[], f: number) => string> = {
  orgBoldDatesRight: (js, f) =>
    js
      .map(
        (j) =>
          `<table width="100%"><tr><td valign="top"><b>${esc(j.org)}</b>, ${j.city}</td><td align="right">${range(j, f, " – ")}</td></tr></table><p><i>${j.title}</i></p>${bullets(j)}`,
      )
      .join(""),
  titleBoldOrgNext: (js, f) =>
    js
      .map(
        (j) => `<p><b>${j.title}</b><br>${esc(j.org)}, ${j.city}<br>${range(j, f, " - ")}</p>${bullets(j)}`,
      )
      .join(""),
  tableOrgDesigDur: (js, f) =>
    `<table border="1" cellspacing="0" cellpadding="5"><tr><th>S.No</th><th>Organization</th><th>Designation</th><th>Duration</th></tr>${js.map((j, i) => `<tr><td valign="top">${i + 1}</td><td valign="top">${esc(j.org)}, ${j.city}</td><td valign="top">${j.title}</td><td valign="top">${range(j, f, " to ")}</td></tr>`).join("")}</table>`,
  tableFromTo: (js, f) =>
    `<table border="1" cellspacing="0" cellpadding="5"><tr><th>Company</th><th>Position</th><th>From</th><th>To</th></tr>${js.map((j) => `<tr><td valign="top">${esc(j.org)}</td><td valign="top">${j.title}</td><td valign="top">${fmtDate(j.sy, j.sm, f)}</td><td valign="top">${j.ey === null ? present() : fmtDate(j.ey, j.em, f)}</td></tr>`).join("")}</table>`,
  prose: (js, f) =>
    `<ul>${js.map((j) => (j.ey === null ? `<li>Currently working as ${j.title} in ${esc(j.org)}, ${j.city} from ${fmtDate(j.sy, j.sm, f)} to ${present()}.</li>` : `<li>Worked as ${j.title} with ${esc(j.org)}, ${j.city} from ${fmtDate(j.sy, j.sm, f)} to ${fmtDate(j.ey, j.em, f)}.</li>`)).join("")}</ul>`,
  keyed: (js, f) =>
    js
      .map(
        (j) =>
          `<p>Organization : ${esc(j.org)}, ${j.city}<br>Designation : ${j.title}<br>Period : ${range(j, f, " to ")}</p>${bullets(j)}`,
      )
      .join(""),
  keyedTable: (js, f) =>
    js
      .map(
        (j) =>
          `<table><tr><td valign="top">Company Name</td><td valign="top">: ${esc(j.org)}</td></tr><tr><td valign="top">Designation</td><td valign="top">: ${j.title}</td></tr><tr><td valign="top">Duration</td><td valign="top">: ${range(j, f, " – ")}</td></tr></table>`,
      )
      .join("<br>"),
  pipes: (js, f) =>
    js.map((j) => `<p><b>${j.title} | ${esc(j.org)} | ${range(j, f, " – ")}</b></p>${bullets(j)}`).join(""),
  datesLeftTable: (js, f) =>
    `<table width="100%">${js.map((j) => `<tr><td width="25%" valign="top">${range(j, f, " – ")}</td><td valign="top"><b>${j.title}</b><br>${esc(j.org)}, ${j.city}${bullets(j)}</td></tr>`).join("")}</table>`,
  orgCityTitleDatesParen: (js, f) =>
    js
      .map(
        (j) =>
          `<p><b>${esc(j.org.toUpperCase())}</b> — ${j.city}<br>${j.title} (${range(j, f, " - ")})</p>${bullets(j)}`,
      )
      .join(""),
  datesFirstLine: (js, f) =>
    js.map((j) => `<p>${range(j, f, " - ")}<br><b>${esc(j.org)}</b><br>${j.title}</p>${bullets(j)}`).join(""),
  titleAtOrgDates: (js, f) =>
    js
      .map((j) => `<p><b>${j.title}</b> at ${esc(j.org)}, ${j.city} (${range(j, f, " – ")})</p>${bullets(j)}`)
      .join(""),
  onePipeKeyed: (js, f) =>
    js
      .map(
        (j) =>
          `<p>Company: ${esc(j.org)} | Role: ${j.title} | Duration: ${range(j, f, " – ")}</p>${bullets(j)}`,
      )
      .join(""),
  orgDashTitleParen: (js, f) =>
    js.map((j) => `<p><b>${esc(j.org)}</b> – ${j.title} (${range(j, f, " to ")})</p>${bullets(j)}`).join(""),
  numberedOrgDesig: (js, f) =>
    js
      .map(
        (j, i) =>
          `<p>${i + 1}. ${esc(j.org)}, ${j.city} (${range(j, f, " – ")})<br>Designation: ${j.title}</p>${bullets(j)}`,
      )
      .join(""),
  datesTabTitleOrg: (js, f) =>
    js
      .map(
        (j) =>
          `<p>${range(j, f, " - ")}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>${j.title}</b>, ${esc(j.org)}</p>${bullets(j)}`,
      )
      .join(""),
  // roles held at one employer (a promotion: the generator gives the first two jobs one employer for this
  // layout), the employer written once above them, with its whole span on every other date form
  rolesUnderEmployer: (js, f) =>
    js
      .filter((j, i) => i === 0 || js[i - 1]?.org !== j.org)
      .map((head) => {
        const roles = js.filter((j) => j.org === head.org);
        const last = roles[roles.length - 1] as Job;
        const span = { ...head, sy: last.sy, sm: last.sm };
        const dates = f % 2 === 0 ? ` (${range(span, f, " – ")})` : "";
        return `<p><b>${esc(head.org)}</b>, ${head.city}${dates}</p>${roles.map((j) => `<p><i>${j.title}</i> (${range(j, f, " – ")})</p>${bullets(j)}`).join("")}`;
      })
      .join(""),
};
/** layouts whose jobs are roles at one employer: the first two jobs share the first one's */
const PROMOTIONS = new Set(["rolesUnderEmployer"]);
type Ed = { degree: string; level: string; inst: string; year: number };
const EDUL: Record<string, (es: Ed[]) => string> = {
  tableQualBoardYear: (es) =>
    `<table border="1" cellspacing="0" cellpadding="5"><tr><th>Qualification</th><th>Institute</th><th>Year of Passing</th><th>Percentage</th></tr>${es.map((e) => `<tr><td valign="top">${e.degree}</td><td valign="top">${esc(e.inst)}</td><td valign="top">${e.year}</td><td valign="top">${60 + Math.floor(rnd() * 30)}%</td></tr>`).join("")}</table>`,
  tableDegInstUniv: (es) =>
    `<table border="1" cellspacing="0" cellpadding="5"><tr><th>Course</th><th>College / School</th><th>Board / University</th><th>Year</th><th>Marks</th></tr>${es.map((e) => `<tr><td valign="top">${e.degree}</td><td valign="top">${esc(e.inst)}</td><td valign="top">${pick(["Harbourpet University", "State Board", "Kestrel University", "CBSE"])}</td><td valign="top">${e.year}</td><td valign="top">${(6 + rnd() * 3).toFixed(1)} CGPA</td></tr>`).join("")}</table>`,
  dashLine: (es) =>
    `<ul>${es.map((e) => `<li>${e.degree} – ${esc(e.inst)} – ${e.year} – ${60 + Math.floor(rnd() * 30)}%</li>`).join("")}</ul>`,
  threeLines: (es) =>
    es.map((e) => `<p><b>${e.degree}</b><br>${esc(e.inst)}<br>${e.year - 3} – ${e.year}</p>`).join(""),
  sentence: (es) =>
    `<ul>${es.map((e) => `<li>Completed ${e.degree} from ${esc(e.inst)} in ${e.year} with ${60 + Math.floor(rnd() * 30)}% marks.</li>`).join("")}</ul>`,
  yearLeft: (es) =>
    `<table width="100%">${es.map((e) => `<tr><td width="20%">${e.year}</td><td valign="top">${e.degree}, ${esc(e.inst)}</td></tr>`).join("")}</table>`,
  keyedEdu: (es) =>
    es
      .map((e) => `<p>Degree : ${e.degree}<br>Institute : ${esc(e.inst)}<br>Year of Passing : ${e.year}</p>`)
      .join(""),
  pipesEdu: (es) => es.map((e) => `<p>${e.degree} | ${esc(e.inst)} | ${e.year}</p>`).join(""),
  rangeColonEdu: (es) =>
    es.map((e) => `<p>${e.year - 3} – ${e.year}: ${e.degree}, ${esc(e.inst)}</p>`).join(""),
  tableExamBoardSchool: (es) =>
    `<table border="1" cellspacing="0" cellpadding="5"><tr><th>Examination</th><th>Board</th><th>School / College</th><th>Year</th><th>%</th></tr>${es.map((e) => `<tr><td valign="top">${e.degree}</td><td valign="top">${pick(["State Board", "CBSE", "Kestrel University", "HTMNU"])}</td><td valign="top">${esc(e.inst)}</td><td valign="top">${e.year}</td><td valign="top">${60 + Math.floor(rnd() * 30)}</td></tr>`).join("")}</table>`,
  instFirst: (es) => es.map((e) => `<p><b>${esc(e.inst)}</b><br>${e.degree}, ${e.year}</p>`).join(""),
};
const EXPH = [
  "PROFESSIONAL EXPERIENCE",
  "Work Experience",
  "EMPLOYMENT HISTORY",
  "Experience",
  "WORK EXPERIENCE",
  "Professional Experience :",
  "EXPERIENCE SUMMARY",
  "Career History",
];
const EDUH = [
  "EDUCATION",
  "Educational Qualification",
  "ACADEMIC QUALIFICATIONS",
  "Education :",
  "ACADEMIC PROFILE",
  "Qualifications",
];
export interface Probe {
  id: string;
  /** the layouts of its work history, education and header, its date form, and whether a sidebar sits beside the
   * main column */
  el: string;
  dl: string;
  hv: number;
  f: number;
  twoCol: boolean;
  /** how the page sets its sections: plain headings, headings in shaded bars, or a left column of headings */
  frame: string;
  /** how table cells sit in their row */
  valign: string;
  name: string;
  jobs: { title: string; employer: string; start: string; end: string | null; current: boolean }[];
  edu: Ed[];
}

/** Writes one probe CV per pair of history and education layouts into `out` as HTML, and returns their truth. */
export function writeProbes(seedValue: number, out: string): Probe[] {
  seed = seedValue;
  frameSeed = seedValue * 31 + 1;
  mkdirSync(out, { recursive: true });
  const truth: Probe[] = [];
  let n = 0;
  for (const el of Object.keys(EXP))
    for (const dl of Object.keys(EDUL)) {
      const twoCol = rnd() < 0.25;
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const jobs: Job[] = [];
      let y = 2024 - Math.floor(rnd() * 3);
      const k = 2 + Math.floor(rnd() * 2);
      const used = new Set<string>();
      for (let i = 0; i < k; i++) {
        let org = pick(ORGS);
        while (used.has(org)) org = pick(ORGS);
        used.add(org);
        const len = 1 + Math.floor(rnd() * 4);
        jobs.push({
          title: pick(TITLES),
          org,
          city: pick(CITIES),
          ey: i === 0 ? null : y,
          em: Math.floor(rnd() * 12),
          sy: y - len,
          sm: Math.floor(rnd() * 12),
        });
        y = y - len;
      }
      const eds: Ed[] = [];
      const pool = [...EDU].sort(() => rnd() - 0.5).slice(0, 3);
      let ey = y;
      for (const [degree, level, inst] of pool) {
        eds.push({ degree, level, inst, year: ey });
        ey -= 2 + Math.floor(rnd() * 2);
      }
      const f = Math.floor(rnd() * 5);
      const frameRoll = frameRnd();
      const frame = frameRoll < 0.4 ? "plain" : frameRoll < 0.7 || twoCol ? "heading bars" : "heading column";
      const valign = frameRnd() < 0.4 ? "middle" : "top";
      for (const job of jobs) {
        if (frameRnd() < 0.2) job.title = LONG_TITLES[Math.floor(frameRnd() * LONG_TITLES.length)]!;
        if (frameRnd() < 0.15) {
          const org = LONG_ORGS[Math.floor(frameRnd() * LONG_ORGS.length)]!;
          if (!jobs.some((other) => other.org === org)) job.org = org;
        }
      }
      if (PROMOTIONS.has(el) && jobs[1]) {
        jobs[1].org = jobs[0]!.org;
        jobs[1].city = jobs[0]!.city;
      }
      const phone = `+91 98${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`;
      const mail = `${name.toLowerCase().replace(" ", ".")}@gmail.com`;
      const city = pick(CITIES);
      const initial = `${name.split(" ")[1]![0]}. ${name.split(" ")[0]}`;
      const HEADERS = [
        `<p align="center" style="font-size:16pt"><b>${name.toUpperCase()}</b></p><p align="center">${city}, India | ${phone} | ${mail}</p>`,
        `<p align="center"><b><u>CURRICULUM VITAE</u></b></p><p><b>${name}</b><br>Mobile: ${phone}<br>E-mail: ${mail}<br>Address: 12, MG Road, ${city}</p>`,
        `<p align="center"><b>RESUME</b></p><p>Name : ${name}<br>Mobile No : ${phone}<br>Email : ${mail}</p>`,
        `<table width="100%"><tr><td valign="top"><b style="font-size:15pt">${name}</b><br>${pick(TITLES)}</td><td align="right">${phone}<br>${mail}<br>${city}</td></tr></table>`,
        `<p><b>${name}, ${pick(["B.E.", "MBA", "B.Tech", "M.Sc."])}</b><br>${mail} | ${phone}</p>`,
        `<p>${name} | ${phone} | ${mail} | ${city}</p>`,
        `<p align="center"><b>CURRICULUM VITAE</b></p><p align="right">${mail}<br>${phone}</p><p><b>${initial.toUpperCase()} ${name.split(" ")[1]!.toUpperCase()}</b></p>`,
        `<p style="font-size:18pt">${name.split(" ")[0]} <b>${name.split(" ")[1]}</b></p><p>${pick(TITLES)} · ${city}</p><p>${phone} · ${mail}</p>`,
      ];
      const hv = Math.floor(rnd() * HEADERS.length);
      const header = HEADERS[hv]!;
      const cells = (html: string) => html.replaceAll('valign="top"', `valign="${valign}"`);
      // A table set inside the heading column's cell is squeezed by LibreOffice's HTML import as no word processor
      // would set it: such sections keep a plain heading.
      const section = (heading: string, content: string) =>
        frame === "heading bars"
          ? `<table width="100%" cellpadding="3"><tr><td bgcolor="#d9d9d9"><b>${heading}</b></td></tr></table>${content}`
          : frame === "heading column" && !content.includes("<table")
            ? `<table width="100%" cellpadding="4"><tr><td width="24%" valign="top"><b>${heading}</b></td><td valign="top">${content}</td></tr></table>`
            : `<p><b>${heading}</b></p>${content}`;
      const objective = section(
        pick(["CAREER OBJECTIVE", "Objective", "PROFILE SUMMARY"]),
        `<p>To work in a challenging environment where I can use my skills in ${pick(["AutoCAD and project planning", "Tally and accounts", "PLC programming", "Java and SQL"])} for the growth of the organization.</p>`,
      );
      const skillsHeading = pick(["SKILLS", "Technical Skills", "Key Skills"]);
      const skillList = "<ul><li>MS Office, AutoCAD</li><li>Team leadership</li></ul>";
      const skills = twoCol
        ? `<p><b>${skillsHeading}</b></p>${skillList}<p><b>LANGUAGES</b></p><p>English, Hindi</p>`
        : section(skillsHeading, skillList) + section("LANGUAGES", "<p>English, Hindi</p>");
      const exp = section(pick(EXPH), cells(EXP[el]!(jobs, f)));
      const edu = section(pick(EDUH), cells(EDUL[dl]!(eds)));
      const decl = `<p><b>DECLARATION</b></p><p>I hereby declare that the above information is true to the best of my knowledge.</p><p>Place: ${pick(CITIES)}</p>`;
      const order = rnd() < 0.5 ? exp + edu : edu + exp;
      const body = twoCol
        ? `${header}<table width="100%"><tr><td width="30%" valign="top" bgcolor="#eeeeee">${skills}<p><b>PERSONAL DETAILS</b></p><p>Date of Birth: 12/04/1990<br>Nationality: Indian</p></td><td valign="top">${objective}${order}</td></tr></table>${decl}`
        : `${header}${objective}${order}${skills}${decl}`;
      const id = `p${String(n++).padStart(3, "0")}`;
      writeFileSync(`${out}/${id}.html`, `<html><body style="font-family: Arial">${body}</body></html>`);
      const mm = (yy: number, m: number) => `${yy}-${String(m + 1).padStart(2, "0")}`;
      truth.push({
        id,
        el,
        dl,
        twoCol,
        frame,
        valign,
        f,
        hv,
        name: hv === 6 ? `${initial} ${name.split(" ")[1]}` : name,
        jobs: jobs.map((j) => ({
          title: j.title,
          employer: j.org,
          start: mm(j.sy, j.sm),
          end: j.ey === null ? null : mm(j.ey, j.em),
          current: j.ey === null,
        })),
        edu: eds,
      });
    }
  return truth;
}
