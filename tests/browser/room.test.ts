import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ChecklistItem } from '../../src/lib/checklist';
import { inRankingOrder } from '../../src/lib/diagnostic/lead';
import { summarizeChecklistRoom } from '../../src/lib/room/checklist-room';
import { summarizeDiagnosticRoom } from '../../src/lib/room/diagnostic-room';
import { axeInBothThemes } from '../support/axe';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { tabUntil } from '../support/keyboard';
import { pdfPageCount } from '../support/pdf';
import { currentQuestionSet, questionSets } from '../support/question-sets';

const session = useBrowserSession();
const DIAGNOSTIC_ROOM = '/tools/diagnostic/room/';
const CHECKLIST_ROOM = '/tools/health-checklist/room/';
const { statements: questions, version: currentVersion } = currentQuestionSet();
const previousSet = questionSets().find((set) => set.version === currentVersion - 1)!;
const TRAP = ['everyone-agrees', 'evidence-unused', 'back-to-baseline'];
const items = (
  parse(readFileSync(join(import.meta.dirname, '../../content/checklist/items.yaml'), 'utf8')) as {
    id: string;
    order: number;
    theme: ChecklistItem['theme'];
  }[]
)
  .sort((a, b) => a.order - b.order)
  .map((item) => ({ ...item, text: '', constraints: [], guardrails: [] }));

/**
 * A room of six that leans towards `target`: on its statements, four point at it and two do not; elsewhere the room
 * mostly points away. Statement 3's counts add up to five only (someone stepped out).
 */
function leaningRoom(target: string): Record<string, number[]> {
  return Object.fromEntries(
    questions.map((q, i) => {
      const towards = (q.constraint === target) !== Boolean(q.reverse);
      const strong = towards ? [0, 1, 1, 2, 2, 0] : [2, 2, 1, 0, 0, 1];
      const counts = q.constraint === target ? strong : i % 2 === 0 ? [1, 3, 2, 0, 0, 0] : [0, 0, 2, 3, 1, 0];
      return [q.id, i === 2 ? counts.map((c, k) => (k === 2 ? c - 1 : c)) : counts];
    }),
  );
}

/** Types one slide's counts as a facilitator does: digits, → to the next answer, Enter to the next slide. */
async function typeCounts(page: Page, counts: readonly number[]) {
  for (const [index, count] of counts.entries()) {
    await page.keyboard.type(String(count));
    if (index < counts.length - 1) await page.keyboard.press('ArrowRight');
  }
  const where = await page.locator('[data-room-where]').textContent();
  await page.keyboard.press('Enter');
  return where;
}

/** Waits until the next slide is on the wall with its first count focused, or the result is shown. */
async function nextSlide(page: Page, before: string | null) {
  await page.waitForFunction(
    (previous) =>
      document.querySelector('[data-room-result]') !== null ||
      (document.querySelector('[data-room-where]')?.textContent !== previous &&
        document.activeElement?.id === 'room-count-0'),
    before,
  );
}

