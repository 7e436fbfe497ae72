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
