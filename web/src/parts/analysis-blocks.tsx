// The analysis of one CV, block by block (contact, experience, education, skills, languages and
// certifications, quality). Each field reports hover and focus through \`point\`, so the screen can mark the
// words it was read from; a field the engine is unsure of says so.
import type { ComponentChildren } from "preact";
import type { Schemas } from "../api/client.ts";

type Analysis = Schemas["Analysis"];
/** below this confidence a field is marked as unsure */
export const UNSURE = 0.6;

export type Point = (value: string | null | undefined, section?: string) => Record<string, unknown>;
export interface Part {
  a: Analysis;
  point: Point;
}

function Unsure({ confidence }: { confidence: number }) {
  if (confidence >= UNSURE) return null;
  return (
    <span class="unsure" title={`confidence ${Math.round(confidence * 100)}%`}>
      low confidence
    </span>
  );
}

function Block({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="block" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Contact({ a, point }: Part) {
  const c = a.contact;
  const row = (label: string, value: string | undefined, confidence: number | undefined) =>
    value && (
      <div class="row" {...point(value)} data-field={label}>
        <dt>{label}</dt>
        <dd>
          {value} {confidence !== undefined && <Unsure confidence={confidence} />}
        </dd>
      </div>
    );
  return (
    <Block title="Contact">
      <dl class="fields">
        {row("Name", c.name?.value, c.name?.confidence)}
        {row("Headline", a.headline?.value, a.headline?.confidence)}
        {row("Location", c.location?.value, c.location?.confidence)}
        {row("Summary", a.summary?.value, a.summary?.confidence)}
        {c.emails.map((e) => row("Email", e.value, e.confidence))}
        {c.phones.map((p) => row("Phone", p.value, p.confidence))}
        {c.links.map((l) => row(l.value.kind, l.value.url, l.confidence))}
      </dl>
      {!c.name && !c.emails.length && !c.phones.length && <p class="muted">No contact details found.</p>}
    </Block>
  );
}

const period = (start: string | null, end: string | null, current: boolean) =>
  `${start ?? "?"} – ${current ? "now" : (end ?? "?")}`;

export function Experience({ a, point }: Part) {
  return (
    <Block
      title={`Experience · ${a.totals.years} years${a.totals.seniority ? ` · ${a.totals.seniority}` : ""}`}
    >
      {a.experience.length === 0 ? (
        <p class="muted">No work history could be read.</p>
      ) : (
        <ol class="timeline">
          {a.experience.map((e, i) => (
            <li key={i} {...point(e.title ?? e.company, "experience")}>
              <strong>{e.title ?? "Untitled role"}</strong>
              {e.company && ` · ${e.company}`} <Unsure confidence={e.confidence} />
              <div class="meta">
                {period(e.start, e.end, e.current)}
                {e.months !== null && ` · ${e.months} months`}
              </div>
            </li>
          ))}
        </ol>
      )}
      {a.totals.gaps.length > 0 && (
        <p class="meta">
          Gaps: {a.totals.gaps.map((g) => `${g.from} – ${g.to} (${g.months} months)`).join("; ")}
        </p>
      )}
    </Block>
  );
}

export function Education({ a, point }: Part) {
  return (
    <Block title="Education">
      {a.education.length === 0 ? (
        <p class="muted">No education could be read.</p>
      ) : (
        <ul class="plain">
          {a.education.map((e, i) => (
            <li key={i} {...point(e.institution ?? e.degree, "education")}>
              <strong>{e.degree ?? e.level ?? "Degree"}</strong>
              {e.field && ` in ${e.field}`}
              {e.institution && ` · ${e.institution}`} <Unsure confidence={e.confidence} />
              <div class="meta">{period(e.start, e.end, false)}</div>
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function Skills({ a, point }: Part) {
  const byCategory = new Map<string, Analysis["skills"]>();
  for (const skill of a.skills)
    byCategory.set(skill.category, [...(byCategory.get(skill.category) ?? []), skill]);
  return (
    <Block title="Skills">
      {a.skills.length === 0 && <p class="muted">No skills from the taxonomy found.</p>}
      {a.skills.some((s) => s.confidence < UNSURE) && (
        <p class="hint">
          <span class="chip legend-unsure">dashed</span> low confidence: mentioned in passing only
        </p>
      )}
      {[...byCategory].map(([category, skills]) => (
        <div key={category} class="skill-group">
          <h3>{category.replace(/_/g, " ")}</h3>
          <ul class="chips">
            {skills.map((s) => (
              <li
                class={s.confidence < UNSURE ? "chip unsure-chip" : "chip"}
                key={s.name}
                {...point(s.aliasesSeen[0] ?? s.name)}
              >
                {s.name}
                {s.monthsUsed !== null && <span class="months"> · {s.monthsUsed} mo</span>}
                {s.confidence < UNSURE && <span class="visually-hidden"> (low confidence)</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Block>
  );
}

export function Extras({ a, point }: Part) {
  return (
    <>
      <Block title="Languages">
        {a.languages.length === 0 ? (
          <p class="muted">None stated.</p>
        ) : (
          <ul class="plain">
            {a.languages.map((l) => (
              <li key={l.language} {...point(l.language, "languages")}>
                {l.language}
                {l.level && ` · ${l.level}`} <Unsure confidence={l.confidence} />
              </li>
            ))}
          </ul>
        )}
      </Block>
      <Block title="Certifications">
        {a.certifications.length === 0 ? (
          <p class="muted">None found.</p>
        ) : (
          <ul class="plain">
            {a.certifications.map((c) => (
              <li key={c.name} {...point(c.name, "certifications")}>
                {c.name}
                {c.issuer && ` · ${c.issuer}`}
                {c.date && ` · ${c.date}`} <Unsure confidence={c.confidence} />
              </li>
            ))}
          </ul>
        )}
      </Block>
    </>
  );
}

export function Quality({ a }: { a: Analysis }) {
  const q = a.quality;
  return (
    <Block title={`Quality · ${Math.round(q.score)} of 100`}>
      <meter min={0} max={100} value={q.score} aria-label="Quality score" />
      <ul class="checks">
        {q.checks.map((check) => (
          <li key={check.id} class={check.passed ? "pass" : "fail"}>
            <span aria-hidden="true">{check.passed ? "✓" : "!"}</span> {check.detail}
            {check.suggestion && <div class="suggestion">Suggestion: {check.suggestion}</div>}
          </li>
        ))}
      </ul>
    </Block>
  );
}