/** Starts a session by keyboard: Tab to the team size, type it, Enter to start. */
async function startByKeyboard(page: Page, teamSize: number) {
  await tabUntil(page, (element) => element.name === 'team-size', 'the team size field', { max: 60 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(teamSize));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('room-count-0');
}

describe.skipIf(!canRunBrowser)('room mode', () => {
  it('runs a six-person diagnostic session by keyboard alone, and its result is the counts’ result', async () => {
    const { page, problems } = await session.open(DIAGNOSTIC_ROOM);
    await startByKeyboard(page, 6);
    const counts = leaningRoom('temporal-myopia');
    const trap = { 'everyone-agrees': [4, 2], 'evidence-unused': [1, 5], 'back-to-baseline': [0, 6] };
    for (const [i, q] of questions.entries()) {
      const before = await typeCounts(page, counts[q.id]!);
      if (i === 2) expect(before).toBe('Statement 3 of 32');
      await nextSlide(page, before);
    }
    for (const id of TRAP) await nextSlide(page, await typeCounts(page, trap[id as keyof typeof trap]));
    await page.locator('[data-room-result]').waitFor();
    const expected = summarizeDiagnosticRoom({ questions, counts, teamSize: 6, trapChecks: TRAP, trapCounts: trap });
    expect(expected.dominant).toBe('temporal-myopia');
    expect(await page.locator('[data-dominant]').getAttribute('data-dominant')).toBe(expected.dominant);
    const rows = await page
      .locator('[data-room-table] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-row'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
      );
    // In the ranking's order, ties included, so the constraint the verdict is "ahead of" is the table's second row.
    expect(rows).toEqual(
      inRankingOrder(expected.rows, expected.ranking).map((r) => [
        r.id,
        String(r.score),
        String(r.median),
        String(r.split),
      ]),
    );
    const second = await page.locator('[data-room-table] tbody tr').nth(1).locator('th').textContent();
    expect(await page.locator('.verdict .dominant').textContent()).toContain(`ahead of ${second}`);
    await expect.poll(() => page.locator('[data-low-confidence]').textContent()).toMatch(/1 statement do not add up/);
    expect(await page.locator('[data-most-split] li').count()).toBe(3);
    expect(await page.locator('[data-trap-result]').getAttribute('data-trap-result')).toBe('present');
    expect(await page.locator('[data-why-link]').getAttribute('href')).toMatch(/\/constraints\/temporal-myopia\/#why=/);
    expect(await page.locator('[data-plan-probe]').getAttribute('href')).toMatch(/constraint=temporal-myopia/);
    // Kept in the room history, apart from personal runs.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('tfi:room')!));
    expect(saved.data.sessions).toHaveLength(1);
    expect(saved.data.sessions[0].counts[questions[2]!.id]).toEqual(counts[questions[2]!.id]);
    expect(await page.evaluate(() => localStorage.getItem('tfi:diagnostic'))).toBeNull();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], foreignRequests: [] });
  });

  it('runs a six-person checklist session by keyboard alone, naming the weakest theme and the splits', async () => {
    const { page } = await session.open(CHECKLIST_ROOM);
    await startByKeyboard(page, 6);
    const counts = Object.fromEntries(
      items.map((item, i) => [
        item.id,
        // Item 2's counts add up to five: someone stepped out.
        item.theme === 'feedback-loops' ? [1, 2, 3] : i === 1 ? [4, 1, 0] : i % 3 === 0 ? [3, 0, 3] : [5, 1, 0],
      ]),
    );
    for (const item of items) await nextSlide(page, await typeCounts(page, counts[item.id]!));
    await page.locator('[data-room-result]').waitFor();
    const expected = summarizeChecklistRoom(items, counts, 6);
    expect(expected.weakest?.id).toBe('feedback-loops');
    expect(expected.offCount).toBe(1);
    expect(await page.locator('[data-off-count]').textContent()).toMatch(
      /^The counts of 1 item do not add up to the team of 6\./,
    );
    expect(await page.locator('[data-weakest]').getAttribute('data-weakest')).toBe('feedback-loops');
    const split = await page.locator('[data-most-split] li').allTextContents();
    expect(split).toHaveLength(3);
    const widest = Math.round(expected.mostSplit[0]!.split! * 100);
    expect(split[0]).toContain(`${widest}% of pairs answered differently`);
  });

  it('keeps every key typed into a count, pressed back to back with no redraw between', async () => {
    const { page } = await session.open(DIAGNOSTIC_ROOM);
    await startByKeyboard(page, 30);
    // In one task, so the page cannot redraw between keys: a digit, then ten ↑, then three ↓.
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#room-count-0')!;
      field.value = '4';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: '4', inputType: 'insertText' }));
      const key = (name: string) =>
        field.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
      for (let i = 0; i < 10; i += 1) key('ArrowUp');
      for (let i = 0; i < 3; i += 1) key('ArrowDown');
    });
    await expect.poll(() => page.locator('#room-count-0').inputValue()).toBe('11');
    await expect
      .poll(() => page.locator('[data-count-check]').textContent())
      .toBe('11 of 30 counted: 19 not counted yet.');
  });

  it('resumes at the same statement after a reload, with its counts', async () => {
    const { page } = await session.open(DIAGNOSTIC_ROOM);
    await startByKeyboard(page, 5);
    for (let i = 0; i < 4; i += 1) await nextSlide(page, await typeCounts(page, [0, 1, 2, 2, 0, 0]));
    await page.keyboard.type('4');
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('[data-room-where]').textContent()).toBe('Statement 5 of 32');
    expect(await page.locator('#room-count-0').inputValue()).toBe('4');
    await expect
      .poll(() => page.locator('[data-count-check]').textContent())
      .toBe('4 of 5 counted: 1 not counted yet.');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.locator('[data-room-where]').textContent()).toBe('Statement 4 of 32');
    expect(await page.locator('#room-count-2').inputValue()).toBe('2');
  });

  it('exports Markdown and a share link that both open the same session again', async () => {
    const counts = leaningRoom('social-stasis');
    const now = new Date().toISOString();
    const stored = {
      v: 1,
      data: {
        current: {
          diagnostic: {
            id: 'room-export',
            kind: 'diagnostic',
            version: currentVersion,
            teamSize: 6,
            counts,
            trap: { 'everyone-agrees': [3, 3] },
            position: questions.length + TRAP.length,
            timer: null,
            startedAt: now,
            updatedAt: now,
            finishedAt: now,
          },
        },
        sessions: [],
      },
    };
    const { page } = await session.openWith(DIAGNOSTIC_ROOM, { 'tfi:room': JSON.stringify(stored) });
    await page.locator('[data-room-result]').waitFor();
    const table = () => page.locator('[data-room-table]').innerText();
    const original = await table();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const markdown = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString();
    expect(markdown).toMatch(/^# Diagnostic room session\n/);
    expect(markdown).toContain('**Dominant constraint: Social Stasis**');
    const link = await page.locator('[data-room-link]').inputValue();
    expect(link).toMatch(/\/tools\/diagnostic\/room\/#room=/);

    // The link, opened in a browser that has never seen the session.
    const other = await session.open(link.replace(/^https?:\/\/[^/]+/, ''));
    await other.page.locator('[data-room-result]').waitFor();
    expect(await other.page.locator('[data-room-table]').innerText()).toBe(original);
    await other.page.getByRole('button', { name: 'Keep in this browser’s room history' }).click();
    await expect.poll(() => other.page.locator('[data-room-history] li').count()).toBe(1);

    // The Markdown, pasted into the room page of a third browser.
    const third = await session.open(DIAGNOSTIC_ROOM);
    // Scrolling down to "Open a session" is what loads it: the page itself scrolls, wherever the mouse is.
    await third.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await third.page.locator('#room-open-text').fill(markdown);
    await third.page.getByRole('button', { name: 'Open', exact: true }).click();
    await third.page.locator('[data-room-result]').waitFor();
    expect(await third.page.locator('[data-room-table]').innerText()).toBe(original);

    // Something else pasted there changes nothing and says why.
    await third.page.getByRole('button', { name: 'Close' }).click();
    await third.page.locator('#room-open-text').fill('# Notes\n\n| 1 | x | 2 |');
    await third.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => third.page.locator('[data-room-open-error]').textContent()).toMatch(/not a room session/);
    expect(await third.page.evaluate(() => localStorage.getItem('tfi:room'))).toBeNull();
  });

  it('goes on with a session started on the previous question set, and lists and opens its finished ones', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10)).toISOString();
    const older = { kind: 'diagnostic', version: previousSet.version, teamSize: 5, timer: null };
    const finished = {
      ...older,
      id: 'room-older-finished',
      counts: Object.fromEntries(
        previousSet.statements.map((q) => [
          q.id,
          (q.constraint === 'temporal-myopia') !== q.reverse ? [0, 0, 0, 1, 4, 0] : [3, 2, 0, 0, 0, 0],
        ]),
      ),
      trap: {},
      position: previousSet.statements.length + TRAP.length,
      startedAt: at(28),
      updatedAt: at(28),
      finishedAt: at(28),
    };
    const running = {
      ...older,
      id: 'room-older-running',
      counts: {},
      trap: {},
      position: 0,
      startedAt: at(29),
      updatedAt: at(29),
    };
    const stored = { v: 1, data: { current: { diagnostic: running }, sessions: [finished] } };
    const { page } = await session.openWith(DIAGNOSTIC_ROOM, { 'tfi:room': JSON.stringify(stored) });
    // The running session is not replaced by a new one: it goes on with its own statements, and says so.
    await expect
      .poll(() => page.locator('[data-room-older-set]').textContent())
      .toContain(`question set ${previousSet.version}`);
    expect(await page.locator('#room-statement').textContent()).toBe(previousSet.statements[0]!.text);
    expect(await page.locator('[data-room-where]').textContent()).toBe(
      `Statement 1 of ${previousSet.statements.length}`,
    );
    // Its finished session is listed with its set, and opens with that set's result.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const item = page.locator('[data-room-history] li[data-session="room-older-finished"]');
    await expect.poll(() => item.textContent()).toContain(`(question set ${previousSet.version})`);
    expect(await item.textContent()).toContain('dominant: Temporal Myopia');
    await item.getByRole('button', { name: /^Open/ }).click();
    await page.locator('[data-room-result]').waitFor();
    await expect
      .poll(() => page.locator('[data-room-meta]').textContent())
      .toContain(`${previousSet.statements.length} of ${previousSet.statements.length} statements counted`);
  });

  it('compares a session with the last one, and prints its result on one page', async () => {
    const at = (day: number) => new Date(Date.UTC(2026, 9, day, 10)).toISOString();
    const session1 = {
      id: 'room-one',
      kind: 'checklist',
      version: 2,
      teamSize: 4,
      counts: Object.fromEntries(items.map((item) => [item.id, [2, 1, 1]])),
      trap: {},
      position: items.length,
      timer: null,
      startedAt: at(1),
      updatedAt: at(1),
      finishedAt: at(1),
    };
    const session2 = {
      ...session1,
      id: 'room-two',
      counts: Object.fromEntries(items.map((item) => [item.id, [3, 1, 0]])),
      startedAt: at(15),
      updatedAt: at(15),
      finishedAt: at(15),
    };
    const stored = { v: 1, data: { current: { checklist: session2 }, sessions: [session1, session2] } };
    const { page } = await session.openWith(CHECKLIST_ROOM, { 'tfi:room': JSON.stringify(stored) });
    await page.locator('[data-room-result]').waitFor();
    await expect
      .poll(() => page.locator('[data-room-meta]').textContent())
      .toMatch(/compared with the session of October 1, 2026/);
    expect(await page.locator('[data-room-table] tbody tr td:last-child').first().textContent()).toBe('+25 pts');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.room-guide').isVisible()).toBe(false);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });

  it('puts the statement in large type at 1280×720 and keeps the counts in place from one statement to the next', async () => {
    const { page } = await session.open(DIAGNOSTIC_ROOM, { viewport: { width: 1280, height: 720 } });
    await startByKeyboard(page, 6);
    const size = await page.locator('.room-statement').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    const boxes: { y: number; height: number }[] = [];
    for (let i = 0; i < 6; i += 1) {
      boxes.push(
        await page.locator('.room-counts').evaluate((counts) => {
          const box = counts.getBoundingClientRect();
          return { y: box.top - counts.closest('[data-room-stage]')!.getBoundingClientRect().top, height: box.height };
        }),
      );
      await nextSlide(page, await typeCounts(page, [1, 1, 1, 1, 1, 1]));
    }
    expect(new Set(boxes.map((b) => `${b.y}/${b.height}`)).size).toBe(1);
  });

  it('presents full screen and leaves it with Escape, also where the Fullscreen API is missing', async () => {
    const { page } = await session.open(DIAGNOSTIC_ROOM, { viewport: { width: 1280, height: 720 } });
    await page.evaluate(() => Object.defineProperty(document, 'fullscreenEnabled', { value: false }));
    await startByKeyboard(page, 6);
    await page.getByRole('button', { name: 'Present full screen' }).click();
    await expect.poll(() => page.locator('[data-room-stage]').getAttribute('class')).toBe('room-stage presenting');
    expect(await page.locator('[data-room-stage]').boundingBox()).toMatchObject({
      x: 0,
      y: 0,
      width: 1280,
      height: 720,
    });
    // What is on screen at the top left is the stage, not the site's header.
    expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.closest('[data-room-stage]') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-room-stage]').getAttribute('class')).toBe('room-stage');
    expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.closest('[data-room-stage]') !== null)).toBe(
      false,
    );
  });

  it('times each statement when asked, and says when time is up', async () => {
    // A context of its own: the fake clock stays installed in it.
    const { page } = await session.openAlone(DIAGNOSTIC_ROOM);
    // The page's clock stands still, however busy the machine, and moves only when the test moves it: 200 ms at a
    // time lets the page render (its store and its effects wait on timers), too little to change the seconds shown.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    const settle = () => page.clock.runFor(200);
    await page.locator('#room-timer').selectOption('30');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await settle();
    await expect.poll(() => page.locator('.room-clock').textContent()).toBe('0:30');
    await page.clock.fastForward(31_000);
    await settle();
    await expect.poll(() => page.locator('[data-room-timer]').textContent()).toMatch(/Time’s up/);
    await page.getByRole('button', { name: 'Next' }).click();
    await settle();
    await settle();
    await expect.poll(() => page.locator('[data-room-where]').textContent()).toBe('Statement 2 of 32');
    await expect.poll(() => page.locator('.room-clock').textContent()).toBe('0:30');
  });

  it('passes axe while voting and at the result, in both themes', async () => {
    const { page } = await session.open(DIAGNOSTIC_ROOM);
    const atSetup = await axeInBothThemes(page);
    await startByKeyboard(page, 3);
    await page.keyboard.type('9');
    const atSlide = await axeInBothThemes(page);
    for (let i = 0; i < questions.length + TRAP.length; i += 1)
      await page.getByRole('button', { name: /Next|See the result/ }).click();
    await page.locator('[data-room-result]').waitFor();
    await page.locator('[data-room-history]').waitFor();
    const atResult = await axeInBothThemes(page);
    const clean = { light: [], dark: [], switched: true };
    expect({ setup: atSetup, slide: atSlide, result: atResult }).toEqual({ setup: clean, slide: clean, result: clean });
  });
});
