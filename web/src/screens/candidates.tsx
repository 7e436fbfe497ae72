// Candidates: the stored CVs with filters (skills from the taxonomy, minimum years, location, language,
// words), a sort over the page shown, and paging by cursor. The filters live in the address: a link keeps them.
import { useMemo, useState } from "preact/hooks";
import { api, type Schemas } from "../api/client.ts";
import { useLoad } from "../parts/load.ts";
import { SkillInput } from "../parts/skill-input.tsx";
import { Empty, ErrorNote, Loading } from "../parts/states.tsx";
import { go, href, type Route } from "../route.ts";

const PAGE = 20;
type Sort = "newest" | "name" | "years";

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
  const [sort, setSort] = useState<Sort>((q.get("sort") as Sort) || "newest");
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
          },
        },
      }),
    [key],
  );

  const apply = (event: Event) => {
    event.preventDefault();
    go("/candidates", { ...draft, sort });
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
        <label for="c-sort">Sort this page by</label>
        <select id="c-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
          <option value="newest">newest first</option>
          <option value="name">name</option>
          <option value="years">most years</option>
        </select>
      </div>
      {page.state === "loading" && <Loading what="candidates" />}
      {page.state === "error" && <ErrorNote message={page.message} retry={reload} />}
      {page.state === "done" && (
        <CandidateList
          page={page.data}
          sort={sort}
          pageNumber={cursors.length + 1}
          older={() =>
            go("/candidates", {
              ...filters,
              sort,
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
  sort: Sort;
  pageNumber: number;
  older: () => void;
  newer?: () => void;
}

function CandidateList({ page, sort, pageNumber, older, newer }: ListProps) {
  const rows = useMemo(() => {
    const items = [...page.items];
    if (sort === "name") items.sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
    if (sort === "years") items.sort((a, b) => b.years - a.years);
    return items;
  }, [page, sort]);
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
        {rows.length === 0
          ? "No more candidates."
          : `Candidates ${first}–${first + rows.length - 1}${page.nextCursor ? ", more on the next page" : ""}`}
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
          ← Newer
        </button>
        <span>Page {pageNumber}</span>
        <button type="button" onClick={older} disabled={!page.nextCursor}>
          Older →
        </button>
      </nav>
    </>
  );
}
