// Merges curated skills and source skills into one taxonomy: every spelling (by its lookup key) belongs
// to exactly one skill, curated entries win, and a source entry that names an existing skill joins it.
import { compactKey, lookupKey } from "../../shared/taxonomy/tokens.ts";
import type { TaxonomySkill } from "../../shared/taxonomy/types.ts";
import { isPlainWord, type SourceSkill } from "./source-skill.ts";

const MAX_ALIASES = 12;

export class TaxonomyBuilder {
  private readonly skills = new Map<string, TaxonomySkill>();
  private readonly owner = new Map<string, TaxonomySkill>();
  /** curated entries that clash with each other; the build refuses to write while there are any */
  readonly problems: string[] = [];
  /**
   * `distinctiveWords`: plain words reviewed as names only ("Evernote" is never an everyday word);
   * `contextWords`: plain-word aliases kept as everyday-word spellings ("Hive" for Apache Hive)
   */
  constructor(
    private readonly distinctiveWords: ReadonlySet<string>,
    private readonly contextWords: ReadonlySet<string>,
  ) {}

  private keysOf(form: string): string[] {
    return [...new Set([lookupKey(form), compactKey(form)])].filter(Boolean);
  }

  private claim(skill: TaxonomySkill, form: string): boolean {
    const keys = this.keysOf(form);
    if (keys.length === 0 || keys.some((k) => this.owner.has(k) && this.owner.get(k) !== skill)) return false;
    for (const key of keys) this.owner.set(key, skill);
    return true;
  }

  /** the skill that already owns this spelling, if any */
  find(form: string): TaxonomySkill | undefined {
    for (const key of this.keysOf(form)) {
      const skill = this.owner.get(key);
      if (skill) return skill;
    }
    return undefined;
  }

  addCurated(skill: TaxonomySkill): void {
    if (this.skills.has(skill.name)) {
      this.problems.push(`duplicate curated skill ${skill.name}`);
      return;
    }
    this.skills.set(skill.name, skill);
    for (const form of [skill.name, ...skill.aliases]) {
      // twin everyday words told apart by casing ("Swift", "SWIFT") may share a key
      if (!this.claim(skill, form) && !skill.ambiguous?.includes(form))
        this.problems.push(`curated "${form}" of ${skill.name} already belongs to ${this.find(form)?.name}`);
    }
  }

  /** add a source's skill, or fold it into the skill it names; returns the skill it ended up in */
  addSource(entry: SourceSkill): TaxonomySkill | undefined {
    const existing = this.find(entry.name) ?? (entry.sameAs ?? []).map((f) => this.find(f)).find(Boolean);
    if (existing) {
      if (!existing.sources.includes(entry.source)) existing.sources.push(entry.source);
      if (!existing.sources.includes("curated")) this.addAliases(existing, [entry.name, ...entry.aliases]);
      // a vendor-qualified catalogue name ("Oracle Java", "Microsoft PowerShell") is a safe extra spelling
      else if (entry.source === "onet" && entry.name.includes(" ")) this.addAliases(existing, [entry.name]);
      return existing;
    }
    // a name that loses its symbols to tokenizing ("F*", "Act!") must not become a letter or a plain word
    if (lookupKey(entry.name).length < 2) return undefined;
    const skill: TaxonomySkill = {
      name: entry.name,
      category: entry.category,
      aliases: [],
      implies: [...entry.implies],
      sources: [entry.source],
    };
    if (!this.claim(skill, entry.name)) return undefined;
    this.skills.set(skill.name, skill);
    this.addAliases(skill, entry.aliases);
    if (!entry.topic && this.needsContext(skill.name)) this.markAmbiguous(skill, skill.name);
    return skill;
  }

  /** a capitalized plain word from the open data ("Canvas", "Notes") may be an everyday word */
  private needsContext(form: string): boolean {
    return isPlainWord(form) && /^\p{Lu}/u.test(form) && !this.distinctiveWords.has(form);
  }

  /** aliases from a source; plain-word ones only when reviewed, as names or as context-bound words */
  private addAliases(skill: TaxonomySkill, forms: string[]): void {
    for (const form of forms) {
      if (skill.aliases.length >= MAX_ALIASES) return;
      if (form === skill.name || skill.aliases.includes(form)) continue;
      const everyday = this.needsContext(form);
      if (everyday && !this.contextWords.has(form)) continue;
      if (!this.claim(skill, form)) continue;
      skill.aliases.push(form);
      if (everyday) this.markAmbiguous(skill, form);
    }
  }

  markAmbiguous(skill: TaxonomySkill, form: string): void {
    skill.ambiguous ??= [];
    if (!skill.ambiguous.includes(form)) skill.ambiguous.push(form);
  }

  /** the finished taxonomy: sorted by name, implies only to known skills, no self-implies */
  result(): TaxonomySkill[] {
    const all = [...this.skills.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const skill of all) {
      skill.implies = [
        ...new Set(skill.implies.map((n) => this.skills.get(n)?.name ?? this.find(n)?.name).filter(Boolean)),
      ].filter((n): n is string => n !== undefined && n !== skill.name);
      skill.sources.sort((a, b) => SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b));
      if (skill.ambiguous) skill.ambiguous.sort();
    }
    return all;
  }
}

const SOURCE_ORDER = ["esco", "onet", "linguist", "curated"];
