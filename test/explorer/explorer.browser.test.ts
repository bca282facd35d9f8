import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { SECTOR_COLOURS } from '../../src/analytics/views/sector-palette';
import { buildExplorer } from '../../src/cli/build-explorer';
import { formatValue, plural } from '../../src/explorer/format';
import { LOST_TIE } from '../../src/explorer/marks';
import { startTestApi, type TestApi, type TestApiOptions } from '../helpers/api';
import { findChromium, launchChromium, watchProblems, type PageProblems } from '../helpers/browser';
import { countColour, decodePng } from '../helpers/png';
import { tempDir, type TempDir } from '../helpers/temp-dir';

/**
 * The explorer at /explore, driven in headless Chromium against the real API on the Kosovo seed: every
 * number the page shows is checked against what the API answers to the same question.
 * UPDATE_SCREENSHOT=1 writes the README's screenshot from the run.
 */
const chromiumPath = findChromium();

/** The little of the DOM that the functions run inside the page use (this file compiles without the DOM lib). */
interface PageElement {
  textContent: string | null;
  value?: string;
}
declare const window: { partnerNetwork: { sigma: any } };
declare const document: {
  getElementById(id: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
const SCREENSHOT = join(__dirname, 'screenshots', 'explorer-kosovo.png');

if (!chromiumPath) {
  describe('explorer in a browser', () => {
    it.skip('skipped: no Chromium here (apt-get install chromium, or set CHROMIUM_PATH)', () => {});
  });
} else {
  let dir: TempDir;
  let browser: Browser;

  beforeAll(async () => {
    dir = await tempDir('explorer-build-');
    await buildExplorer(join(dir.path, 'explorer'));
    browser = await launchChromium(chromiumPath);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await dir?.remove();
  });

  const statusCount = async (page: Page) =>
    Number(/^([\d,]+) actors?/.exec((await page.textContent('#status')) ?? '')?.[1]?.replace(/,/g, ''));

  /** Waits for the status line to show a network (not "Loading…") and returns its actor count. */
  async function drawnCount(page: Page, expected?: number): Promise<number> {
    await page.waitForFunction(
      (n) => {
        const text = document.getElementById('status')?.textContent ?? '';
        return n === null ? /^[\d,]+ actors? ·/.test(text) : text.startsWith(`${n} actor`);
      },
      expected ?? null,
      { timeout: 20_000 },
    );
    return statusCount(page);
  }

  /** A label's box on the drawing, in CSS pixels of the canvas, as sigma drew it. */
  interface LabelBox {
    node: string;
    label: string;
    left: number;
    right: number;
    top: number;
    bottom: number;
  }

  /**
   * The boxes of the labels sigma drew: which labels (getNodeDisplayedLabels), where their nodes are on
   * screen (getNodeDisplayData, framedGraphToViewport), where the explorer put each label beside its node
   * (labelOffset), and the glyphs' own extent measured in the page in sigma's label font.
   */
  function renderedLabelBoxes(page: Page): Promise<LabelBox[]> {
    return page.evaluate(() => {
      const sigma = window.partnerNetwork.sigma;
      const settings = sigma.getSettings();
      const context = (document as any).createElement('canvas').getContext('2d');
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      return [...(sigma.getNodeDisplayedLabels() as Set<string>)].map((node) => {
        const data = sigma.getNodeDisplayData(node);
        const { x, y } = sigma.framedGraphToViewport(data);
        const metrics = context.measureText(data.label);
        // Where sigma's label function wrote the text: the node's centre plus the offset the explorer
        // gave it (labelOffset, to the text's start and baseline).
        const textX = x + data.labelOffset.dx;
        const baseline = y + data.labelOffset.dy;
        return {
          node,
          label: data.label,
          left: textX - metrics.actualBoundingBoxLeft,
          right: textX + metrics.actualBoundingBoxRight,
          top: baseline - metrics.actualBoundingBoxAscent,
          bottom: baseline + metrics.actualBoundingBoxDescent,
        };
      });
    });
  }

  const intersect = (a: LabelBox, b: LabelBox) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  /**
   * A test API on the Kosovo seed (with `options`, after `prepare`) and a browser page opened on its
   * explorer, for the tests of the enclosing describe block; the page's problems are collected from the start.
   */
  function openExplorer(options: TestApiOptions, prepare?: (api: TestApi) => Promise<void>) {
    let opened: { api: TestApi; page: Page; problems: PageProblems } | undefined;
    beforeAll(async () => {
      const api = await startTestApi({ ...options, explorerDir: join(dir.path, 'explorer') });
      await prepare?.(api);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      opened = { api, page, problems: watchProblems(page) };
      await page.goto(`${api.base}/explore/`);
    }, 60_000);
    afterAll(async () => {
      await opened?.page.close();
      await opened?.api.stop();
    });
    return () => opened!;
  }

  describe('explorer in Chromium, Kosovo seed, anonymous reading', () => {
    let api: TestApi;
    let page: Page;
    let problems: PageProblems;

    const opened = openExplorer({});
    beforeAll(() => {
      ({ api, page, problems } = opened());
    });

    const apiCount = async (filter?: Record<string, unknown>, ego?: Record<string, unknown>) => {
      const body = await api.graphql(
        'query ($filter: NetworkFilter, $ego: EgoInput) { network(filter: $filter, ego: $ego) { nodeCount edgeCount } }',
        { filter, ego },
      );
      return body.data.network as { nodeCount: number; edgeCount: number };
    };

    it('loads with no console errors and shows the seed network’s node count in its status line', async () => {
      const whole = await apiCount();
      expect(await drawnCount(page)).toBe(whole.nodeCount);
      expect(await page.textContent('#status')).toContain(`${whole.edgeCount} ties`);
      expect(problems.errors).toEqual([]);
    });

    it('draws the labels of the ten most central actors in full, none over another label', async () => {
      // The default view sizes the nodes by degree: the ten most central are the API's top ten by degree.
      const top = await api.graphql(
        '{ centrality(metric: DEGREE, top: 10) { actor { id: slug name } value } }',
      );
      const ten: { id: string; name: string }[] = top.data.centrality.map((s: any) => s.actor);
      expect(ten).toHaveLength(10);
      await drawnCount(page);
      const boxes = await renderedLabelBoxes(page);
      const drawn = new Map(boxes.map((box) => [box.node, box]));
      for (const actor of ten)
        expect({ actor: actor.name, label: drawn.get(actor.id)?.label }).toEqual({
          actor: actor.name,
          label: actor.name,
        });
      const overlapping: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (intersect(boxes[i]!, boxes[j]!)) overlapping.push(`${boxes[i]!.label} / ${boxes[j]!.label}`);
      expect(overlapping).toEqual([]);
      // Every label drawn lies within the drawing, and there are more than the ten.
      const size = await page.locator('#graph').boundingBox();
      for (const box of boxes.filter((b) => ten.some((a) => a.id === b.node))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(size!.width);
      }
      expect(boxes.length).toBeGreaterThan(10);
    });

    it('draws the actors on the canvas in their sectors’ colours, with a legend of the sectors drawn', async () => {
      const body = await api.graphql('{ network { nodes { sector } edges { evidence } } }');
      const sectors = [...new Set<string>(body.data.network.nodes.map((n: { sector: string }) => n.sector))];
      const image = decodePng(await page.locator('#graph').screenshot());
      for (const sector of sectors)
        expect({
          sector,
          pixels: countColour(image, SECTOR_COLOURS[sector as keyof typeof SECTOR_COLOURS].hex) > 20,
        }).toEqual({ sector, pixels: true });
      const legend = await page.locator('#legend li').allTextContents();
      // One entry per sector drawn, and one for the dashed ties (inferred or illustrative), with their count.
      const undocumented = body.data.network.edges.filter(
        (e: { evidence: string }) => e.evidence !== 'DOCUMENTED',
      ).length;
      expect(undocumented).toBeGreaterThan(0);
      expect(legend).toHaveLength(sectors.length + 1);
      expect(legend[sectors.length]).toBe(`Inferred or illustrative tie ${undocumented}`);
    });

    it('a sector filter changes the count to the one the API gives for that filter', async () => {
      await page.uncheck('input[name="sector"][value="GOVERNMENT"]');
      const others = Object.keys(SECTOR_COLOURS).filter((s) => s !== 'GOVERNMENT');
      const filtered = await apiCount({ sectors: others });
      expect(filtered.nodeCount).toBeLessThan((await apiCount()).nodeCount);
      expect(await drawnCount(page, filtered.nodeCount)).toBe(filtered.nodeCount);
      await page.check('input[name="sector"][value="GOVERNMENT"]');
      expect(await drawnCount(page, (await apiCount()).nodeCount)).toBe((await apiCount()).nodeCount);
    });

    /** Waits for the status line to say exactly these actors and ties. */
    const drawnNetwork = (network: { nodeCount: number; edgeCount: number }) =>
      page.waitForFunction(
        (text) => document.getElementById('status')?.textContent?.startsWith(text),
        `${network.nodeCount} actors · ${network.edgeCount} ties`,
        { timeout: 20_000 },
      );

    it('the date slider and the area list filter as the API does', async () => {
      // Both filter partnerships, so the actors stay and the ties change.
      const whole = await apiCount();
      await page.check('#date-on');
      await page.focus('#asof-slider');
      await page.keyboard.press('Home'); // the earliest start date
      const asOf = /active on (\d{4}-\d{2}-\d{2})/.exec((await page.textContent('#asof-label')) ?? '')?.[1];
      expect(asOf).toMatch(/^20\d\d-/);
      const early = await apiCount({ asOf });
      expect(early.edgeCount).toBeLessThan(whole.edgeCount);
      await drawnNetwork(early);
      await page.keyboard.press('End'); // today
      await page.check('#date-any');
      await drawnNetwork(whole);

      const areas = await api.graphql('{ areas(level: MUNICIPALITY) { id: slug name } }');
      const peje = areas.data.areas.find((area: { name: string }) => area.name === 'Pejë');
      await page.selectOption('#area-filter', peje.id);
      const inPeje = await apiCount({ areaIds: [peje.id] });
      expect(inPeje.edgeCount).toBeLessThan(whole.edgeCount);
      await drawnNetwork(inPeje);
      await page.selectOption('#area-filter', []);
      await drawnNetwork(whole);
    });

    it('sizes the nodes by the metric chosen', async () => {
      await page.selectOption('#size-metric', 'BETWEENNESS');
      await page.waitForFunction(() =>
        document.getElementById('status')?.textContent?.endsWith('sized by betweenness'),
      );
      await page.selectOption('#size-metric', 'DEGREE');
      await page.waitForFunction(() =>
        document.getElementById('status')?.textContent?.endsWith('sized by degree'),
      );
    });

    it('searching “Syri i Vizionit” opens its panel with its metrics, partners and reach', async () => {
      await page.fill('#search', 'Syri i Vizionit');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title');
      expect(await page.textContent('#panel-title')).toBe('Syri i Vizionit');
      const body = await api.graphql(
        `{ actor(id: "syri-i-vizionit") { partners { actor { name } } metrics { strength } }
           reach(actorId: "syri-i-vizionit", hops: 2) { actors { hops } } }`,
      );
      const actor = body.data.actor;
      expect(await page.locator('#panel-partners li').count()).toBe(actor.partners.length);
      expect(await page.locator('#panel-partners').textContent()).toContain(actor.partners[0].actor.name);
      expect(
        await page.locator('table.metrics tr', { hasText: 'Strength' }).locator('td').textContent(),
      ).toBe(formatValue(actor.metrics.strength));
      await page.selectOption('#panel-hops', '2');
      await page.waitForSelector('text=Reach in 2 hops');
      expect(await page.textContent('#panel')).toContain(`${body.data.reach.actors.length} actors through`);
    });

    it('the ego view draws the API’s ego network, and “Whole network” goes back', async () => {
      await page.click('#panel-ego');
      const ego = await apiCount(undefined, { actorId: 'syri-i-vizionit', hops: 2 });
      expect(await drawnCount(page, ego.nodeCount)).toBe(ego.nodeCount);
      expect(await page.textContent('#ego-label')).toBe('Ego network of Syri i Vizionit, 2 hops');
      await page.click('#ego-exit');
      expect(await drawnCount(page, (await apiCount()).nodeCount)).toBe((await apiCount()).nodeCount);
      expect(await page.isHidden('#ego-bar')).toBe(true);
    });

    it('downloads the network on screen with its filters, under the name the server gives', async () => {
      await page.uncheck('input[name="sector"][value="INTERNATIONAL"]');
      const sectors = Object.keys(SECTOR_COLOURS).filter((s) => s !== 'INTERNATIONAL');
      const filtered = await apiCount({ sectors });
      await drawnCount(page, filtered.nodeCount);
      await page.click('#downloads summary');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-format="graphml"]'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^network-r\d+\.graphml$/);
      const file = await readFile((await download.path())!, 'utf8');
      expect(file.match(/<node /g)).toHaveLength(filtered.nodeCount);
      expect(file).toContain('attr.name="x"');
      await page.check('input[name="sector"][value="INTERNATIONAL"]');
      await page.click('#downloads summary');
    });

    it('the gaps tab shows the coverage heat map, 38 municipality rows, as the API counts them', async () => {
      await page.click('#tab-gaps');
      await page.waitForSelector('#heatmap tbody tr');
      const body = await api.graphql(
        '{ coverageMatrix { rows { name } columns { name } counts: actorCounts } networkGaps { voiceGap { name } } }',
      );
      const matrix = body.data.coverageMatrix;
      expect(matrix.rows).toHaveLength(38);
      expect(await page.locator('#heatmap tbody tr').count()).toBe(38);
      const rows = page.locator('#heatmap tbody tr');
      expect(await rows.first().locator('th').textContent()).toBe(matrix.rows[0].name);
      expect((await rows.first().locator('td').allTextContents()).map(Number)).toEqual(matrix.counts[0]);
      // Every theme's header reads in full (nothing cut off) and names it in its tooltip too.
      const headers = await page.locator('#heatmap th.theme').evaluateAll((ths) =>
        ths.map((th: any) => ({
          title: th.title,
          text: th.textContent,
          cut:
            th.firstChild.scrollHeight > th.firstChild.clientHeight + 1 ||
            th.scrollHeight > th.clientHeight + 1,
        })),
      );
      expect(headers).toEqual(
        matrix.columns.map((theme: { name: string }) => ({
          title: theme.name,
          text: theme.name,
          cut: false,
        })),
      );
      const gaps = matrix.counts.flat().filter((count: number) => count === 0).length;
      expect(await page.locator('#heatmap td.gap').count()).toBe(gaps);
      // The seed's children's groups are all close to government: the list says so.
      expect(body.data.networkGaps.voiceGap).toEqual([]);
      expect(await page.textContent('#voice-gap')).toMatch(/^None/);
    });

    it('the gaps follow the filters: advocacy alone leaves children’s groups without a voice', async () => {
      const kinds = await page
        .locator('input[name="kind"]')
        .evaluateAll((boxes) => boxes.map((box) => (box as PageElement).value));
      for (const kind of kinds)
        if (kind !== 'ADVOCACY') await page.uncheck(`input[name="kind"][value="${kind}"]`);
      const body = await api.graphql(
        '{ networkGaps(filter: { partnershipKinds: [ADVOCACY] }) { voiceGap { name } } }',
      );
      const expected = body.data.networkGaps.voiceGap.map((a: { name: string }) => a.name).sort();
      expect(expected.length).toBeGreaterThan(0);
      await page.waitForFunction(
        (names) =>
          JSON.stringify(
            [...document.querySelectorAll('#voice-gap li')].map((li) => li.textContent).sort(),
          ) === JSON.stringify(names),
        expected,
      );
      await page.click('#reset-filters');
      await page.waitForFunction(() => /^None/.test(document.getElementById('voice-gap')?.textContent ?? ''));
      await page.click('#tab-network');
    });

    it('the period slider selects the partnerships active at any time from one date to another', async () => {
      await page.check('#date-period');
      await page.focus('#period-from');
      await page.keyboard.press('Home');
      await page.focus('#period-to');
      await page.keyboard.press('Home');
      await page.keyboard.press('PageUp'); // a tenth of the slider's range
      const [, from, to] = /from (\S+) to (\S+)/.exec((await page.textContent('#asof-label')) ?? '') ?? [];
      expect(from! < to!).toBe(true);
      const during = await apiCount({ period: { from, to } });
      await drawnNetwork(during);
      // Active at any time in the period: at least the ties of each of its days, fewer than all.
      expect(during.edgeCount).toBeGreaterThanOrEqual((await apiCount({ asOf: from })).edgeCount);
      expect(during.edgeCount).toBeGreaterThanOrEqual((await apiCount({ asOf: to })).edgeCount);
      expect(during.edgeCount).toBeLessThan((await apiCount()).edgeCount);
      // The ends never cross: pulling "to" before "from" takes "from" along.
      await page.keyboard.press('Home');
      expect(await page.inputValue('#period-from')).toBe(await page.inputValue('#period-to'));
      // A day or a period, never both (the API refuses both): the address says which.
      await page.check('#date-on');
      await page.waitForFunction(() =>
        /active on /.test(document.getElementById('asof-label')?.textContent ?? ''),
      );
      const params = new URL(page.url()).searchParams;
      expect([params.has('asOf'), params.has('from'), params.has('to')]).toEqual([true, false, false]);
      await drawnNetwork(await apiCount({ asOf: params.get('asOf') }));
      expect(await page.isHidden('#message')).toBe(true);
      await page.check('#date-any');
      await drawnNetwork(await apiCount());
    });

    it('“What if this actor left?” shows the scenario’s report as the API gives it, its lost ties red on the drawing', async () => {
      const body = await api.graphql(
        `{ whatIf(remove: { actorIds: ["mlga"] }) {
             before { actorCount tieCount componentCount largestComponentSize isolatedCount voiceGapCount }
             after { actorCount tieCount componentCount largestComponentSize isolatedCount voiceGapCount }
             cutOffActors { name } uncoveredCells { area { name } theme { name } } endedPartnerships { title } }
           before: network { edges { source target } }
           after: network(filter: { excludeActorIds: ["mlga"] }) { edges { source target } } }`,
      );
      expect(body.errors).toBeUndefined();
      const report = body.data.whatIf;
      // The ministry holds the municipalities' ties: without it some are cut off.
      expect(report.cutOffActors.length).toBeGreaterThan(0);
      const key = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
      const remaining = new Set(body.data.after.edges.map(key));
      const lost = body.data.before.edges.filter((e: any) => !remaining.has(key(e))).length;
      expect(lost).toBe(report.before.tieCount - report.after.tieCount);

      await page.fill('#search', 'Ministry of Local Government Administration');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title:text("Ministry of Local Government Administration")');
      const before = countColour(decodePng(await page.locator('#graph').screenshot()), LOST_TIE);
      await page.click('#panel-whatif');
      await page.waitForSelector('#whatif-numbers');
      expect(await page.textContent('#whatif h2')).toBe(
        'If Ministry of Local Government Administration left',
      );
      const rows = await page
        .locator('#whatif-numbers tr')
        .evaluateAll((trs) =>
          trs.slice(1).map((tr: any) => [...tr.querySelectorAll('td')].map((td: any) => td.textContent)),
        );
      const n = (value: number) => formatValue(value);
      const share = (s: any) =>
        `${n(s.largestComponentSize)} (${Math.round((s.largestComponentSize / s.actorCount) * 100)}%)`;
      expect(rows).toEqual([
        [n(report.before.actorCount), n(report.after.actorCount)],
        [n(report.before.tieCount), n(report.after.tieCount)],
        [n(report.before.componentCount), n(report.after.componentCount)],
        [share(report.before), share(report.after)],
        [n(report.before.isolatedCount), n(report.after.isolatedCount)],
        [n(report.before.voiceGapCount), n(report.after.voiceGapCount)],
      ]);
      const names = async (selector: string) =>
        (await page.locator(`${selector} li`).allTextContents()).sort();
      expect(await names('#whatif-cut-off')).toEqual(report.cutOffActors.map((a: any) => a.name).sort());
      expect(await names('#whatif-cells')).toEqual(
        report.uncoveredCells.map((c: any) => `${c.area.name} × ${c.theme.name}`).sort(),
      );
      expect(await names('#whatif-ended')).toEqual(report.endedPartnerships.map((p: any) => p.title).sort());
      // The lost ties: counted in the legend and drawn red.
      await page.waitForFunction(
        (text) => document.getElementById('legend-lost')?.textContent === text,
        `Lost if Ministry of Local Government Administration left ${lost}`,
      );
      await page.waitForTimeout(300); // the label plan's redraw
      const marked = countColour(decodePng(await page.locator('#graph').screenshot()), LOST_TIE);
      expect(before).toBe(0);
      expect(marked).toBeGreaterThan(200);
      expect(new URL(page.url()).searchParams.get('whatIf')).toBe('mlga');
      await page.click('#whatif-close');
      await page.waitForFunction(() => document.getElementById('legend-lost') === null);
      await page.waitForTimeout(300);
      expect(countColour(decodePng(await page.locator('#graph').screenshot()), LOST_TIE)).toBe(0);
      expect(new URL(page.url()).searchParams.has('whatIf')).toBe(false);
      await page.click('#panel .close');
    });

    it('the scenario’s uncovered cells are outlined on the heat map, under the filters', async () => {
      // On the documented records alone, Respect Our Rights is the last actor of some cells.
      const filter = { evidence: ['DOCUMENTED'] };
      const body = await api.graphql(
        `query ($filter: NetworkFilter) { whatIf(remove: { actorIds: ["respect-our-rights"] }, filter: $filter) {
           uncoveredCells { area { id name } theme { id name } } endedPartnerships { title } }
           coverageMatrix(filter: $filter) { rows { id } columns { id } counts: actorCounts } }`,
        { filter },
      );
      const report = body.data.whatIf;
      expect(report.uncoveredCells.length).toBeGreaterThan(0);
      await page.uncheck('input[name="evidence"][value="INFERRED"]');
      await drawnNetwork(await apiCount(filter));
      await page.fill('#search', 'Respect Our Rights');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title:text("Respect Our Rights")');
      await page.click('#panel-whatif');
      await page.waitForSelector('#whatif-numbers');
      const cells = report.uncoveredCells.map((c: any) => `${c.area.name} × ${c.theme.name}`);
      expect((await page.locator('#whatif-cells li').allTextContents()).sort()).toEqual([...cells].sort());
      expect(await page.locator('#whatif-ended li').allTextContents()).toEqual(
        report.endedPartnerships.map((p: any) => p.title),
      );
      // The heat map answers slowly here: until the new filter's answer, the last filter's counts (still
      // on the page) must not be marked.
      const slowGaps = async (route: Route) => {
        if (route.request().postData()?.includes('ExplorerGaps'))
          await new Promise((r) => setTimeout(r, 800));
        await route.continue();
      };
      await page.route('**/graphql', slowGaps);
      await page.click('#tab-gaps');
      await page.waitForSelector('#heatmap td.lost');
      await page.unroute('**/graphql', slowGaps);
      const outlined = await page
        .locator('#heatmap td.lost')
        .evaluateAll((tds) => tds.map((td: any) => td.title));
      // Each outlined cell counts its actors as the API does, and says it would have none.
      const { rows, columns, counts } = body.data.coverageMatrix;
      const before = report.uncoveredCells.map(
        (c: any) =>
          counts[rows.findIndex((r: any) => r.id === c.area.id)][
            columns.findIndex((t: any) => t.id === c.theme.id)
          ],
      );
      expect(before.every((count: number) => count > 0)).toBe(true);
      expect(outlined.sort()).toEqual(
        cells
          .map(
            (cell: string, i: number) =>
              `${cell}: ${plural(before[i], 'actor')}; none if Respect Our Rights left`,
          )
          .sort(),
      );
      expect(await page.textContent('#gaps-status')).toContain(
        `${cells.length} more cell${cells.length === 1 ? '' : 's'} (outlined red) if Respect Our Rights left`,
      );
      await page.click('#tab-network');
      await page.click('#panel .close');
      await page.waitForFunction(() => document.getElementById('legend-lost') === null);
      await page.check('input[name="evidence"][value="INFERRED"]');
      await drawnNetwork(await apiCount());
      expect(await page.locator('#heatmap td.lost').count()).toBe(0);
    });

    it('the changes tab shows what changed between two dates as networkDiff answers', async () => {
      const [from, to] = ['2015-01-01', '2022-01-01'];
      const body = await api.graphql(
        `query ($from: Date!, $to: Date!) { networkDiff(from: $from, to: $to) {
           tiesAdded { source { name } target { name } } tiesRemoved { source { name } target { name } }
           partnershipsStarted { title startDate } partnershipsEnded { title endDate }
           risers { actor { name } } fallers { actor { name } } } }`,
        { from, to },
      );
      expect(body.errors).toBeUndefined();
      const diff = body.data.networkDiff;
      expect(diff.partnershipsStarted.length + diff.partnershipsEnded.length).toBeGreaterThan(0);
      await page.click('#tab-changes');
      await page.fill('#diff-from', from);
      await page.fill('#diff-to', to);
      await page.click('#diff-form button[type="submit"]');
      await page.waitForFunction(
        (text) => document.getElementById('diff-status')?.textContent?.startsWith(text),
        `From ${from} to ${to}:`,
      );
      const items = (id: string) => page.locator(`#${id} li`).allTextContents();
      const tie = (t: any) => `${t.source.name} — ${t.target.name}`;
      expect(await items('diff-ties-added')).toEqual(diff.tiesAdded.slice(0, 100).map(tie));
      expect(await items('diff-ties-removed')).toEqual(diff.tiesRemoved.slice(0, 100).map(tie));
      expect(await items('diff-started')).toEqual(
        diff.partnershipsStarted.map((p: any) => `${p.title} (${p.startDate})`),
      );
      expect(await items('diff-ended')).toEqual(
        diff.partnershipsEnded.map((p: any) => `${p.title} (${p.endDate})`),
      );
      expect(
        (await items('diff-risers')).map((t) => t.split(' degree:')[0]!.split(' betweenness:')[0]),
      ).toEqual(diff.risers.map((r: any) => r.actor.name));
      expect(await page.locator('#diff-fallers li').count()).toBe(diff.fallers.length);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
        tab: 'changes',
        diffFrom: from,
        diffTo: to,
      });
      // The dates the wrong way round are refused here, before the API would.
      await page.fill('#diff-from', to);
      await page.fill('#diff-to', from);
      await page.click('#diff-form button[type="submit"]');
      expect(await page.textContent('#diff-status')).toBe('The first date must not be after the second.');
      await page.click('#tab-network');
    });

    it('keeps the view in its address: the link opens the same view in another tab', async () => {
      // A view: no international actors, partnerships of a period, Syri i Vizionit's ego network in
      // 2 hops, Save the Children's panel open, the gaps tab shown.
      await page.uncheck('input[name="sector"][value="INTERNATIONAL"]');
      await page.check('#date-period');
      await page.focus('#period-from');
      await page.keyboard.press('Home');
      await page.focus('#period-to');
      for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
      const [, from, to] = /from (\S+) to (\S+)/.exec((await page.textContent('#asof-label')) ?? '') ?? [];
      expect(from! < to!).toBe(true);
      await page.fill('#search', 'Syri i Vizionit');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title:text("Syri i Vizionit")');
      await page.selectOption('#panel-hops', '2');
      await page.waitForSelector('text=Reach in 2 hops');
      await page.click('#panel-ego');
      await page.fill('#search', 'Save the Children in Kosovo');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title:text("Save the Children in Kosovo")');
      await page.click('#tab-gaps');
      await page.waitForSelector('#heatmap tbody tr');
      const link = page.url();
      const params = Object.fromEntries(new URL(link).searchParams);
      const sectors = Object.keys(SECTOR_COLOURS).filter((s) => s !== 'INTERNATIONAL');
      expect(params).toEqual({
        from,
        to,
        sectors: sectors.join(','),
        ego: 'syri-i-vizionit',
        hops: '2',
        actor: 'save-the-children-kosovo',
        tab: 'gaps',
        // The changes tab's dates, from the test before.
        diffFrom: '2015-01-01',
        diffTo: '2022-01-01',
      });

      const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const otherProblems = watchProblems(other);
      try {
        await other.goto(link);
        await other.waitForSelector('#panel-title:text("Save the Children in Kosovo")');
        await other.waitForSelector('#heatmap tbody tr');
        expect(await other.getAttribute('#tab-gaps', 'aria-selected')).toBe('true');
        expect(await other.isHidden('#network-tab')).toBe(true);
        expect(await other.isChecked('#date-period')).toBe(true);
        expect(await other.textContent('#asof-label')).toBe(await page.textContent('#asof-label'));
        expect(await other.isChecked('input[name="sector"][value="INTERNATIONAL"]')).toBe(false);
        // The same heat map as the API gives for that filter, and the same network once its tab is shown.
        const filter = { period: { from, to }, sectors };
        const matrix = await api.graphql(
          'query ($filter: NetworkFilter) { coverageMatrix(filter: $filter) { counts: actorCounts } }',
          { filter },
        );
        expect(matrix.errors).toBeUndefined();
        const gaps = matrix.data.coverageMatrix.counts.flat().filter((n: number) => n === 0).length;
        expect(await other.locator('#heatmap td.gap').count()).toBe(gaps);
        await other.click('#tab-network');
        const ego = await apiCount(filter, { actorId: 'syri-i-vizionit', hops: 2 });
        expect(await drawnCount(other, ego.nodeCount)).toBe(ego.nodeCount);
        expect(await other.textContent('#ego-label')).toBe('Ego network of Syri i Vizionit, 2 hops');
        expect(new URL(other.url()).searchParams.get('tab')).toBeNull(); // the network tab is the default
        expect(otherProblems.errors).toEqual([]);
        // A link to a scenario alone opens its report, and ending it closes the side panel.
        await other.goto(`${api.base}/explore/?whatIf=mlga`);
        await other.waitForSelector('#whatif-numbers');
        expect(await other.textContent('#whatif h2')).toBe(
          'If Ministry of Local Government Administration left',
        );
        await other.click('#whatif-close');
        expect(await other.isHidden('#panel')).toBe(true);
        expect(new URL(other.url()).search).toBe('');
      } finally {
        await other.close();
      }
      // Back to the whole network, every date, all sectors, no panel.
      await page.click('#tab-network');
      await page.click('#ego-exit');
      await page.check('#date-any');
      await page.check('input[name="sector"][value="INTERNATIONAL"]');
      await page.click('#panel .close');
      expect(await drawnCount(page, (await apiCount()).nodeCount)).toBe((await apiCount()).nodeCount);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
        diffFrom: '2015-01-01',
        diffTo: '2022-01-01',
      });
    });

    it('redraws by itself when the network changes (live updates)', async () => {
      const before = (await apiCount()).nodeCount;
      const created = await api.graphql(
        'mutation { createActor(input: { id: "explorer-live-ngo", name: "Explorer Live NGO", sector: CIVIL_SOCIETY, kind: NGO }) { id } }',
      );
      expect(created.errors).toBeUndefined();
      // The new actor has no partnership yet: it is drawn as an isolate.
      expect((await apiCount()).nodeCount).toBe(before + 1);
      expect(await drawnCount(page, before + 1)).toBe(before + 1);
      await api.graphql('mutation { deleteActor(id: "explorer-live-ngo") { revision } }');
      expect(await drawnCount(page, before)).toBe(before);
    });

    it('ends as it began: not one console error or failed request', async () => {
      await page.fill('#search', 'Syri i Vizionit');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-title');
      await page.waitForTimeout(600); // the camera's move onto the actor
      for (const list of ['#filters', '#area-filter'])
        await page.locator(list).evaluate((element) => element.scrollTo(0, 0));
      const shot = await page.screenshot();
      expect(decodePng(shot)).toMatchObject({ width: 1280, height: 800 });
      if (process.env.UPDATE_SCREENSHOT === '1') await writeFile(SCREENSHOT, shot);
      expect(problems.errors).toEqual([]);
    });
  });

  describe('explorer in Chromium, with API keys', () => {
    let api: TestApi;
    let page: Page;
    let problems: PageProblems;
    const CONTACT = 'Youth worker, +383 44 000 000';

    const opened = openExplorer({ allowAnonymousRead: false }, async (api) => {
      const body = await api.graphql(
        'mutation ($c: String) { updateActor(id: "respect-our-rights", patch: { contact: $c }) { id } }',
        { c: CONTACT },
      );
      expect(body.errors).toBeUndefined();
    });
    beforeAll(() => {
      ({ api, page, problems } = opened());
    });

    it('without a key it says one is needed and opens the key menu', async () => {
      await page.waitForSelector('#message:not([hidden])');
      expect(await page.textContent('#message')).toMatch(/API key/);
      expect(await page.getAttribute('#key', 'open')).not.toBeNull();
      expect(await page.textContent('#status')).toBe('Not loaded.');
    });

    it('with a reader key it draws the network but withholds a children’s group’s contact', async () => {
      await page.fill('#key-input', api.access.keys.reader);
      await page.click('#key-form button[type="submit"]');
      expect(await drawnCount(page)).toBeGreaterThan(0);
      await page.fill('#search', 'Respect our Rights');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel-contact');
      expect(await page.textContent('#panel-contact')).toMatch(/needs an editor key/);
    });

    it('with an editor key the same panel shows the contact', async () => {
      await page.click('#key summary');
      await page.fill('#key-input', api.access.keys.editor);
      await page.click('#key-form button[type="submit"]');
      await page.waitForFunction(
        (contact) => document.getElementById('panel-contact')?.textContent === contact,
        CONTACT,
      );
    });

    it('the only errors the page saw are the refusals of the first, keyless requests', () => {
      expect(problems.errors.every((error) => /401/.test(error))).toBe(true);
    });
  });
}
