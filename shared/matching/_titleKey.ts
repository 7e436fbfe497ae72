// The key a job title is stored and looked up under in the occupation gazetteer.

/** lower case, "&" as "and", punctuation and extra spaces out; the key titles are stored under */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim();
}

// Words that grade a role without changing what it is: "Senior Accountant" is an accountant.
export const GRADES = new Set([
  "senior",
  "sr",
  "junior",
  "jr",
  "lead",
  "principal",
  "staff",
  "trainee",
  "intern",
  "i",
  "ii",
  "iii",
  "iv",
  "1",
  "2",
  "3",
  "acting",
  "interim",
  "certified",
  "experienced",
]);
