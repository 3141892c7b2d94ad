import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Question } from '../../src/lib/diagnostic/answers';
import { decodeShare, encodeShare } from '../../src/lib/diagnostic/share';
import { axeInBothThemes } from '../support/axe';
import { canRunBrowser, islandsHydrated, useBrowserSession } from '../support/browser-session';
import { chooseRadio, tabUntil } from '../support/keyboard';
import { pdfPageCount } from '../support/pdf';
import { currentQuestionSet, questionSets } from '../support/question-sets';

const session = useBrowserSession();
const DIAGNOSTIC = '/tools/diagnostic/';
const set = currentQuestionSet();
const statements = set.statements;
const questionIds = statements.map((q) => q.id);
const TRAP_IDS = (
  parse(readFileSync(join(import.meta.dirname, '../../content/diagnostic/coordination-trap.yaml'), 'utf8')) as {
    id: string;
  }[]
).map((c) => c.id);
/** Every older question set, with a fixture saved as that set's runs and draft really were. */
const olderSets = questionSets()
  .filter((older) => older.version < set.version)
  .map((older) => ({
    older,
    fixture: readFileSync(
      join(import.meta.dirname, `../fixtures/saved-data/diagnostic-v${older.version}.json`),
      'utf8',
    ),
    runDates: older.version === 1 ? ['Nov 20, 2026'] : ['Dec 2, 2026'],
  }));

/**
 * An answer for each statement that makes `dominant` stand out by `strength` (5: strongly; 4: agree) and leaves the
 * rest calm: a reverse-keyed statement gets the mirrored answer, so both point the same way.
 */
const leaning =
  (dominant: string, strength: 4 | 5 = 5) =>
  (q: Question): string =>
    String(q.constraint === dominant ? (q.reverse ? 6 - strength : strength) : q.reverse ? 4 : 2);

/** The radios that answer every statement with `answer`, then the three trap checks with `trap`. */
const answerRadios = (answer: (q: Question) => string, trap: 'yes' | 'no') => [
  ...statements.map((q) => `input[name="${q.id}"][value="${answer(q)}"]`),
  ...TRAP_IDS.map((id) => `input[name="trap-${id}"][value="${trap}"]`),
];

/** Answers every statement on the all-on-one-page view, then the three trap checks, by mouse, one radio at a time. */
async function answerAllByMouse(page: Page, answer: (q: Question) => string, trap: 'yes' | 'no' = 'no') {
  await page.getByLabel('All on one page').check();
  for (const radio of answerRadios(answer, trap)) await page.locator(radio).check();
}

/**
 * Answers as `answerAllByMouse` does, for tests about what comes after: every radio is clicked in the page, back to
 * back in one task (the island takes each click as it comes), instead of one round trip per radio.
 */
async function answerAll(page: Page, answer: (q: Question) => string, trap: 'yes' | 'no' = 'no') {
  await page.getByLabel('All on one page').check();
  const radios = answerRadios(answer, trap);
  await page.locator(radios.at(-1)!).waitFor();
  await page.evaluate((selectors) => {
    for (const selector of selectors) document.querySelector<HTMLInputElement>(selector)!.click();
  }, radios);
  const unchecked = () =>
    page.evaluate(
      (selectors) => selectors.filter((s) => !document.querySelector<HTMLInputElement>(s)?.checked),
      radios,
    );
  await expect.poll(unchecked).toEqual([]);
}

const SCALE = ['1', '2', '3', '4', '5', 'not-sure'];

/**
 * Answers every statement with the keyboard alone, one at a time: Tab into the statement's radio group, arrows to
 * the answer, Tab to "Next" and Enter; then the trap checks the same way. Coordination friction is strongly
 * indicated, the rest calm. Ends with focus on "See the result".
 */
