// Reads GitHub Linguist's languages.yml: programming languages with their groups (a dialect implies its
// parent language). Tooling pseudo-languages (consoles, REPLs, build files) and names that are common
// English words are left out: in a CV "Processing", "Fluent" or "Red" almost never mean a language.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { SourceSkill } from "./source-skill.ts";

interface LinguistLanguage {
  type: string;
  aliases?: string[];
  group?: string;
}

const EVERYDAY_NAMES = new Set(
  (
    "Arc Ballerina Beef Berry Boo Cadence Carbon Charity Clean Click Clue Cool Curry Dune Earthly Euphoria Factor Fancy " +
    "Fluent Forth Frege Glyph Grace Hack Ink Io Jasmin Just Lasso Lean Leo Limbo Logos Max Mercury Mint Monkey Move " +
    "Nickel Nit Noir Nu Opal Ox Oz Pan Papyrus Parrot Pawn Pike Polar Pony Processing Quake Rascal Red Ring Roc Rouge " +
    "Sage Sail Salt Scenic Self Shen Sieve Slang Slash Slice Squirrel Stan Sway Tact Talon Tape Teal Terra Toit Turing " +
    "Uno Verse Volt Wisp Wren Janet Jolie Mirah Opa Nasal Sail Smali Boogie Genie Golo Grace Imba Koka Lobster Polar " +
    "Promela Quint Rebol Sway Whiley Witcher Zephir Alloy Aiken Aleo Cirru Flix Hurl Jac Jai Odin Pact Pkl Tolk Gno " +
    "Ragel Rez Cycript Fennel Fantom Ioke Langium Lambdapi Nearley Nemerle Oberon Volt Wollok Zimpl Logtalk Dogescript " +
    "Omgrofl Brainfuck LOLCODE Befunge"
  ).split(" "),
);
const SHORT_NAMES_KEPT = new Set(["APL", "QML", "HCL", "JCL", "Q#"]);
const TOOLING =
  /\b(?:console|REPL|Session|Transcript|Document|Score|Literate|Script Engine)\b|^(?:Procfile|Makefile|Dockerfile|Linker Script|Module Management System|Filebench WML|GCC Machine Description|Inno Setup|Just)$/;

export function readLinguistLanguages(dir: string): SourceSkill[] {
  const languages = parse(readFileSync(join(dir, "languages.yml"), "utf8")) as Record<
    string,
    LinguistLanguage
  >;
  const skills: SourceSkill[] = [];
  for (const name of Object.keys(languages).sort()) {
    const language = languages[name];
    if (language.type !== "programming") continue;
    if (EVERYDAY_NAMES.has(name) || TOOLING.test(name)) continue;
    // two- and three-letter names ("DM", "AL", "XS") are mostly other abbreviations in a CV
    if (name.length <= 3 && !SHORT_NAMES_KEPT.has(name)) continue;
    if (/^\p{Ll}/u.test(name)) continue; // "sed", "jq", "fish": shell commands, not CV skills
    // Linguist aliases are code-fence tags ("js", "node"); only distinctive ones are kept
    const aliases = (language.aliases ?? []).filter(
      (a) => a.toLowerCase() !== name.toLowerCase() && a.length >= 4 && /[^a-z]/.test(a),
    );
    skills.push({
      name,
      aliases,
      category: "programming_language",
      implies: language.group && language.group !== name ? [language.group] : [],
      source: "linguist",
      sameAs: [name],
    });
  }
  return skills;
}
