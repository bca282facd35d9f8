import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraphiql } from '../../src/cli/build-explorer';
import { startTestApi, type TestApi } from '../helpers/api';
import { findChromium, launchChromium, watchProblems, type PageProblems } from '../helpers/browser';
import { tempDir, type TempDir } from '../helpers/temp-dir';

/**
 * The query editor at /graphiql, as built by `npm run build`, in headless Chromium against the real API:
 * it loads with no request leaving this host, runs a query, and sends the API key the explorer keeps.
 */
const chromiumPath = findChromium();

/** The little of the DOM the page functions use (this file compiles without the DOM lib). */
declare const document: {
  querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null;
};
declare const sessionStorage: { setItem(key: string, value: string): void };

if (!chromiumPath) {
  describe('GraphiQL in a browser', () => {
    it.skip('skipped: no Chromium here (apt-get install chromium, or set CHROMIUM_PATH)', () => {});
  });
} else {
  describe('GraphiQL in a browser', () => {
    let dir: TempDir;
    let browser: Browser;
    let api: TestApi;
    let page: Page;
    let problems: PageProblems;
    const requests: string[] = [];
    const authorizations: (string | undefined)[] = [];

    beforeAll(async () => {
      dir = await tempDir('graphiql-build-');
      await buildGraphiql(join(dir.path, 'graphiql'));
      browser = await launchChromium(chromiumPath);
      api = await startTestApi({ graphiqlDir: join(dir.path, 'graphiql') });
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      problems = watchProblems(page);
      page.on('request', (request) => {
        requests.push(request.url());
        if (request.url().endsWith('/graphql')) authorizations.push(request.headers().authorization);
      });
    }, 120_000);
    afterAll(async () => {
      await page?.close();
      await browser?.close();
      await api?.stop();
      await dir?.remove();
    });

    /** The text of GraphiQL's result pane (its CodeMirror editor's value) once it shows `pattern`. */
    async function result(pattern: RegExp): Promise<string> {
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(
            document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '',
          ),
        pattern.source,
        { timeout: 30_000 },
      );
      return page.evaluate(
        () => document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '',
      );
    }

    it('loads from this host alone, under the explorer’s Content-Security-Policy, and runs a query', async () => {
      const response = await page.goto(`${api.base}/graphiql/`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
      // The default query asks for the API's revision and the first actors: run it (the toolbar's button).
      await page.click('.graphiql-execute-button');
      const text = await result(/"totalCount": \d+/);
      const { actors, about } = JSON.parse(text).data;
      expect(about.store).toBe('embedded');
      expect(actors.totalCount).toBeGreaterThan(50);
      expect(actors.edges).toHaveLength(5);
      const host = new URL(api.base).host;
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== host);
      expect(elsewhere).toEqual([]);
      expect(problems.errors).toEqual([]);
    }, 90_000);

    it('sends the API key the explorer keeps in this tab', async () => {
      await page.evaluate(
        (key) => sessionStorage.setItem('partner-network.apiKey', key),
        api.access.keys.reader,
      );
      await page.reload();
      await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
      authorizations.length = 0;
      await page.click('.graphiql-execute-button');
      await result(/"totalCount": \d+/);
      expect(authorizations).toContain(`Bearer ${api.access.keys.reader}`);
    }, 90_000);

    it('is where /graphql sends a browser outside production', async () => {
      const response = await page.goto(`${api.base}/graphql`);
      expect(new URL(response!.url()).pathname).toBe('/graphiql/');
    }, 60_000);
  });
}
