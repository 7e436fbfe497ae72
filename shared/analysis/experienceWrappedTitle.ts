// A job sentence's title that goes on over the line under it.
import { companyScore } from "./roles.ts";

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
