// The browser half of the explorer bench: drives the explorer page in headless Chromium and times what a
// user waits for (first draw, a filter change, a search) and how smoothly the camera moves. WebGL here is
// SwiftShader (software, on the CPU): every figure is a floor for a machine with a GPU.
import type { Browser, Page } from 'playwright-core';
import { watchProblems } from '../test/helpers/browser';
import { percentile } from './http-queries';

/** The little of the DOM the functions run inside the page use (the bench compiles without the DOM lib). */
interface PageElement {
  textContent: string | null;
}
interface FrameClock {
  frames?: number[];
  recording?: boolean;
}
declare const document: { getElementById(id: string): PageElement | null };
declare const window: { benchClock?: FrameClock };
declare function requestAnimationFrame(callback: (time: number) => void): number;

/** Frame intervals while the camera moves. */
export interface FrameFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  fps: number;
}

export interface PageFigures {
  /** page.goto to the status line showing the whole network's actor count: layout computed by the server. */
  coldLoadMs: number;
  /** A reload: the same, with the server's layout cached. */
  warmLoadMs: number;
  camera: FrameFigures;
  /** Unchecking GOVERNMENT to the status line showing the filtered count (a new layout, computed). */
  sectorFilterMs: number;
  sectorFilterCount: number;
  /** Typing a name in the search box and Enter to the side panel titled with it. */
  searchMs: number;
  /** CDP Performance.getMetrics after the camera moves, whole network drawn. */
  jsHeapUsedMiB: number;
  /** Console errors, uncaught exceptions and failed requests the page saw. */
  problems: string[];
}

const WAIT = { timeout: 300_000 };
const CAMERA_SECONDS = 3;

/** The actor count of the status line ("5,000 actors · …"), or undefined while it shows none. */
function statusCount(text: string | null): number | undefined {
  const match = /^([\d,]+) actors? ·/.exec(text ?? '');
  return match ? Number(match[1]!.replace(/,/g, '')) : undefined;
}

/** Milliseconds from now until the status line shows `count` actors (undefined: any count but `not`). */
async function untilCount(page: Page, count: number | undefined, not?: number): Promise<number> {
  const started = performance.now();
  await page.waitForFunction(
    ({ count, not }) => {
      const match = /^([\d,]+) actors? ·/.exec(document.getElementById('status')?.textContent ?? '');
      const shown = match ? Number(match[1]!.replace(/,/g, '')) : undefined;
      return shown !== undefined && (count === null ? shown !== not : shown === count);
    },
    { count: count ?? null, not: not ?? null },
    WAIT,
  );
  return performance.now() - started;
}

/**
 * Zooms and pans sigma's camera for CAMERA_SECONDS with the mouse (wheel in and out, drags), as a user
 * would, while the page records requestAnimationFrame intervals: a frame that took long to draw delays
 * the next callback.
 */
async function cameraFrames(page: Page): Promise<FrameFigures> {
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('explorer bench: #graph is not shown');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    const clock: FrameClock = { frames: [], recording: true };
    window.benchClock = clock;
    const tick = (time: number) => {
      clock.frames!.push(time);
      if (clock.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = performance.now();
  for (let step = 0; performance.now() - started < CAMERA_SECONDS * 1000; step++) {
    const zoomIn = step % 4 < 2;
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, zoomIn ? -240 : 240);
    const dx = step % 2 === 0 ? 200 : -200;
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dx / 2, { steps: 12 });
    await page.mouse.up();
    await page.mouse.move(cx, cy);
  }
  const frames = await page.evaluate(() => {
    const clock = window.benchClock!;
    clock.recording = false;
    return clock.frames!;
  });
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const span = frames.at(-1)! - frames[0]!;
  return {
    frames: intervals.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1)!,
    fps: (intervals.length / span) * 1000,
  };
}

/**
 * Opens the explorer at `url` in a new 1280×800 page of `browser` and measures it; the server behind it
 * must have computed nothing yet, so that the first load includes the layout. `actorCount` is the whole
 * network's; `searchName` the name of an actor to search for.
 */
export async function measureExplorerPage(
  browser: Browser,
  url: string,
  actorCount: number,
  searchName: string,
): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = watchProblems(page);
  try {
    let started = performance.now();
    await page.goto(url);
    await untilCount(page, actorCount);
    const coldLoadMs = performance.now() - started;

    started = performance.now();
    await page.reload();
    await untilCount(page, actorCount);
    const warmLoadMs = performance.now() - started;

    const camera = await cameraFrames(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    await cdp.detach();

    started = performance.now();
    await page.uncheck('input[name="sector"][value="GOVERNMENT"]');
    await untilCount(page, undefined, actorCount);
    const sectorFilterMs = performance.now() - started;
    const sectorFilterCount = statusCount(await page.textContent('#status'))!;
    await page.check('input[name="sector"][value="GOVERNMENT"]');
    await untilCount(page, actorCount);

    started = performance.now();
    await page.fill('#search', searchName);
    await page.press('#search', 'Enter');
    await page.waitForFunction(
      (name) => document.getElementById('panel-title')?.textContent === name,
      searchName,
      WAIT,
    );
    const searchMs = performance.now() - started;

    return {
      coldLoadMs,
      warmLoadMs,
      camera,
      sectorFilterMs,
      sectorFilterCount,
      searchMs,
      jsHeapUsedMiB: heap / 1024 / 1024,
      problems: problems.errors,
    };
  } finally {
    await page.close();
  }
}
