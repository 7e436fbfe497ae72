// The words of an education table's column labels, which are no school or degree however a table's text
// is cut: the analysis drops them from rows, and the PDF reader keeps a label row's wrapped lines off the data.

const COLUMN_WORDS = new Set(
  "year years of the and passing passed completion board boards university uni univ percentage percentag marks remark remarks institute institution school college name degree qualification course class grade division cgpa gpa result subject subjects stream specialization examination exam obtained score aggregate duration period session medium e sem semester".split(
    " ",
  ),
);

/** text that is only an education table's column labels ("Year of Completion", "Board/Uni. Remark") */
export function isColumnLabels(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => COLUMN_WORDS.has(word));
}

// biome-ignore format: compact word list
export const COLUMN_LABEL = /^(period|dates?|from|form|to|duration|role|title|position|job|company|employer|organi[sz]ation|location|designation|name of (?:the )?(?:company|organi[sz]ation|employer)|(?:work )?experience|period of (?:employment|service)|zeitraum|von|bis|position|rolle|firma|unternehmen|arbeitgeber|ort|période|dates|poste|fonction|entreprise|employeur|lieu|periodo|fechas|cargo|puesto|empresa|lugar|período|função|empresa|local|ruolo|azienda|sede|periode|functie|rol|bedrijf|werkgever|plaats)$/i;

/** One cell of a history table's label row: a label, "S.No", or labels side by side ("From To", "Company Name") */
export function isColumnLabelCell(cell: string): boolean {
  return (
    COLUMN_LABEL.test(cell) ||
    SERIAL_LABEL.test(cell) ||
    cell
      .split(/\s*[/&]\s*|\s+/)
      .every(
        (word) =>
          COLUMN_LABEL.test(word) || /^name$/i.test(word) || (/\s/.test(cell) && DUTY_LABEL.test(word)),
      )
  );
}

// the column of a job's duties beside its role ("Role & Responsibilities", "Roles and Responsibilities", "Key Duties")
const DUTY_LABEL = /^(?:roles|responsibilit(?:y|ies)|duties|key|and|job|description)$/i;

/** A table's label row ("Period | Role | Company") names columns; it is no role. */
export function isColumnLabelRow(line: string): boolean {
  const cells = line
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);
  return cells.length >= 2 && cells.every(isColumnLabelCell);
}
/**
 * A work history's label row with no heading above it ("Name of Organisation | Designation | Period"): labels
 * only, one naming the employer and one the post or the period.
 */
export function opensWorkTable(line: string): boolean {
  const cells = line
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);
  return (
    isColumnLabelRow(line) &&
    cells.some((cell) => EMPLOYER_LABEL.test(cell)) &&
    cells.some((cell) => POST_OR_PERIOD_LABEL.test(cell))
  );
}
// biome-ignore format: compact word lists
const EMPLOYER_LABEL = /(?<!\p{L})(?:company|employer|organi[sz]ation|firma|unternehmen|arbeitgeber|entreprise|employeur|empresa|azienda|bedrijf|werkgever)(?!\p{L})/iu;
// biome-ignore format: compact word lists
const POST_OR_PERIOD_LABEL = /(?<!\p{L})(?:designation|position|role|title|job|period|duration|dates?|from|zeitraum|von|poste|fonction|période|periodo|cargo|puesto|período|função|ruolo|periode|functie)(?!\p{L})/iu;
const SERIAL_LABEL = /^(?:s|sr|sl)\.?\s?no\.?$|^no\.?$|^#$/i;

/**
 * A line of a table's label row, cell by cell: education labels, or a serial number's label, whole ("S.No") or
 * broken over two lines of a wrapped label row ("S." over "No.").
 */
export function isLabelCells(line: string): boolean {
  const cells = line
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (isColumnLabels(line)) return true;
  const serial = (cell: string) => SERIAL_LABEL.test(cell) || /^(?:s|sr|sl)\.$/i.test(cell);
  // one cell of a row of three or more labels may hold a word no label has, beside one that is ("INSTITUE/COLLEGE")
  const loose = cells.filter((cell) => !isColumnLabels(cell) && !serial(cell));
  return (
    cells.some((cell) => isColumnLabels(cell)) &&
    (loose.length === 0 || (loose.length === 1 && cells.length >= 3 && halfLabels(loose[0])))
  );
}

function halfLabels(cell: string): boolean {
  const words = cell
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.length <= 3 && words.filter((word) => COLUMN_WORDS.has(word)).length * 2 >= words.length;
}
