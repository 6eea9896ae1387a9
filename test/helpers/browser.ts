/**
 * Debian's Chromium for the browser tests and the bench, driven by playwright-core (no
 * downloaded browser), and the artifacts/ folder where they keep screenshots and pages for review.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ARTIFACTS = path.resolve(__dirname, '../../artifacts');

/** Headless /usr/bin/chromium, quiet: no sandbox (root in CI), GPU, updates, sync or first run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** artifacts/<name>, the folder made if missing. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * A page on the sidebar served at `url` (the sandbox), ready once the first load is drawn; a
 * page of its own browser is `viewport` wide, one of a context takes the context's.
 */
export async function openSidebar(
  context: Browser | BrowserContext,
  url: string,
  viewport = { width: 300, height: 900 },
): Promise<Page> {
  const page =
    'contexts' in context ? await context.newPage({ viewport }) : await context.newPage();
  await page.goto(`${url}/sidebar`);
  await page.waitForSelector('html[data-ready="1"]');
  return page;
}
