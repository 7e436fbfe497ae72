// One match explained: a bar per score component (a component that could not be read says "unknown"
// instead of a bar), the skill chips (matched, met through related skills, missing) and the CV's quotes.
import type { Schemas } from "../api/client.ts";

type Match = Schemas["MatchResult"];

// component scores come in 0..100, as the total does
const percent = (score: number) => Math.round(Math.max(0, Math.min(100, score)));

function Bar({ label, score, weight }: { label: string; score: number | null; weight?: number }) {
  return (
    <div class="bar-row" data-component={label}>
      <span class="bar-label">{label}</span>
      {score === null ? (
        <span class="unknown">unknown</span>
      ) : (
        <>
          <span class="bar" role="img" aria-label={`${label}: ${percent(score)} of 100`}>
            <span class="bar-fill" style={{ width: `${percent(score)}%` }} />
          </span>
          <span class="bar-value">{percent(score)}</span>
        </>
      )}
      {weight !== undefined && <span class="bar-weight">weight {Math.round(weight * 100)}%</span>}
    </div>
  );
}

export function Breakdown({ match }: { match: Match }) {
  const b = match.breakdown;
  const w = match.effectiveWeights;
  const known = (part: { score: number | null; known: boolean }) => (part.known ? part.score : null);
  return (
    <div class="breakdown">
      <Bar label="Required skills" score={b.requiredSkills.score} weight={w.requiredSkills} />
      <Bar label="Preferred skills" score={b.preferredSkills.score} weight={w.preferredSkills} />
      <Bar label="Experience" score={known(b.experience)} weight={w.experience} />
      <Bar label="Education" score={known(b.education)} weight={w.education} />
      <Bar label="Meaning" score={b.semantic} weight={w.semantic} />
      <Bar label="Title" score={known(b.title)} weight={w.title} />
      <Bar label="Occupation" score={known(b.occupation)} weight={w.occupation} />
      <Bar label="Words" score={known(b.lexical)} weight={w.lexical} />
    </div>
  );
}

export function SkillChips({ match }: { match: Match }) {
  const r = match.breakdown.requiredSkills;
  const p = match.breakdown.preferredSkills;
  const chips = [
    ...r.matched.map((s) => ["matched", s] as const),
    ...p.matched.map((s) => ["matched", s] as const),
    ...r.implied.map((s) => ["implied", s] as const),
    ...p.implied.map((s) => ["implied", s] as const),
    ...r.missing.map((s) => ["missing", s] as const),
    ...p.missing.map((s) => ["missing", s] as const),
  ];
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label="Skills against the job">
      {chips.map(([kind, skill]) => (
        <li class={`chip ${kind}`} key={`${kind}-${skill}`}>
          <span class="chip-kind">{kind === "matched" ? "✓" : kind === "implied" ? "≈" : "✗"}</span> {skill}
          <span class="visually-hidden"> ({kind})</span>
        </li>
      ))}
    </ul>
  );
}

export function Evidence({ match }: { match: Match }) {
  const quotes = match.evidence.filter((e) => e.quote);
  if (quotes.length === 0) return null;
  return (
    <details class="evidence">
      <summary>Evidence from the CV ({quotes.length})</summary>
      <ul>
        {quotes.slice(0, 12).map((e, i) => (
          <li key={i}>
            <strong>{e.skill}</strong> <span class="muted">({e.where})</span>
            <blockquote>
              {e.quote!.text.slice(0, e.quote!.start)}
              <mark>{e.quote!.text.slice(e.quote!.start, e.quote!.end)}</mark>
              {e.quote!.text.slice(e.quote!.end)}
            </blockquote>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** a ranked row's heading: its place, what it links to, and its score */
export function MatchHead({
  place,
  link,
  label,
  score,
}: {
  place: number;
  link: string;
  label: string;
  score: number;
}) {
  return (
    <div class="match-head">
      <span class="rank">#{place}</span>
      <h2>
        <a href={link}>{label}</a>
      </h2>
      <span class="score">
        <span class="visually-hidden">score </span>
        {score}
      </span>
    </div>
  );
}
