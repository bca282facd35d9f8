import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Where Chromium is: CHROMIUM_PATH, else Debian's package (`apt-get install chromium`, which .ci/run does)
 * or the usual other names. Undefined when there is none: browser tests then skip, saying so.
 */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/**
 * Headless Chromium as this machine runs it: no sandbox (CI runs as root), WebGL through SwiftShader
 * (no GPU here; sigma.js needs WebGL), and none of the background connections a closed network refuses.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** What a page said that it should not have: console errors, uncaught exceptions, failed requests. */
export interface PageProblems {
  errors: string[];
}

/**
 * WebGL on SwiftShader reports its own performance notes ("GPU stall due to ReadPixels") as console
 * warnings; those are the software renderer's, not the page's, and are not errors anyway.
 */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return problems;
}
