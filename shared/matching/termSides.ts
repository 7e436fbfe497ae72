// The sides of a coordinated job term ("call center or BPO", "ReactJs/Angular", "SAFe and Scrum"): an ad
// that names two things at once usually accepts either, so a CV that holds one side holds the term.

// "and/or" before "and" and "or"; "&" spaced; a slash with or without spaces
const JOINER = /\s+(?:and\s*\/\s*or|and|or|&)\s+|\s*\/\s*/giu;
// a side shorter than this is no name of its own ("CI/CD", "TCP/IP", "BS/BA" stay whole)
const MIN_SIDE = 3;
const LETTER = /\p{L}/u;

/** the term itself, then each side of the coordination it is (none when it is not one) */
export function termSides(term: string): string[] {
  const sides = term
    .split(JOINER)
    .map((side) => side.trim())
    .filter((side) => side.length > 0);
  if (sides.length < 2 || sides.some((side) => side.length < MIN_SIDE || !LETTER.test(side))) return [term];
  return [term, ...sides];
}

/** whether a CV holds the term: the whole phrase or any side of it, by `holds` (a phrase test on its words) */
export function holdsTerm(term: string, holds: (phrase: string) => boolean): boolean {
  return termSides(term).some(holds);
}

/** per document, 1 when it holds the term or a side of it; `holdingAll` gives a fresh array per phrase */
export function termHolders(term: string, holdingAll: (phrase: string) => Uint8Array): Uint8Array {
  const [whole, ...sides] = termSides(term);
  const held = holdingAll(whole);
  for (const side of sides) {
    const more = holdingAll(side);
    for (let i = 0; i < held.length; i++) held[i] |= more[i];
  }
  return held;
}
