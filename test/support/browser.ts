// Headless Chromium for the web UI's end-to-end suite: Debian's chromium driven by playwright-core, and an
// axe-core scan of the page as it stands.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Download, type Page } from "playwright-core";
import { expect } from "vitest";
import { requireIntegration } from "./integration.ts";

export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

/** true when a Chromium is installed; otherwise says why the suite skips (or throws under REQUIRE_INTEGRATION) */
export function browserAvailable(suite: string): boolean {
  if (chromiumPath) return true;
  const reason = `${suite}: skipped, no Chromium found: install Debian's chromium (npm run services does) or set CHROMIUM_PATH`;
  if (requireIntegration) throw new Error(`${reason} (REQUIRE_INTEGRATION=1 forbids skipping)`);
  console.warn(reason);
  return false;
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI and the development machines run as root, where Chromium's sandbox cannot start
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox"] });
}

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page now (WCAG 2.1 A and AA rules and best practices) */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** where the suites write their screenshots (git-ignored) */
export const SCREENSHOTS = process.env.WEB_SCREENSHOTS_DIR ?? ".tmp/screenshots";
export const WIDTHS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

/** axe at both widths (no serious or critical violation), with a screenshot of each when `name` is given */
export async function checkScreen(page: Page, name?: string) {
  for (const [width, viewport] of Object.entries(WIDTHS)) {
    await page.setViewportSize(viewport);
    const violations = (await axeViolations(page)).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    expect(violations, `${name ?? page.url()} at ${width}`).toEqual([]);
    // nothing wider than the window: no sideways scrolling at 390 px
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name ?? page.url()} at ${width}`).toBeLessThanOrEqual(viewport.width);
    if (name) await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDTHS.desktop);
}

export async function readDownload(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