async function answerAllByKeyboard(page: Page) {
  const answer = leaning('coordination-friction');
  for (let i = 0; i < statements.length; i += 1) {
    const q = statements[i]!;
    // From the page's start for the first statement; back from "Next" (where focus stays) for the others.
    await tabUntil(page, (el) => el.name === q.id, `the radio group of “${q.id}”`, { backwards: i > 0 });
    await chooseRadio(page, SCALE, answer(q));
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Next', 'the “Next” button', { max: 4 });
    await page.keyboard.press('Enter');
    // A person waits for the next statement to appear before moving on; so does the test.
    const next =
      i + 1 < statements.length
        ? `Question ${i + 2} of ${statements.length}`
        : 'Last step: the Coordination Trap check';
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(next);
  }
  // The last step: the Coordination Trap check, three yes/no groups, the first answered yes.
  for (const [index, id] of TRAP_IDS.entries()) {
    const group = `trap-${id}`;
    await tabUntil(page, (el) => el.name === group, `the trap check “${id}”`, { backwards: index === 0, max: 12 });
    await chooseRadio(page, ['yes', 'no'], index === 0 ? 'yes' : 'no');
  }
  await tabUntil(page, (el) => el.tag === 'button' && el.text === 'See the result', 'the “See the result” button', {
    max: 4,
  });
}

