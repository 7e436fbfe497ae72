// Reads the SkillSpan job postings in ../shared/corpus/jobs-skillspan as plain job ads (one sentence per line)
// with their knowledge spans as character offsets, so a parser can be run on the text and scored by span.
import { existsSync, readFileSync } from "node:fs";
import type { TextSpan } from "./spanScore.ts";

export const SKILLSPAN = new URL("../../../shared/corpus/jobs-skillspan/", import.meta.url);

export type SkillSpanSplit = "train" | "dev";

export interface Posting {
  /** "tech:12" */
  id: string;
  /** the sentences, tokens joined by spaces, one sentence per line */
  text: string;
  /** knowledge spans: what the person must know (the hard skills) */
  knowledge: TextSpan[];
  /** skill spans: what the person does ("manage stakeholders"); used only as a feature of the data */
  skill: TextSpan[];
}

interface SentenceRow {
  idx: number;
  source: string;
  tokens: string[];
  tags_skill: string[];
  tags_knowledge: string[];
}

export function skillSpanPresent(): boolean {
  return existsSync(new URL("train.json", SKILLSPAN)) && existsSync(new URL("dev.json", SKILLSPAN));
}

function spansOf(tags: string[], tokenStarts: number[], tokenEnds: number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === "O") continue;
    // an I that follows O opens a span, as B would
    if (tags[i] === "I" && i > 0 && tags[i - 1] !== "O") continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === "I") j++;
    spans.push({ start: tokenStarts[i], end: tokenEnds[j - 1] });
  }
  return spans;
}

/** the postings of one split, in file order */
export function loadPostings(split: SkillSpanSplit): Posting[] {
  const rows = readFileSync(new URL(`${split}.json`, SKILLSPAN), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as SentenceRow);
  const byId = new Map<string, SentenceRow[]>();
  for (const row of rows) {
    const id = `${row.source}:${row.idx}`;
    const list = byId.get(id);
    if (list) list.push(row);
    else byId.set(id, [row]);
  }
  const postings: Posting[] = [];
  for (const [id, sentences] of byId) {
    let text = "";
    const knowledge: TextSpan[] = [];
    const skill: TextSpan[] = [];
    for (const sentence of sentences) {
      if (text.length > 0) text += "\n";
      const starts: number[] = [];
      const ends: number[] = [];
      sentence.tokens.forEach((token, i) => {
        if (i > 0) text += " ";
        starts.push(text.length);
        text += token;
        ends.push(text.length);
      });
      knowledge.push(...spansOf(sentence.tags_knowledge, starts, ends));
      skill.push(...spansOf(sentence.tags_skill, starts, ends));
    }
    postings.push({ id, text, knowledge, skill });
  }
  return postings;
}
