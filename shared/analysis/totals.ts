// Experience totals: months with overlapping roles merged, gaps over six months, and a seniority estimate.
import { fromMonthIndex, monthIndex } from "./dates.ts";
import type { ExperienceEntry, ExperienceTotals, Month, Seniority } from "./types.ts";

export interface Period {
  start: Month;
  end: Month;
}

/** Sorted, non-overlapping periods; touching months ("to 2019-05", "from 2019-06") join into one. */
export function mergePeriods(periods: Period[]): Period[] {
  const sorted = periods
    .map((period) => [monthIndex(period.start), monthIndex(period.end)] as const)
    .filter(([start, end]) => end >= start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: fromMonthIndex(start), end: fromMonthIndex(end) }));
}

export function coveredMonths(periods: Period[]): number {
  return mergePeriods(periods).reduce(
    (sum, period) => sum + monthIndex(period.end) - monthIndex(period.start) + 1,
    0,
  );
}

const SENIORITY_WORDS: [Seniority, RegExp][] = [
  [
    "executive",
    /\b(ceo|cto|cfo|coo|cio|chief|vp|vice president|president|managing director|geschäftsführer|directeur général|director general|diretor geral|amministratore delegato|general manager)\b/i,
  ],
  ["principal", /\b(principal|distinguished|fellow)\b/i],
  [
    "lead",
    /\b(lead|leader|head|director|directeur|directora?|leiter|leiterin|teamleiter|manager|staff|architect|responsable|jefe|gerente|coordinator)\b/i,
  ],
  ["senior", /\b(senior|sr\.?|expert|experienced|confirmé|sênior|seniore)\b/i],
  ["junior", /\b(junior|jr\.?|graduate|entry|associate|débutant|júnior)\b/i],
  [
    "intern",
    /\b(intern|internship|trainee|praktikant|praktikantin|werkstudent|werkstudentin|working student|stagiaire|becario|becaria|estagiário|estagiária|stagista|tirocinante|stagiair|apprentice|azubi|alternant)\b/i,
  ],
];

export function seniorityFromTitle(title: string | null): Seniority | null {
  if (!title) return null;
  for (const [level, pattern] of SENIORITY_WORDS) if (pattern.test(title)) return level;
  return null;
}

function seniorityFromYears(years: number): Seniority {
  if (years < 2) return "junior";
  if (years < 5) return "mid";
  if (years < 10) return "senior";
  return "lead";
}

export function experienceTotals(entries: ExperienceEntry[], asOf: Month): ExperienceTotals {
  const periods: Period[] = entries
    .filter((entry) => entry.start)
    // a start month alone (no end, not current, so no length) counts as that month only
    .map((entry) => ({
      start: entry.start as Month,
      end: entry.end ?? (entry.current || entry.months !== null ? asOf : (entry.start as Month)),
    }));
  const merged = mergePeriods(periods);
  const months = coveredMonths(periods);
  const gaps: ExperienceTotals["gaps"] = [];
  for (let i = 1; i < merged.length; i++) {
    const gapStart = monthIndex(merged[i - 1].end) + 1;
    const gapEnd = monthIndex(merged[i].start) - 1;
    const gapMonths = gapEnd - gapStart + 1;
    if (gapMonths > 6)
      gaps.push({ from: fromMonthIndex(gapStart), to: fromMonthIndex(gapEnd), months: gapMonths });
  }
  const years = Math.round((months / 12) * 10) / 10;
  // The most recent role's title speaks first; years of experience decide when the title says nothing.
  const latest = [...entries]
    .filter((entry) => entry.start)
    .sort(
      (a, b) => (b.end ?? asOf).localeCompare(a.end ?? asOf) || (b.start ?? "").localeCompare(a.start ?? ""),
    )[0];
  const fromTitle = seniorityFromTitle(latest?.title ?? null);
  const seniority = fromTitle ?? (periods.length > 0 ? seniorityFromYears(years) : null);
  return { months, years, gaps, seniority };
}