describe.skipIf(!canRunBrowser)('the constraint-map diagnostic', () => {
  it('a complete run by keyboard alone names the dominant constraint and why', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(`Question 1 of ${questionIds.length}`);
    await answerAllByKeyboard(page);
    await page.keyboard.press('Enter');
    await page.locator('[data-result]').waitFor();
    await expect
      .poll(() => page.locator('[data-dominant]').getAttribute('data-dominant'))
      .toBe('coordination-friction');
    await expect.poll(() => page.locator('[data-deciding] li').count()).toBe(3);
    await expect.poll(() => page.locator('.score-chart tbody tr').count()).toBe(8);
    await expect
      .poll(() => page.locator('.score-chart tbody tr').first().getAttribute('data-constraint'))
      .toBe('coordination-friction');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
    const why = await page.locator('[data-why-link]').getAttribute('href');
    expect(why).toMatch(/^\/constraints\/coordination-friction\/#why=coordination-/);
    await page.locator('[data-why-link]').click();
    await page.locator('[data-why-panel]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-why-panel] li').count()).toBe(3);
    await expect.poll(() => page.locator('[data-why-panel] li').first().textContent()).toMatch(/^Strongly agree: “/);
  });

  it('a constraint page without the fragment shows no panel', async () => {
    const { page } = await session.open('/constraints/coordination-friction/');
    await expect.poll(() => page.locator('[data-why-panel]').isVisible()).toBe(false);
  });

  it('resumes at the same question after a reload, and can show all statements on one page', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.locator(`input[name="${questionIds[0]}"][value="4"]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.reload();
    await islandsHydrated(page);
    await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(`Question 3 of ${questionIds.length}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.locator(`input[name="${questionIds[0]}"][value="4"]`).isChecked()).toBe(true);
    await page.getByLabel('All on one page').check();
    await expect.poll(() => page.locator('fieldset.question[data-question]').count()).toBe(questionIds.length);
  });

  it('keeps finished runs with their date, shows change since the previous run, and deletes one', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await answerAllByMouse(page, () => '3');
    await page.getByRole('button', { name: 'See the result' }).click();
    // Every score ties at 50, so the tie-break step comes first; skipping it leaves a low-confidence result.
    await page.getByRole('button', { name: 'Skip and see the result' }).click();
    await page.locator('[data-low-confidence]').waitFor();
    await page.getByRole('button', { name: 'Back to the questions' }).click();
    await answerAll(page, (q) => (q.constraint === 'social-stasis' ? (q.reverse ? '1' : '5') : '3'));
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-result]').waitFor();
    await expect.poll(() => page.locator('.score-chart thead').textContent()).toContain('Since last run');
    await expect
      .poll(() => page.locator('.score-chart tr[data-constraint="social-stasis"] td').last().textContent())
      .toBe('+50');
    await expect.poll(() => page.locator('[data-history] li').count()).toBe(2);
    await page
      .getByRole('button', { name: /^Delete the run of/ })
      .last()
      .click();
    await expect.poll(() => page.locator('[data-history] li').count()).toBe(1);
  });

  it('settles a close call with the tie-break, and says the tie-break decided it', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    // Social stasis and temporal myopia both strong, temporal one notch weaker: close, with social ahead by score.
    await answerAll(page, (q) =>
      q.constraint === 'social-stasis' || q.constraint === 'temporal-myopia'
        ? q.id === statements.find((s) => s.constraint === 'temporal-myopia' && !s.reverse)!.id
          ? '3'
          : q.reverse
            ? '1'
            : '5'
        : leaning('none')(q),
    );
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-tie-break]').waitFor();
    await expect.poll(() => page.locator('[data-tie-break] fieldset').count()).toBe(4);
    for (const choice of await page.locator('[data-tie-break] input[value="temporal-myopia"]').all())
      await choice.check();
    await page.reload();
    await islandsHydrated(page);
    // The step and its choices survive a reload.
    await expect.poll(() => page.locator('[data-tie-break] input[value="temporal-myopia"]:checked').count()).toBe(4);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-result]').waitFor();
    await expect.poll(() => page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('temporal-myopia');
    await expect
      .poll(() => page.locator('[data-tie-break-decided]').textContent())
      .toMatch(/tie-break decided: Temporal Myopia was closer to your team in 4 of 4/);
    expect(await page.locator('.score-chart tbody tr').first().getAttribute('data-constraint')).toBe('social-stasis');
    expect(await page.locator('[data-low-confidence]').count()).toBe(0);
  });

  it('the tie-break step and a full result pass axe, in both themes', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await answerAll(page, () => '3', 'yes');
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-tie-break] fieldset').first().waitFor();
    const atTieBreak = await axeInBothThemes(page);
    for (const choice of await page.locator('[data-tie-break] fieldset input').all()) await choice.check();
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-trap-result="present"]').waitFor();
    await page.locator('.share').waitFor();
    const atResult = await axeInBothThemes(page);
    const clean = { light: [], dark: [], switched: true };
    expect({ tieBreak: atTieBreak, result: atResult }).toEqual({ tieBreak: clean, result: clean });
  });

  it('reports a “yes” in the Coordination Trap check apart from the scores', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await answerAll(page, leaning('incentive-drift'), 'yes');
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-trap-result="present"]').waitFor();
    await expect.poll(() => page.locator('[data-trap-result] li').count()).toBe(3);
    expect(await page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('incentive-drift');
  });

  it('a share link opens the same scores and verdict, read-only, where nothing is saved', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await answerAll(page, leaning('moral-optics-alignment', 4));
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.locator('[data-result] .score-chart [data-score]').first().waitFor();
    const scores = await page.locator('.score-chart [data-score]').allTextContents();
    expect(scores).toHaveLength(8);
    const link = await page.locator('[data-share-link]').inputValue();
    expect(link).toContain('#share=');
    const other = await session.open(new URL(link).pathname + new URL(link).hash);
    await other.page.locator('[data-shared-view] [data-result]').waitFor();
    await expect.poll(() => other.page.locator('.score-chart [data-score]').allTextContents()).toEqual(scores);
    await expect
      .poll(() => other.page.locator('[data-dominant]').getAttribute('data-dominant'))
      .toBe('moral-optics-alignment');
    await expect.poll(() => other.page.locator('input[type="radio"]').count()).toBe(0);
    const broken = await session.open(`${DIAGNOSTIC}#share=AAAA`);
    await broken.page.locator('[data-share-error]').waitFor();
    await expect.poll(() => broken.page.locator('[data-share-error]').textContent()).toMatch(/can’t be read/);
    const unsafe = btoa('{"__proto__":{"x":1},"f":2,"q":2,"s":[1,2,3,4,5,6,7,8]}').replace(/=+$/, '');
    const polluted = await session.open(`${DIAGNOSTIC}#share=${unsafe}`);
    await expect.poll(() => polluted.page.locator('[data-share-error]').textContent()).toMatch(/can’t be read/);
  });

  it('the team view compares links, names the widest disagreement and downloads the answers of those who shared them', async () => {
    const leanings = ['social-stasis', 'social-stasis', 'temporal-myopia'];
    const links: string[] = [];
    for (const strong of leanings) {
      const { page } = await session.open(DIAGNOSTIC);
      await answerAll(page, leaning(strong));
      await page.getByRole('button', { name: 'See the result' }).click();
      await page.getByLabel(/Include my answers/).check();
      links.push(await page.locator('[data-share-link]').inputValue());
    }
    // A fourth member shares the first member's scores without answers: the medians and spreads stay as they were.
    const first = decodeShare(links[0]!);
    if (!first.ok) throw new Error(first.error);
    const { answers, trap, tieBreak, ...scoresOnly } = first.result;
    links.push(`${links[0]!.split('#')[0]}#${encodeShare(scoresOnly)}`);

    const { page } = await session.open(DIAGNOSTIC);
    await page.getByRole('button', { name: 'Compare a team’s results' }).click();
    await page.getByLabel('Share links').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('[data-team-row]').first().waitFor();
    await expect.poll(() => page.locator('[data-team-row="social-stasis"] [data-median]').textContent()).toBe('100');
    await expect
      .poll(() => page.locator('[data-most-disagreement]').getAttribute('data-most-disagreement'))
      .toBe('social-stasis');
    await expect.poll(() => page.locator('.team-table thead th').count()).toBe(7);
    expect(await page.locator('[data-old-version]').count()).toBe(0);
    expect(await page.locator('[data-answers-carried]').textContent()).toBe('3 of 4 links carry their answers.');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the answers for analysis' }).click();
    const file = await download;
    const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString();
    expect(file.suggestedFilename()).toMatch(/^diagnostic-answers-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(
      leanings.map((strong, i) => {
        const shared = decodeShare(links[i]!);
        return {
          member: i + 1,
          questionSet: set.version,
          runDate: shared.ok ? shared.result.finishedAt!.slice(0, 10) : 'unreadable',
          answers: Object.fromEntries(statements.map((q) => [q.id, Number(leaning(strong)(q))])),
          trap: Object.fromEntries(TRAP_IDS.map((id) => [id, false])),
          tieBreak: {},
        };
      }),
    );
  });

  it('prints the result with its date, question-set version and address, without the tool chrome', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await answerAll(page, leaning('structural-equilibrium', 4));
    await page.getByRole('button', { name: 'See the result' }).click();
    // Both exist on screen first, so that hiding them in print is what is tested.
    await page.locator('.share').waitFor({ state: 'visible' });
    await page.locator('.team').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.team').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.share').isVisible()).toBe(false);
    const stamp = await page.locator('[data-result] .print-only').textContent();
    expect(stamp).toMatch(
      new RegExp(
        `^Diagnostic run of \\w+ \\d{1,2}, \\d{4} · question set version ${set.version} · http://127\\.0\\.0\\.1:\\d+/tools/diagnostic/$`,
      ),
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('downloads a reminder six weeks ahead by default', async () => {
    const { page } = await session.open(DIAGNOSTIC);
    await page.getByLabel('All on one page').check();
    await page.locator(`input[name="${questionIds[0]}"][value="4"]`).check();
    await page.getByRole('button', { name: 'See the result' }).click();
    const expected = new Date(Date.now() + 42 * 86400000).toISOString().slice(0, 10);
    await expect.poll(() => page.getByLabel('Date').inputValue()).toBe(expected);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /calendar event/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`rerun-alignment-diagnostic-${expected}.ics`);
  });

  it('without JavaScript is a printable questionnaire with a scoring guide', async () => {
    const { page } = await session.open(DIAGNOSTIC, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('.worksheet-list li').count()).toBe(questionIds.length + TRAP_IDS.length);
    expect(await page.locator('.worksheet-list li', { hasText: 'reverse-scored' }).count()).toBe(
      statements.filter((q) => q.reverse).length,
    );
    await expect.poll(() => page.locator('.worksheet').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.scoring-guide').isVisible()).toBe(true);
  });
});

