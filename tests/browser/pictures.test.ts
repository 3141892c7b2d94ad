import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS, type ConstraintId } from '../../src/lib/constraints';
import { encodeShare } from '../../src/lib/diagnostic/share';
import type { Scores } from '../../src/lib/diagnostic/scoring';
import { emptyDraft } from '../../src/lib/tools/diagnostic-data';
import { axeViolations, inBothThemes } from '../support/axe';
import { contrastRatio } from '../support/contrast';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';

const session = useBrowserSession();
const DIAGNOSTIC = '/tools/diagnostic/';

const scoresOf = (value: (id: ConstraintId, i: number) => number | null): Scores =>
  Object.fromEntries(CONSTRAINT_IDS.map((id, i) => [id, value(id, i)])) as Scores;
const run = (id: string, finishedAt: string, questionSetVersion: number, scores: Scores) => ({
  id,
  finishedAt,
  questionSetVersion,
  scores,
  answers: {},
  trap: {},
  tieBreak: {},
});
const savedRuns = (runs: ReturnType<typeof run>[]) => JSON.stringify({ v: 2, data: { draft: emptyDraft(2), runs } });
const fourRuns = savedRuns([
  run(
    'run-a',
    '2026-08-01T09:00:00.000Z',
    1,
    scoresOf((_, i) => 20 + i * 5),
  ),
  run(
    'run-b',
    '2026-09-01T09:00:00.000Z',
    2,
    scoresOf((_, i) => 30 + i * 5),
  ),
  run(
    'run-c',
    '2026-10-01T09:00:00.000Z',
    2,
    scoresOf((id, i) => (id === 'social-stasis' ? null : 35 + i * 5)),
  ),
  run(
    'run-d',
    '2026-11-01T09:00:00.000Z',
    2,
    scoresOf((id, i) => (id === 'coordination-friction' ? 90 : 40 + i)),
  ),
]);

/** A returning user with four runs. */
async function openWithFourRuns() {
  const { page } = await session.openWith(DIAGNOSTIC, { 'tfi:diagnostic': fourRuns });
  await showHistory(page);
  return page;
}

/**
 * The history loads when it comes into view (Deferred): bring it there as a reader would, scrolling to the end again
 * while it is not there. One scroll was not enough once on a busy machine: the tool, still settling, grew above the
 * history’s place after the scroll and pushed it back out of view (a reader scrolls on; so does the test).
 */
async function showHistory(page: Page) {
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return page.locator('[data-history]').isVisible();
    })
    .toBe(true);
}

const axeOn = (page: Page, selector: string) => axeViolations(page, { include: selector });

