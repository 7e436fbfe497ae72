// Builds the documents the tests and the bench need (PDFs, DOCX, broken and hostile files) from code, so every fixture is reproducible.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { unzipSync, zipSync } from "fflate";
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFHexString,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from "pdf-lib";

export interface PlacedLine {
  text: string;
  x: number;
  size?: number;
}

/** A CV's worth of text lines, used by every single-column sample. */
export const SAMPLE_CV_LINES: string[] = [
  "Jane Doe",
  "Senior Software Engineer",
  "Berlin, Germany | jane.doe@example.com | +49 151 12345678 | linkedin.com/in/janedoe",
  "",
  "Summary",
  "Backend engineer with 8 years of experience building distributed systems in Go and Python.",
  "",
  "Experience",
  "Senior Software Engineer, Acme GmbH, Berlin\tJan 2020 – Present",
  "• Led migration of 40 services to Kubernetes, cutting deploy time by 60%",
  "• Built an event pipeline with Kafka processing 2M events per day",
  "Software Engineer at Globex Inc.\t03/2016 - 11/2019",
  "• Developed REST APIs in Python and Django",
  "",
  "Education",
  "MSc Computer Science, Technische Universität München\t2014 – 2016",
  "",
  "Skills",
  "Go, Python, Kubernetes, Docker, PostgreSQL, Terraform",
  "",
  "Languages",
  "German – native; English (C1)",
];

/** One page per array of lines; a tab in a line puts the rest right-aligned at the margin, like a dated CV row. */
export async function singleColumnPdf(pages: string[][] = [SAMPLE_CV_LINES]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 790;
    lines.forEach((line, index) => {
      if (line === "") {
        y -= 8;
        return;
      }
      const size = index === 0 ? 20 : 10;
      const [left, right] = line.split("\t");
      page.drawText(left, { x: 50, y, size, font: index === 0 ? bold : font });
      if (right) page.drawText(right, { x: 545 - font.widthOfTextAtSize(right, size), y, size, font });
      y -= size * 1.5;
    });
  }
  return pdf.save();
}

export const TWO_COLUMN_LEFT = [
  "Contact",
  "maria.rossi@example.it",
  "+39 347 123 4567",
  "Milano, Italia",
  "",
  "Skills",
  "Python",
  "SQL",
  "Tableau",
  "Machine Learning",
  "",
  "Languages",
  "Italian (native)",
  "English (C1)",
  "German (B1)",
];

export const TWO_COLUMN_RIGHT = [
  "Experience",
  "Data Scientist, Banca Lombarda S.p.A.",
  "Mar 2019 – Present",
  "• Built churn models that cut customer losses by 12%",
  "• Automated monthly reporting for 30 branches",
  "Data Analyst, Retail Italia Srl",
  "Sep 2016 – Feb 2019",
  "• Designed dashboards used by 200 store managers",
  "",
  "Education",
  "MSc Statistics, Università di Bologna",
  "2014 – 2016",
];

/** A sidebar CV: full-width name on top, a narrow left column and a wide right column with different line spacing. */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText("Maria Rossi", { x: 40, y: 790, size: 22, font });
  page.drawText("Data Scientist", { x: 40, y: 765, size: 12, font });
  const column = (lines: string[], x: number, size: number, step: number) => {
    let y = 720;
    for (const line of lines) {
      if (line !== "") page.drawText(line, { x, y, size, font });
      y -= line === "" ? step / 2 : step;
    }
  };
  column(TWO_COLUMN_LEFT, 40, 9, 13);
  column(TWO_COLUMN_RIGHT, 230, 10, 15);
  return pdf.save();
}

/** A PDF with a Standard security handler whose user password is not empty: readers must ask for it. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText("Secret CV", { x: 50, y: 790, size: 12, font });
  const context = pdf.context;
  const filler = PDFHexString.of("9a".repeat(32));
  const encrypt = context.obj({ Filter: "Standard", V: 1, R: 2, O: filler, U: filler, P: -3904 });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of("01".repeat(16)), PDFHexString.of("01".repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}

function drawGrayImage(pdf: PDFDocument, page: PDFPage): void {
  const width = 64;
  const height = 64;
  const pixels = new Uint8Array(width * height).map((_, index) => (index * 7) % 256);
  const image = pdf.context.stream(pixels, {
    Type: "XObject",
    Subtype: "Image",
    Width: width,
    Height: height,
    ColorSpace: "DeviceGray",
    BitsPerComponent: 8,
  });
  const name = page.node.newXObject("Scan", pdf.context.register(image));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(500, 0, 0, 700, 50, 70),
    drawObject(name),
    popGraphicsState(),
  );
}

/** What a scanner produces: each page one image, no text layer. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) drawGrayImage(pdf, pdf.addPage([595, 842]));
  return pdf.save();
}

export function truncated(bytes: Uint8Array, keep = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}

/** A DOCX built with the docx package: paragraphs, a bullet list and a two-cell table row per role. */
export async function sampleDocx(): Promise<Uint8Array> {
  const row = (left: string, right: string) =>
    new TableRow({
      children: [
        new TableCell({ children: [new Paragraph(left)] }),
        new TableCell({ children: [new Paragraph(right)] }),
      ],
    });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: "Lukas Schneider", bold: true, size: 40 })] }),
          new Paragraph("Backend-Entwickler"),
          new Paragraph("München, Deutschland | lukas.schneider@example.de | 0151 23456789"),
          new Paragraph("Berufserfahrung"),
          new Table({
            rows: [
              row("04/2019 – heute", "Senior Backend-Entwickler, Isar Software GmbH"),
              row("10/2015 – 03/2019", "Softwareentwickler, Alpen Data AG"),
            ],
          }),
          new Paragraph({
            text: "Microservices in Java und Spring Boot für 2 Mio. Nutzer entwickelt",
            bullet: { level: 0 },
          }),
          new Paragraph("Ausbildung"),
          new Paragraph("M.Sc. Informatik, Technische Universität München, 2013 – 2015"),
          new Paragraph("Kenntnisse"),
          new Paragraph("Java, Spring Boot, PostgreSQL, Docker, Kubernetes"),
          new Paragraph("Sprachen"),
          new Paragraph("Deutsch – Muttersprache, Englisch – fließend (C1)"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Rewrites a ZIP's declared uncompressed sizes (central directory and local headers) to `size`. */
export function withDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  const matchesAt = (at: number) => name.every((byte, index) => out[at + index] === byte);
  for (let at = 0; at < out.length - 46; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === name.length && matchesAt(at + 46)) {
      view.setUint32(at + 24, size, true);
    } else if (
      signature === 0x04034b50 &&
      view.getUint16(at + 26, true) === name.length &&
      matchesAt(at + 30)
    ) {
      view.setUint32(at + 22, size, true);
    }
  }
  return out;
}

/** A DOCX whose document.xml is padded with megabytes of spaces: tiny on disk, huge when inflated. */
export function zipBombDocx(base: Uint8Array, paddingBytes = 16 * 1024 * 1024): Uint8Array {
  const files = unzipSync(base);
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const padded = new Uint8Array(paddingBytes + xml.length).fill(0x20);
  padded.set(new TextEncoder().encode(xml), 0);
  return zipSync({ ...files, "word/document.xml": [padded, { level: 9 }] });
}

/** A ZIP that is not a Word document (a spreadsheet-like archive). */
export function plainZip(): Uint8Array {
  return zipSync({ "xl/workbook.xml": new TextEncoder().encode("<workbook/>") });
}
