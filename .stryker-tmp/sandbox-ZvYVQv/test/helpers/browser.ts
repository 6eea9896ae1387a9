/**
 * Debian's Chromium for the browser tests and the bench, driven by playwright-core (no
 * downloaded browser), and the artifacts/ folder where they keep screenshots and pages for review.
 */
// @ts-nocheck

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