describe.skipIf(!canRunBrowser).for(olderSets)(
  'runs and links from question set $older.version',
  ({ older, fixture, runDates }) => {
    const olderLink = () => {
      const payload = { f: 1, q: older.version, s: [25, 25, 25, 81, 25, 25, 25, 25] };
      return `${DIAGNOSTIC}#share=${btoa(JSON.stringify(payload)).replace(/=+$/, '')}`;
    };

    it('history keeps old runs with their scores, explains them with their own statements, and marks their set', async () => {
      const { page } = await session.openWith(DIAGNOSTIC, { 'tfi:diagnostic': fixture });
      await expect.poll(() => page.locator('[data-history] li').count()).toBe(2);
      await expect.poll(() => page.locator(`[data-history] li[data-question-set="${older.version}"]`).count()).toBe(2);
      await page.getByRole('button', { name: `View the run of ${runDates[0]}` }).click();
      await page.locator('[data-result]').waitFor();
      await expect.poll(() => page.locator('[data-old-version]').count()).toBe(1);
      expect(await page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('coordination-friction');
      // Deciding answers come from the older set's own statements, fetched for this run.
      const olderTexts = older.statements.filter((q) => q.constraint === 'coordination-friction').map((q) => q.text);
      await expect.poll(() => page.locator('[data-deciding] li').count()).toBe(3);
      for (const item of await page.locator('[data-deciding] li').allTextContents()) {
        expect(olderTexts.some((text) => item.includes(text))).toBe(true);
      }
      // Compared with the earlier run of the same set only.
      await expect
        .poll(() => page.locator('.score-chart tr[data-constraint="coordination-friction"] td').last().textContent())
        .toBe('+75');
    });

    it('an unfinished run on old statements is kept until the user chooses, and can be finished as it was', async () => {
      const { page } = await session.openWith(DIAGNOSTIC, { 'tfi:diagnostic': fixture });
      await page.locator('[data-older-draft]').waitFor();
      await page.getByRole('button', { name: `Finish it with question set ${older.version}` }).click();
      await page.locator('[data-result]').waitFor();
      await expect.poll(() => page.locator('[data-history] li').count()).toBe(3);
      await expect.poll(() => page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('incentive-drift');
      await page.getByRole('button', { name: 'Back to the questions' }).click();
      await expect.poll(() => page.locator('[data-older-draft]').count()).toBe(0);
      await expect
        .poll(() => page.locator('[data-progress]').textContent())
        .toBe(`Question 1 of ${questionIds.length}`);
    });

    it('a new run is not compared with runs of the old set, and says why', async () => {
      const { page } = await session.openWith(DIAGNOSTIC, { 'tfi:diagnostic': fixture });
      await page.getByRole('button', { name: 'Start again with the new statements' }).click();
      await answerAll(page, leaning('cognitive-local-maxima'));
      await page.getByRole('button', { name: 'See the result' }).click();
      await page.locator('[data-result]').waitFor();
      await expect
        .poll(() => page.locator('[data-no-comparison]').textContent())
        .toMatch(new RegExp(`question set ${older.version}, whose statements differ`));
      expect(await page.locator('.score-chart thead').textContent()).not.toContain('Since last run');
    });

    it('an old share link opens with its original scores and a note', async () => {
      const { page } = await session.open(olderLink());
      await page.locator('[data-shared-view] [data-result]').waitFor();
      await expect.poll(() => page.locator('[data-old-version]').count()).toBe(1);
      expect(await page.locator('[data-dominant]').getAttribute('data-dominant')).toBe('social-stasis');
      expect(await page.locator('.score-chart tr[data-constraint="social-stasis"] [data-score]').textContent()).toBe(
        '81',
      );
    });

    it('the team view takes old and new links together, with a note about the old ones', async () => {
      const { page: member } = await session.open(DIAGNOSTIC);
      await answerAll(member, leaning('social-stasis'));
      await member.getByRole('button', { name: 'See the result' }).click();
      const current = await member.locator('[data-share-link]').inputValue();
      const { page } = await session.open(DIAGNOSTIC);
      await page.getByRole('button', { name: 'Compare a team’s results' }).click();
      await page.getByLabel('Share links').fill([current, new URL(olderLink(), session.baseUrl).href].join('\n'));
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.locator('[data-team-row]').first().waitFor();
      await expect
        .poll(() => page.locator('[data-old-version]').textContent())
        .toMatch(/1 of these links used an older question set/);
      expect(await page.locator('[data-team-row="social-stasis"] [data-median]').textContent()).toBe('91');
    });
  },
);