describe.skipIf(!canRunBrowser)('pictures of the diagnostic', () => {
  it('a team of three as a dot plot, with the widest disagreement named, in both themes', async () => {
    const links = [
      scoresOf((id) => (id === 'social-stasis' ? 10 : 50)),
      scoresOf((id) => (id === 'social-stasis' ? 90 : 50)),
      scoresOf((id) => (id === 'social-stasis' ? 40 : 55)),
    ].map((scores) => `http://127.0.0.1/tools/diagnostic/#${encodeShare({ questionSetVersion: 2, scores })}`);
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByRole('button', { name: 'Compare a team’s results' }).click();
    await page.getByLabel('Share links').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    const figure = page.locator('[data-picture="dot-plot"]');
    await figure.waitFor();
    expect(await figure.locator('circle[data-dot]').count()).toBe(3 * 8);
    expect(await figure.locator('[data-row] line[data-median-x]').count()).toBe(8);
    await expect.poll(() => figure.locator('g.widest').getAttribute('data-row')).toBe('social-stasis');
    expect(await figure.locator('figcaption').textContent()).toMatch(
      /widest disagreement is about Social Stasis, 80 points/,
    );
    // Drawn to the space it has, text at its own size: nothing wider than the page's column.
    const { svg, column } = await figure.evaluate((el) => ({
      svg: el.querySelector('svg')!.getBoundingClientRect().width,
      column: el.parentElement!.getBoundingClientRect().width,
    }));
    expect(svg).toBeLessThanOrEqual(column + 1);
    expect(await inBothThemes(page, () => axeOn(page, '[data-picture="dot-plot"]'))).toEqual({
      light: [],
      dark: [],
      switched: true,
    });
  });

  it('four runs as small multiples, with the change of question set marked, in both themes', async () => {
    const page = await openWithFourRuns();
    const figure = page.locator('[data-picture="trend"]');
    await figure.waitFor();
    expect(await figure.locator('[data-trend-panel]').count()).toBe(8);
    expect(await figure.locator('[data-trend-panel="incentive-drift"] circle[data-trend-point]').count()).toBe(4);
    // A run without a score for a constraint leaves a gap, not a made-up point.
    expect(await figure.locator('[data-trend-panel="social-stasis"] circle[data-trend-point]').count()).toBe(3);
    expect(await figure.locator('[data-trend-panel="incentive-drift"] .set-change').count()).toBe(1);
    expect(await figure.locator('[data-trend-panel="coordination-friction"] .trend-change').textContent()).toBe(
      '30 → 90 (+60)',
    );
    expect(await figure.locator('figcaption').textContent()).toMatch(/question set 1 to 2/);
    // The numbers are behind a disclosure, one column per run.
    await figure.locator('summary').click();
    expect(await figure.locator('table thead th').count()).toBe(5);
    expect(await inBothThemes(page, () => axeOn(page, '[data-picture="trend"]'))).toEqual({
      light: [],
      dark: [],
      switched: true,
    });
  });

  it('says what will appear when there is only one run, instead of an empty chart', async () => {
    const { page } = await session.openWith(DIAGNOSTIC, {
      'tfi:diagnostic': savedRuns([
        run(
          'run-a',
          '2026-11-01T09:00:00.000Z',
          2,
          scoresOf(() => 50),
        ),
      ]),
    });
    await showHistory(page);
    await page.locator('[data-trend-empty]').waitFor();
    expect(await page.locator('[data-picture="trend"]').count()).toBe(0);
  });

  it('a result’s profile: eight bars in the essay’s order, the dominant one marked with its margin, in both themes', async () => {
    const page = await openWithFourRuns();
    await page.getByRole('button', { name: 'View the run of Nov 1, 2026' }).click();
    const figure = page.locator('[data-picture="profile"]');
    await figure.waitFor();
    expect(
      await figure.locator('[data-bar]').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-bar'))),
    ).toEqual([...CONSTRAINT_IDS]);
    expect(await figure.locator('g.dominant').getAttribute('data-bar')).toBe('coordination-friction');
    // The runner-up scores 47 (moral-optics-alignment: 40 + 7): 43 points behind.
    expect(await figure.locator('[data-margin]').getAttribute('data-margin')).toBe('43');
    expect(await figure.locator('figcaption').textContent()).toMatch(
      /Coordination Friction dominates, 43 points ahead/,
    );
    // The runner-up's mark is a mark a reader must see (WCAG 1.4.11): 3:1 against the solid bar it sits on, and its
    // ends against the page; in either theme.
    const seen = await inBothThemes(page, async () => {
      const colors = await figure.evaluate((element) => {
        const style = (selector: string) => getComputedStyle(element.querySelector(selector)!);
        return {
          onFill: style('.margin .on-fill').stroke,
          mark: style('.margin line').stroke,
          fill: style('g.dominant .fill').fill,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      return {
        axe: await axeOn(page, '[data-picture="profile"]'),
        markOnBar: contrastRatio(colors.onFill, colors.fill) >= 3,
        markOnPage: contrastRatio(colors.mark, colors.page) >= 3,
      };
    });
    const fine = { axe: [], markOnBar: true, markOnPage: true };
    expect(seen).toEqual({ light: fine, dark: fine, switched: true });
    // Each score carries its change since the previous run of the same set (run-c: 35 + 2 × 5 = 45).
    expect(await figure.locator('[data-bar="coordination-friction"] text').textContent()).toBe(
      'Coordination Friction: 90 · +45 (dominant)',
    );
    // On paper, in print colors: still drawn, inside the page, and standing in for the ranked table.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const box = await figure.locator('svg').boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    await expect.poll(() => page.locator('[data-result] .score-chart').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
