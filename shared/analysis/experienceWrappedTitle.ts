// A job sentence's title that goes on over the line under it, or that brackets after its organisation hold.
import { companyScore, titleScore } from "./roles.ts";
import { endsLikeTitle } from "./titles.ts";

/**
 * "... Surat as Assistant" / "Manager Operations and Customer Service" / "": a title cut where its line wrapped goes
 * on over the next line, a short capitalised paragraph of its own that names no organisation.
 */
export function withWrappedTitle<T extends { title: string | null }>(
  job: T,
  line: string,
  below: string[],
): T {
  const [next = "", after = ""] = below.map((text) => text.trim());
  if (
    job.title &&
    line.trimEnd().endsWith(job.title) &&
    after === "" &&
    /^\p{Lu}[\p{L}&/(),.' -]*$/u.test(next) &&
    next.split(/\s+/).length <= 6 &&
    !/[.:;]$/.test(next) &&
    companyScore(next) === 0
  )
    return { ...job, title: `${job.title} ${next}` };
  return job;
}

/**
 * "1 year worked in Kestrel Pvt Ltd.(Computer Operator)", "Worked in Harbor Systems (Site Engineer) from 2011": a
 * statement with no title that holds one in brackets right after its organisation.
 */
export function withBracketedTitle<T extends { title: string | null; organisation: string | null }>(
  sentence: string,
  job: T,
): T {
  if (job.title !== null || job.organisation === null) return job;
  const at = sentence.indexOf(job.organisation);
  if (at < 0) return job;
  const held = /^\s*\.?\s*\(([^()]{3,60})\)/u.exec(sentence.slice(at + job.organisation.length))?.[1].trim();
  return held && titleScore(held) > 0 && companyScore(held) === 0 && endsLikeTitle(held)
    ? { ...job, title: held }
    : job;
}
