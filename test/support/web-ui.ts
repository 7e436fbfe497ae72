// The web UI suite's server and its readings of the API: the embedded server (npm start's entry) serving a
// UI build, with a key made first when it asks for one; what the ranking's bars and the unsure marks should
// show, read from the API's own answers.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, WIDTHS } from "./browser.ts";
import { freePort, startService } from "./process.ts";

/** the embedded server with its own DATA_DIR, serving the UI build in `webDir`; a key when AUTH_MODE=apikey */
export async function startEmbeddedUi(env: Record<string, string>, webDir: string) {
  const dataDir = mkdtempSync(join(tmpdir(), "cv-web-data-"));
  let key: string | undefined;
  if (env.AUTH_MODE === "apikey") {
    // the key is made as the README says (npm run keys), before the server holds the embedded database
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/keys.ts", "create", "--tenant", "e2e"],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir },
        encoding: "utf8",
      },
    );
    key = (JSON.parse(out.trim().split("\n").at(-1)!) as { key: string }).key;
  }
  const service = startService(
    { DATA_DIR: dataDir, WEB_DIR: webDir, LOG_LEVEL: "info", ...env },
    await freePort(),
  );
  await service.waitForLog((l) => l.msg === "listening", 90_000);
  return { service, key, dataDir };
}

/** startEmbeddedUi and a desktop-sized page in the browser `shared` holds (launched on first use), with its errors */
export async function startUiPage(
  env: Record<string, string>,
  webDir: string,
  shared: { browser?: Browser },
) {
  const { service, key, dataDir } = await startEmbeddedUi(env, webDir);
  shared.browser ??= await launchChromium();
  const page = await shared.browser.newPage({ viewport: WIDTHS.desktop });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  return { service, page, key, problems, dataDir };
}

/** uploads files through the upload screen (names without a folder are of the synthetic corpus) and waits for them */
export async function uploadFiles(page: Page, files: string[], expectDone: number) {
  const corpus = "shared/analysis/fixtures/corpus";
  await page
    .locator("#upload-files")
    .setInputFiles(files.map((f) => (f.includes("/") ? f : join(corpus, f))));
  await page.getByText(`${expectDone} of ${expectDone} done`).waitFor({ timeout: 120_000 });
}

export type Breakdown = Record<string, { score: number | null; known?: boolean } | number>;

/** the ranking's bars in their order, as the API's breakdown says they should read: a rounded score or "unknown" */
export function breakdownAsShown(breakdown: Breakdown): string[] {
  const order = [
    "requiredSkills",
    "preferredSkills",
    "experience",
    "education",
    "semantic",
    "title",
    "occupation",
    "lexical",
  ];
  return order.map((name) => {
    const value = breakdown[name]!;
    if (typeof value === "number") return String(Math.round(value));
    return value.known === false || value.score === null ? "unknown" : String(Math.round(value.score));
  });
}

export type AnalysisFields = Record<string, unknown> & { contact: Record<string, unknown> };

/** how many of the fields the candidate screen shows have a confidence under 0.6 */
export function unsureFields(analysis: AnalysisFields): number {
  const fields = [
    ...["name", "location", "emails", "phones", "links"].flatMap((k) => [analysis.contact[k]].flat()),
    ...["headline", "summary", "experience", "education", "skills", "languages", "certifications"].flatMap(
      (k) => [analysis[k]].flat(),
    ),
  ].filter(Boolean) as { confidence: number }[];
  return fields.filter((field) => field.confidence < 0.6).length;
}
