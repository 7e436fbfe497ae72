// Candidates: the stored CVs with filters (skills from the taxonomy, minimum years, location, language,
// words), sorted by the server, paged by cursor, with how many the filters pass. The filters and the sort live
// in the address: a link keeps them.
import { useState } from "preact/hooks";
import { api, type Schemas } from "../api/client.ts";
import type { paths } from "../api/openapi.generated.ts";
import { useLoad } from "../parts/load.ts";
import { SkillInput } from "../parts/skill-input.tsx";
import { Empty, ErrorNote, Loading } from "../parts/states.tsx";
import { go, href, type Route } from "../route.ts";

const PAGE = 20;
type ListQuery = NonNullable<paths["/api/cvs"]["get"]["parameters"]["query"]>;
type Sort = NonNullable<ListQuery["sort"]>;
type Order = NonNullable<ListQuery["order"]>;

/** The orders offered, as `sort order`: what the server sorts by, in words. */
const SORTS: [`${Sort} ${Order}`, string][] = [
  ["recent desc", "newest first"],
  ["recent asc", "oldest first"],
  ["name asc", "name, A to Z"],
  ["name desc", "name, Z to A"],
  ["years desc", "most years"],
  ["years asc", "fewest years"],
  ["quality desc", "best CV quality"],
  ["quality asc", "lowest CV quality"],
];

function sortOf(query: URLSearchParams): { sort: Sort; order: Order } {
  const asked = `${query.get("sort") ?? "recent"} ${query.get("order") ?? ""}`.trim();
  const known = SORTS.find(([value]) => value === asked || value.startsWith(`${asked} `));
  const [sort, order] = (known?.[0] ?? "recent desc").split(" ") as [Sort, Order];
  return { sort, order };
}

export function CandidatesScreen({ route }: { route: Route }) {
  const q = route.query;
  const filters = {
    skill: q.getAll("skill"),
    minYears: q.get("minYears") ?? "",
    location: q.get("location") ?? "",
    language: q.get("language") ?? "",
    q: q.get("q") ?? "",
  };
  const cursor = q.get("cursor") ?? undefined;
  const { sort, order } = sortOf(q);
  const [draft, setDraft] = useState(filters);
  const key = q.toString();
  const [page, reload] = useLoad(
    () =>
      api.GET("/api/cvs", {
        params: {
          query: {
            limit: PAGE,
            cursor,
            skill: filters.skill.length ? filters.skill : undefined,
            minYears: filters.minYears ? Number(filters.minYears) : undefined,
            location: filters.location || undefined,
            language: filters.language || undefined,
            q: filters.q || undefined,
            sort,
            order,
          },
        },
      }),
    [key],
  );

  const apply = (event: Event) => {
    event.preventDefault();
    go("/candidates", { ...draft, sort, order });
  };
  const cursors = q.getAll("back");

  return (
    <section aria-labelledby="candidates-title">
      <h1 id="candidates-title">Candidates</h1>
      <form class="filters" onSubmit={apply} aria-label="Filter candidates">
        <SkillInput
          label="Skills (all of)"
          skills={draft.skill}
          onChange={(skill) => setDraft({ ...draft, skill })}
        />
        <div class="field">
          <label for="f-years">Minimum years</label>
          <input
            id="f-years"
            type="number"
            min={0}
            max={80}
            step={0.5}
            value={draft.minYears}
            onInput={(e) => setDraft({ ...draft, minYears: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="f-location">Location</label>
          <input
            id="f-location"
            value={draft.location}
            onInput={(e) => setDraft({ ...draft, location: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="f-language">CV language</label>
          <select
            id="f-language"
            value={draft.language}
            onChange={(e) => setDraft({ ...draft, language: e.currentTarget.value })}
          >
            <option value="">any</option>
            {["en", "de", "fr", "es", "it", "nl", "pt"].map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="f-q">Words</label>
          <input
            id="f-q"
            type="search"
            value={draft.q}
            onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
          />
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            Apply filters
          </button>
          <a class="button" href={href("/candidates")}>
            Clear
          </a>
        </div>
      </form>
      <div class="toolbar">
        <label for="c-sort">Sort by</label>
        <select
          id="c-sort"
          value={`${sort} ${order}`}
          onChange={(e) => {
            const [nextSort, nextOrder] = e.currentTarget.value.split(" ");
            go("/candidates", { ...filters, sort: nextSort, order: nextOrder });
          }}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {page.state === "loading" && <Loading what="candidates" />}
      {page.state === "error" && <ErrorNote message={page.message} retry={reload} />}
      {page.state === "done" && (
        <CandidateList
          page={page.data}
          pageNumber={cursors.length + 1}
          older={() =>
            go("/candidates", {
              ...filters,
              sort,
              order,
              cursor: page.data.nextCursor ?? undefined,
              back: [...cursors, cursor ?? ""],
            })
          }
          newer={
            cursors.length > 0
              ? () =>
                  go("/candidates", {
                    ...filters,
                    sort,
                    order,
                    cursor: cursors.at(-1) || undefined,
                    back: cursors.slice(0, -1),
                  })
              : undefined
          }
        />
      )}
    </section>
  );
}

interface ListProps {
  page: Schemas["CvPage"];
  pageNumber: number;
  older: () => void;
  newer?: () => void;
}

/** "3 candidates" when one page shows them all; otherwise which of them this page shows, "21–40 of 57". */
function countLine(total: number, first: number, shown: number): string {
  if (shown === 0) return "No more candidates.";
  if (first === 1 && shown === total) return total === 1 ? "1 candidate" : `${total} candidates`;
  return `${first}–${first + shown - 1} of ${total}`;
}

function CandidateList({ page, pageNumber, older, newer }: ListProps) {
  const rows = page.items;
  if (rows.length === 0 && pageNumber === 1)
    return (
      <Empty>
        <p>
          No candidates match. <a href={href("/upload")}>Upload CVs</a> or clear the filters.
        </p>
      </Empty>
    );
  const first = (pageNumber - 1) * PAGE + 1;
  return (
    <>
      <p class="count" role="status">
        {countLine(page.total, first, rows.length)}
      </p>
      <ul class="cards" aria-label="Candidates">
        {rows.map((cv) => (
          <li class="card" key={cv.id}>
            <h2>
              <a href={href(`/candidates/${cv.id}`)}>{cv.name ?? cv.filename ?? "Unnamed CV"}</a>
            </h2>
            {cv.headline && <p class="headline">{cv.headline}</p>}
            <p class="meta">
              {cv.years} years · {cv.location ?? "location unknown"} · {cv.language ?? "?"}
              {cv.possibleDuplicateOf && (
                <>
                  {" "}
                  · <a href={href(`/candidates/${cv.possibleDuplicateOf}`)}>possible duplicate</a>
                </>
              )}
            </p>
            <ul class="chips small" aria-label="Skills">
              {cv.skills.slice(0, 8).map((skill) => (
                <li class="chip" key={skill}>
                  {skill}
                </li>
              ))}
              {cv.skills.length > 8 && <li class="chip muted">+{cv.skills.length - 8}</li>}
            </ul>
          </li>
        ))}
      </ul>
      <nav class="pager" aria-label="Pages">
        <button type="button" onClick={newer} disabled={!newer}>
          ← Previous
        </button>
        <span>
          Page {pageNumber} of {Math.max(1, Math.ceil(page.total / PAGE))}
        </span>
        <button type="button" onClick={older} disabled={!page.nextCursor}>
          Next →
        </button>
      </nav>
    </>
  );
}
