import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, requireDist, textOf } from '../support/dist';
import { currentQuestionSet } from '../support/question-sets';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
/** The essay's three Coordination Trap quick checks, from the author's source. */
const trapChecks = read('content/source/ticket-factory-to-impact.md')
  .split('## Appendix: Coordination Trap Diagnostic')[1]!
  .split('###')[0]!
  .split('\n')
  .filter((line) => line.startsWith('- '))
  .map((line) => line.slice(2).trim());
/** The checklist's items and the essay's quick checks, as the build reads them. */
interface ChecklistYamlItem {
  text: string;
  trap?: string;
  constraints?: string[];
}
const checklistItems = () => parse(read('content/checklist/items.yaml')) as ChecklistYamlItem[];
const trapCheckFile = () =>
  parse(read('content/diagnostic/coordination-trap.yaml')) as { id: string; constraints: string[] }[];

describe('the diagnostic page', () => {
  it('is announced on the home page with the current question set’s number of statements', () => {
    const card = page('index.html')
      .querySelectorAll('.cards li')
      .find((li) => li.querySelector('a')?.getAttribute('href') === '/tools/diagnostic/');
    expect(textOf(card!)).toContain(`${currentQuestionSet().statements.length} statements, ten minutes`);
  });

  const { statements } = currentQuestionSet();

  it('without scripts lists every statement, marks the reverse-scored ones, and asks the trap checks', () => {
    const root = page('tools/diagnostic/index.html');
    const items = root.querySelectorAll('.worksheet-list li');
    expect(items).toHaveLength(statements.length + trapChecks.length);
    expect(items.filter((li) => textOf(li).includes('reverse-scored'))).toHaveLength(
      statements.filter((s) => s.reverse).length,
    );
    for (const check of trapChecks) expect(textOf(root.querySelector('.worksheet')!)).toContain(check.split(' — ')[0]!);
  });

  it('explains on the page how to score by hand, reverse-scored statements included', () => {
    const guide = textOf(page('tools/diagnostic/index.html').querySelector('.scoring-guide')!);
    expect(guide).toContain('reverse-scored');
    expect(guide).toContain('turn the scale round');
  });
});

describe('health checklist', () => {
  const items = checklistItems();

  it('has 24 to 30 items, the essay’s three quick checks among them, asked once each', () => {
    expect(items.length).toBeGreaterThanOrEqual(24);
    expect(items.length).toBeLessThanOrEqual(30);
    expect(
      items
        .map((item) => item.trap)
        .filter(Boolean)
        .sort(),
    ).toEqual(
      trapCheckFile()
        .map((check) => check.id)
        .sort(),
    );
  });

  it('points every constraint at from at least three items, trap checks counted through their check', () => {
    const checks = trapCheckFile();
    const references = items.flatMap(
      (item) => item.constraints ?? checks.find((c) => c.id === item.trap)?.constraints ?? [],
    );
    const constraints = readdirSync(join(import.meta.dirname, '../../content/constraints')).map((f) =>
      f.replace(/\.mdx$/, ''),
    );
    for (const id of constraints)
      expect({ id, items: references.filter((r) => r === id).length >= 3 }).toEqual({ id, items: true });
  });

  it('asks about the team, without absolutes', () => {
    for (const { text } of items) {
      expect(text, 'an absolute').not.toMatch(/\b(every|all|always|never|anyone|everyone|no one|nobody)\b/i);
      expect(text, 'the organization instead of the team').not.toMatch(/\b(organization|most teams|all teams)\b/i);
    }
  });

  it('renders every item as a fieldset the printed worksheet can be ticked on', () => {
    expect(page('tools/health-checklist/index.html').querySelectorAll('fieldset.item')).toHaveLength(items.length);
  });
});

describe('links to the tools', () => {
  it('the home page, the essay and the your-data page link to the tools', () => {
    const hrefs = (file: string) =>
      page(file)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
    expect(hrefs('index.html')).toEqual(
      expect.arrayContaining(['/tools/diagnostic/', '/tools/health-checklist/', '/your-data/']),
    );
    expect(hrefs('essay/ticket-factory-to-impact/index.html')).toContain('/tools/health-checklist/');
    expect(page('constraints/index.html').querySelector('main a[href="/tools/diagnostic/"]')).not.toBeNull();
  });

  it('every page’s footer links to “your data”', () => {
    expect(
      page('essay/ticket-factory-to-impact/index.html').querySelector('footer a[href="/your-data/"]'),
    ).not.toBeNull();
  });
});

describe('the room pages without scripts', () => {
  const names = Object.fromEntries(
    readdirSync(join(import.meta.dirname, '../../content/constraints')).map((file) => [
      file.replace(/\.mdx$/, ''),
      /^name:\s*"?([^"\n]+)"?/m.exec(read(`content/constraints/${file}`))![1]!,
    ]),
  );

  it('give each diagnostic statement on the tally sheet its constraint and keying, and say how to score on paper', () => {
    const root = page('tools/diagnostic/room/index.html');
    const rows = root.querySelectorAll('table.room-table tbody tr th');
    const { statements } = currentQuestionSet();
    const notes = rows.slice(0, statements.length).map((th) => textOf(th.querySelector('.tally-note')!));
    expect(notes).toEqual(
      statements.map((q) => `${names[q.constraint]}${q.reverse ? ', reverse-scored: strongly agree counts 0' : ''}`),
    );
    expect(textOf(root)).toContain('To score it on paper: each vote counts strongly disagree 0');
  });

  it('explain the checklist room’s own rule, not the diagnostic’s', () => {
    const guide = textOf(page('tools/health-checklist/room/index.html').querySelector('.room-guide')!);
    expect(guide).toContain('A theme’s health is its share of yes votes');
    expect(guide).not.toContain('room score');
  });
});
