// The web UI end to end: the real server in embedded mode (npm start's entry, its own DATA_DIR) serving the
// UI's production build, driven in headless Chromium. The recruiter's flow (upload with a duplicate and a
// broken file, read a candidate, describe and edit a job, rank, redact, search, delete), an axe-core scan of
// every screen at 1280 and 390 px, and the same flow behind an API key. Screenshots go to .tmp/screenshots.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  browserAvailable,
  checkScreen,
  readDownload,
  SCREENSHOTS,
} from "./support/browser.ts";
import { buildWebUi, type ServiceProcess } from "./support/process.ts";
import {
  type AnalysisFields,
  type Breakdown,
  breakdownAsShown,
  startUiPage,
  unsureFields,
  uploadFiles,
} from "./support/web-ui.ts";

const run = browserAvailable("web UI end to end");
const corpus = "shared/analysis/fixtures/corpus";
// a CV with no skills list whose passing mention (Python in a line of the summary) the engine is unsure of
const supportAnalyst = "test/fixtures/web-ui/en-support-analyst.txt";
const JOB_AD = readFileSync("test/fixtures/web-ui/job-ad.txt", "utf8");

let web: ReturnType<typeof buildWebUi> | undefined;
const shared: { browser?: Browser } = {};

// the production build, as npm run build:web makes it, in a folder of this run's own
beforeAll(() => {
  if (run) web = buildWebUi();
}, 120_000);

afterAll(async () => {
  await shared.browser?.close();
  web?.remove();
});

const startUi = (env: Record<string, string>) => startUiPage(env, web!.dir, shared);

