// The words of an education table's column labels, which are no school or degree however a table's text
// is cut: the analysis drops them from rows, and the PDF reader keeps a label row's wrapped lines off the data.

const COLUMN_WORDS = new Set(
  "year years of the and passing passed completion board boards university uni univ percentage percentag marks remark remarks institute institution school college name degree qualification course class grade division cgpa gpa result subject subjects stream specialization examination exam obtained score aggregate duration period session medium e".split(
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
