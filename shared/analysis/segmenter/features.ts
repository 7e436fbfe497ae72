// Features of one piece of an experience header ("Senior Accountant", "Acme Pvt Ltd", "Pune") for the piece
// role model: its words, their shapes, lexicon hits (title head words, organisation words, legal forms,
// places) and where the piece sits in its line.
import { looksLikeLocation } from "../places.ts";
import { companyScore, type PieceContext, titleScore } from "../roles.ts";
import { titleHeadCount } from "../titles.ts";

function shape(word: string): string {
  if (/^\p{Lu}+$/u.test(word)) return word.length <= 3 ? "AB" : "ABC";
  if (/^\p{Lu}\p{Ll}/u.test(word)) return "Ab";
  if (/^\p{Ll}/u.test(word)) return "ab";
  if (/\d/.test(word)) return "9";
  return "#";
}

const bucket = (n: number) => (n === 0 ? "0" : n < 20 ? "few" : n < 200 ? "some" : "many");

export function pieceFeatures(piece: string, context: PieceContext): string[] {
  const words = piece.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\d&/+-]/gu, ""));
  const last = lower[lower.length - 1] ?? "";
  const features = [
    "bias",
    `len=${Math.min(words.length, 6)}`,
    `first=${lower[0] ?? ""}`,
    `last=${last}`,
    `lastHead=${bucket(titleHeadCount(last))}`,
    `anyHead=${bucket(Math.max(0, ...lower.map((w) => titleHeadCount(w))))}`,
    `shapes=${[...new Set(words.map(shape))].sort().join("")}`,
    `title=${titleScore(piece)}`,
    `company=${companyScore(piece)}`,
    `place=${looksLikeLocation(piece)}`,
    `pos=${context.index === 0 ? "first" : context.index === context.count - 1 ? "last" : "mid"}`,
    `count=${Math.min(context.count, 4)}`,
    `dated=${context.dated}`,
    `msPrefix=${/^m\/s\b/i.test(piece)}`,
    `digits=${/\d/.test(piece)}`,
    `paren=${/[()]/.test(piece)}`,
  ];
  for (const w of lower) if (w) features.push(`w=${w}`);
  return features;
}