function recruiterFlow(mode: "none" | "apikey") {
  const screenshots = mode === "none";
  let ui: Awaited<ReturnType<typeof startUi>>;
  let service: ServiceProcess;
  let page: Page;
  let jobUrl = "";
  const shot = (name: string) => (screenshots ? name : undefined);
  const keyHeader = (): Record<string, string> => (ui.key ? { authorization: `Bearer ${ui.key}` } : {});

  beforeAll(async () => {
    if (screenshots) mkdirSync(SCREENSHOTS, { recursive: true });
    ui = await startUi({ AUTH_MODE: mode });
    ({ service, page } = ui);
  }, 180_000);

  afterAll(async () => {
    await page?.close();
    await service?.stop();
    if (ui?.dataDir) rmSync(ui.dataDir, { recursive: true, force: true });
  });

  it("serves the upload screen at / (and index.html for a deep link; /api stays JSON)", async () => {
    const root = await fetch(`${service.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get("content-type")).toContain("text/html");
    const deep = await fetch(`${service.url}/candidates/anything`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="app">');
    const unknown = await fetch(`${service.url}/api/nothing-here`, {
      headers: keyHeader(),
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");

    await page.goto(`${service.url}/`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Upload CVs");
    // the scan finds what it should: an image without a text alternative is a critical violation
    await page.evaluate(() =>
      document
        .querySelector("main")
        ?.append(Object.assign(document.createElement("img"), { id: "probe", src: "data:," })),
    );
    expect((await axeViolations(page)).map((v) => [v.id, v.impact])).toContainEqual([
      "image-alt",
      "critical",
    ]);
    await page.evaluate(() => document.getElementById("probe")?.remove());
    await checkScreen(page, shot("upload-empty"));
    // the keyboard: the first Tab reaches the skip link, drawn with a visible focus ring; then the navigation
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(skip).toEqual({ text: "Skip to content", outline: "solid", width: "3px" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Upload");
  });

  if (mode === "apikey")
    it("asks for the API key when the server answers 401, and keeps it for the tab", async () => {
      await page.goto(`${service.url}/#/candidates`);
      await page.getByRole("heading", { name: "This server needs an API key" }).waitFor();
      await checkScreen(page);
      await page.getByLabel("API key", { exact: true }).fill("cva_wrong");
      await page.getByRole("button", { name: "Use this key" }).click();
      await page.getByRole("heading", { name: "That API key was not accepted" }).waitFor();
      await page.getByLabel("API key", { exact: true }).fill(ui.key!);
      await page.getByRole("button", { name: "Use this key" }).click();
      await page.getByText("No candidates match").waitFor();
      expect(await page.evaluate(() => sessionStorage.getItem("cv-analyzer.apiKey"))).toBe(ui.key);
      await page.goto(`${service.url}/#/upload`);
    });

  it("uploads CVs with per-file outcomes: analysed, duplicate, and the broken file's error in words", async () => {
    await uploadFiles(page, ["en-backend-pdflib.pdf", "en-designer.html", supportAnalyst], 3);
    // the same bytes again, and a file that cannot be read
    await uploadFiles(page, ["en-backend-pdflib.pdf", "encrypted-en-frontend.pdf"], 5);
    const rows = page.locator("li.upload");
    const outcomes = await rows.evaluateAll((items) =>
      items.map((li) => [
        li.querySelector(".filename")?.textContent,
        li.getAttribute("data-outcome"),
        li.querySelector(".note")?.textContent,
      ]),
    );
    // newest first: the second batch above the first
    expect(outcomes.map(([file, outcome]) => [file, outcome])).toEqual([
      ["en-backend-pdflib.pdf", "stored"],
      ["encrypted-en-frontend.pdf", "failed"],
      ["en-backend-pdflib.pdf", "stored"],
      ["en-designer.html", "stored"],
      ["en-support-analyst.txt", "stored"],
    ]);
    const notes = outcomes.map(([, , note]) => note ?? "");
    expect(notes[0]).toMatch(/^Duplicate of Marcus Whitfield/);
    expect(notes[1]).toMatch(/\w/);
    expect(notes[1]).not.toContain("{");
    expect(notes[2]).toMatch(/^Analysed: Marcus Whitfield/);
    expect(notes[3]).toMatch(/^Analysed: Maya Robinson/);
    expect(notes[4]).toMatch(/^Analysed: Priya Natarajan/);
    await checkScreen(page, shot("upload"));
  });

  it("lists the candidates and filters them by a skill chosen from the taxonomy", async () => {
    await page.getByRole("link", { name: "Candidates", exact: true }).click();
    await page.getByText("3 candidates", { exact: true }).waitFor();
    await checkScreen(page, shot("candidates"));
    // the server sorts the whole list: by name, A to Z and back
    await page.getByLabel("Sort by").selectOption({ label: "name, A to Z" });
    const byName = ["Marcus Whitfield", "Maya Robinson", "Priya Natarajan"];
    await page.waitForFunction(
      (first) => document.querySelector("ul.cards h2")?.textContent === first,
      byName[0],
    );
    expect(await page.locator("ul.cards h2").allTextContents()).toEqual(byName);
    await page.getByLabel("Sort by").selectOption({ label: "name, Z to A" });
    await page.waitForFunction(
      (first) => document.querySelector("ul.cards h2")?.textContent === first,
      byName[2],
    );
    expect(await page.locator("ul.cards h2").allTextContents()).toEqual([...byName].reverse());
    expect(page.url()).toContain("sort=name");
    const input = page.getByRole("combobox", { name: "Skills (all of)" });
    await input.fill("node");
    await page.getByRole("option", { name: "Node.js", exact: true }).click();
    await page.getByRole("button", { name: "Remove Node.js" }).waitFor();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByText("1 candidate", { exact: true }).waitFor();
    const names = await page.locator("ul.cards h2").allTextContents();
    expect(names).toEqual(["Marcus Whitfield"]);
  });

  it("shows a candidate's analysis beside the text, marking the words a field was read from", async () => {
    await page.getByRole("link", { name: "Marcus Whitfield" }).click();
    await page.getByRole("heading", { level: 1, name: "Marcus Whitfield" }).waitFor();
    const email = page.locator('[data-field="Email"]');
    await expect(email.locator("dd").textContent()).resolves.toContain("marcus.whitfield@example.com");
    await expect(page.locator(".timeline").textContent()).resolves.toContain("Senior Backend Engineer");
    await email.hover();
    await expect(page.locator(".cv-text mark").textContent()).resolves.toBe("marcus.whitfield@example.com");
    await page.locator(".timeline li").first().focus();
    await expect(page.locator(".cv-text mark").textContent()).resolves.toBe("Senior Backend Engineer");
    await expect(page.getByRole("heading", { name: /^Quality · \d+ of 100$/ }).count()).resolves.toBe(1);
    // the original file, byte for byte, and the JSON Resume export
    const original = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download original" }).click();
    const file = await readDownload(await original);
    expect(file.equals(readFileSync(join(corpus, "en-backend-pdflib.pdf")))).toBe(true);
    const exported = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON Resume" }).click();
    const resume = JSON.parse((await readDownload(await exported)).toString("utf8")) as {
      basics: { name: string };
    };
    expect(resume.basics.name).toBe("Marcus Whitfield");
    await checkScreen(page, shot("candidate"));
  });

  it("marks the fields the engine is unsure of, and no others", async () => {
    await page.goto(`${service.url}/#/candidates`);
    await page.getByRole("link", { name: "Priya Natarajan" }).click();
    await page.getByRole("heading", { level: 1, name: "Priya Natarajan" }).waitFor();
    // every field the engine is unsure of (confidence under 0.6) is marked, and no other
    const id = /#\/candidates\/([0-9a-f-]{36})/.exec(page.url())![1];
    const detail = (await (await fetch(`${service.url}/api/cvs/${id}`, { headers: keyHeader() })).json()) as {
      analysis: AnalysisFields;
    };
    const unsure = unsureFields(detail.analysis);
    expect(unsure).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".analysis .unsure, .analysis .unsure-chip").count()).toBe(unsure);
    const python = page.locator(".analysis .chip", { hasText: "Python" });
    await expect(python.getAttribute("class")).resolves.toContain("unsure-chip");
    await python.hover();
    await expect(page.locator(".cv-text mark").textContent()).resolves.toBe("Python");
    await checkScreen(page, shot("candidate-unsure"));
    await page.goBack();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Marcus Whitfield" }).waitFor();
  });

  it("toggles the redacted view for blind review", async () => {
    await page.getByRole("link", { name: "Blind review (redact)" }).click();
    await page.getByText("Blind review: names, contact details and links are hidden.").waitFor();
    const body = await page.locator("main").textContent();
    expect(body).not.toContain("Marcus Whitfield");
    expect(body).not.toContain("marcus.whitfield@example.com");
    await checkScreen(page, shot("candidate-redacted"));
    await page.getByRole("link", { name: "Show full view" }).click();
    await page.getByRole("heading", { level: 1, name: "Marcus Whitfield" }).waitFor();
  });

  it("creates a job from a pasted ad and edits a requirement", async () => {
    await page.getByRole("link", { name: "Jobs", exact: true }).click();
    await page.getByText("No jobs yet.").waitFor();
    await checkScreen(page, shot("jobs-empty"));
    await page.getByRole("link", { name: "New job from an ad" }).click();
    await page.getByLabel("Title").fill("Senior Backend Engineer");
    await page.getByLabel("Job ad").fill(JOB_AD);
    await checkScreen(page, shot("job-new"));
    await page.getByRole("button", { name: "Create job" }).click();
    await page.getByText("Created. These requirements were read from the ad.").waitFor();
    jobUrl = page.url();
    const required = () =>
      page.getByRole("list", { name: "Required skills: chosen" }).locator("li").allTextContents();
    expect((await required()).map((t) => t.replace("×", ""))).toEqual(
      expect.arrayContaining(["Node.js", "TypeScript", "PostgreSQL"]),
    );
    await expect(page.getByLabel("Minimum years").inputValue()).resolves.toBe("5");
    await checkScreen(page, shot("job"));
    // take TypeScript out, ask for 3 years instead of 5, add Redis through the autocomplete
    await page.getByRole("button", { name: "Remove TypeScript" }).click();
    await page.getByLabel("Minimum years").fill("3");
    const input = page.getByRole("combobox", { name: "Required skills" });
    // by keyboard: the arrow keys move through the suggestions, Enter takes the one marked
    await input.fill("redi");
    await page.getByRole("option", { name: "Redis", exact: true }).waitFor();
    const suggestions = page.getByRole("listbox", { name: "Required skills suggestions" });
    const options = await suggestions.getByRole("option").allTextContents();
    for (let i = 0; i <= options.indexOf("Redis"); i++) await input.press("ArrowDown");
    expect(await suggestions.getByRole("option", { selected: true }).textContent()).toBe("Redis");
    await input.press("Enter");
    await page.getByRole("button", { name: "Save requirements" }).click();
    await page.getByText("Saved.").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Senior Backend Engineer" }).waitFor();
    await page.getByRole("button", { name: "Remove Redis" }).waitFor();
    expect(await page.getByRole("button", { name: "Remove TypeScript" }).count()).toBe(0);
    await expect(page.getByLabel("Minimum years").inputValue()).resolves.toBe("3");
  });

  it("ranks the candidates for the job, each score with its breakdown and skill chips", async () => {
    await page.getByRole("link", { name: "Ranked candidates" }).click();
    await page.getByText(/^3 ranked of 3/).waitFor({ timeout: 60_000 });
    const cards = page.locator("ol.ranking > li");
    const ranked = await cards.locator("h2").allTextContents();
    expect(ranked[0]).toBe("Marcus Whitfield");
    expect(ranked.slice(1).sort()).toEqual(["Maya Robinson", "Priya Natarajan"]);
    const scores = (await cards.locator(".score").allTextContents()).map((s) =>
      Number(s.replace(/[^\d.]/g, "")),
    );
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThanOrEqual(scores[2]);
    const first = cards.first();
    const components = await first
      .locator(".bar-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-component")));
    expect(components).toEqual([
      "Required skills",
      "Preferred skills",
      "Experience",
      "Education",
      "Meaning",
      "Title",
      "Occupation",
      "Words",
    ]);
    // every component is a bar or says unknown
    for (const row of await first.locator(".bar-row").all())
      expect((await row.locator(".bar").count()) + (await row.locator(".unknown").count())).toBe(1);
    expect(await first.locator(".chip.matched").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Node.js"), expect.stringContaining("Redis")]),
    );
    expect(await cards.nth(1).locator(".chip.missing").count()).toBeGreaterThan(0);
    // the bars show what the API scored, component by component
    const jobId = /#\/jobs\/([0-9a-f-]{36})/.exec(jobUrl)![1];
    const api = (await (
      await fetch(`${service.url}/api/jobs/${jobId}/matches`, { headers: keyHeader() })
    ).json()) as { matches: { breakdown: Breakdown }[] };
    const shown = await first
      .locator(".bar-row")
      .evaluateAll((rows) =>
        rows.map(
          (r) => r.querySelector(".bar-value")?.textContent ?? r.querySelector(".unknown")?.textContent,
        ),
      );
    expect(shown).toEqual(breakdownAsShown(api.matches[0].breakdown));
    await first.locator(".evidence summary").click();
    expect(await first.locator(".evidence blockquote mark").count()).toBeGreaterThan(0);
    await checkScreen(page, shot("ranking"));
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const text = (await readDownload(await download)).toString("utf8");
    const lines = text.trim().split("\n");
    expect(lines[0]).toMatch(/^rank,cv_id,name,score/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("Marcus Whitfield");
  });

  it("shows the jobs for a candidate (the reverse view)", async () => {
    await page.locator("ol.ranking > li").first().getByRole("link", { name: "Marcus Whitfield" }).click();
    await page.getByRole("link", { name: "Jobs for this candidate" }).click();
    await page.getByRole("heading", { name: "Jobs for Marcus Whitfield" }).waitFor();
    await page.locator("ol.ranking > li").first().waitFor();
    expect(await page.locator("ol.ranking h2").allTextContents()).toEqual(["Senior Backend Engineer"]);
    await checkScreen(page, shot("candidate-jobs"));
  });

  it("lists the jobs", async () => {
    await page.getByRole("link", { name: "Jobs", exact: true }).click();
    await page.getByText("1 job", { exact: true }).waitFor();
    expect(await page.locator("ul.cards h2").allTextContents()).toEqual(["Senior Backend Engineer"]);
    await checkScreen(page, shot("jobs"));
  });

  it("searches every CV and marks why each came up", async () => {
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await checkScreen(page, shot("search-empty"));
    await page.getByLabel("Search all CVs").fill("backend engineer node.js");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.locator("ol.cards > li").first().waitFor({ timeout: 60_000 });
    expect(await page.locator("ol.cards h2").first().textContent()).toBe("Marcus Whitfield");
    expect(await page.locator("ol.cards mark").count()).toBeGreaterThan(0);
    await checkScreen(page, shot("search"));
  });

  it("deletes a candidate, and a job, after confirmation", async () => {
    await page.goto(`${service.url}/#/candidates`);
    await page.getByRole("link", { name: "Maya Robinson" }).click();
    await page.getByRole("heading", { level: 1, name: "Maya Robinson" }).waitFor();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByText("Delete Maya Robinson's CV and its analysis? This cannot be undone.").waitFor();
    await checkScreen(page);
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("2 candidates", { exact: true }).waitFor();
    expect((await page.locator("ul.cards h2").allTextContents()).sort()).toEqual([
      "Marcus Whitfield",
      "Priya Natarajan",
    ]);
    // the deleted CV's page now says so, in words
    await page.goBack();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/^no CV|not found/i);
    await checkScreen(page);
    // and the job, after its own question
    await page.goto(`${service.url}/${jobUrl.slice(jobUrl.indexOf("#"))}`);
    await page.getByRole("button", { name: "Delete job" }).click();
    await page.getByText("Delete the job “Senior Backend Engineer”? This cannot be undone.").waitFor();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("No jobs yet.").waitFor();
    expect(ui.problems).toEqual([]);
  });
}

describe.skipIf(!run)("web UI, embedded, no key on loopback", { timeout: 180_000 }, () =>
  recruiterFlow("none"),
);
describe.skipIf(!run)("web UI, embedded, AUTH_MODE=apikey", { timeout: 180_000 }, () =>
  recruiterFlow("apikey"),
);
