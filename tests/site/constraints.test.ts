import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { countWords } from '../../src/lib/reading-time';
import { page, requireDist, textOf } from '../support/dist';

beforeAll(requireDist);

const SECTIONS = [
  'signals',
  'why-it-holds',
  'smallest-useful-disequilibrium',
  'run-the-probe',
  'what-to-measure',
  'guardrails',
  'related',
];
const constraintPage = (id: string) => page(`constraints/${id}/index.html`);
const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
const body = (id: string) =>
  readFileSync(join(import.meta.dirname, `../../content/constraints/${id}.mdx`), 'utf8').replace(
    /^---[\s\S]*?\n---\n/,
    '',
  );

describe('the constraint map', () => {
  it('lists exactly the eight constraints, in the essay’s order, each linking to its page', () => {
    const links = page('constraints/index.html')
      .querySelectorAll('table.constraint-map tbody th a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(CONSTRAINT_IDS.map((id) => `/constraints/${id}/`));
  });

  it('Appendix K’s table is the author’s, cell for cell, rendered from the collection', () => {
    const source = readFileSync(join(import.meta.dirname, '../../content/source/ticket-factory-to-impact.md'), 'utf8');
    const sourceRows = source
      .slice(source.indexOf('### Appendix K'))
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const table = page('appendices/alignment-constraint-map/index.html').querySelector('table.constraint-map')!;
    const rows = table.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => textOf(cell)));
    expect(rows).toEqual(sourceRows);
    expect(rows).toHaveLength(9);
  });

  it('each item of the essay’s “Classes of Alignment Constraint” list links to its constraint page', () => {
    const essay = page('essay/ticket-factory-to-impact/index.html');
    const links = essay.querySelectorAll('article li > a[href^="/constraints/"]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(CONSTRAINT_IDS.map((id) => `/constraints/${id}/`));
  });

  it('the index explains how to pick one', () => {
    expect(textOf(page('constraints/index.html').querySelector('main')!)).toContain('How to pick one');
  });
});

describe.each(CONSTRAINT_IDS.map((id, index) => ({ id, index })))('constraint page $id', ({ id, index }) => {
  it('has every stable section anchor, each with a copy-link control', () => {
    for (const section of SECTIONS) {
      expect(constraintPage(id).getElementById(section), section).not.toBeNull();
      expect(constraintPage(id).querySelector(`button[data-copy-link="${section}"]`), section).not.toBeNull();
    }
  });

  it('has 600 to 1,200 words of its own writing', () => {
    const words = countWords(body(id));
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('sends the probe to its guardrail’s full recipe and adds only what to watch and when to stop here', () => {
    const probe = body(id).split('## Run the probe')[1]!.split('\n## ')[0]!;
    const recipes = [...probe.matchAll(/\(\/guardrails\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]!);
    // The first guardrail the section links is the recipe, and it is a guardrail for this constraint.
    expect(recipes.length).toBeGreaterThan(0);
    expect(read(`content/guardrails/${recipes[0]}.mdx`)).toMatch(
      new RegExp(`^constraints:\\n(  - .+\\n)*  - ${id}$`, 'm'),
    );
    for (const part of ['**What to watch**', '**When to stop**']) expect(probe).toContain(part);
    // The recipe lives once, on the guardrail page: no second set of steps or durations to drift apart.
    for (const part of ['**Steps**', '**Duration**']) expect(probe).not.toContain(part);
    expect(probe).not.toMatch(/^1\. /m);
  });

  it('links the essay passages it draws on', () => {
    const essayLinks = constraintPage(id).querySelectorAll('article a[href^="/essay/ticket-factory-to-impact/#"]');
    expect(essayLinks.length).toBeGreaterThanOrEqual(2);
  });

  it('quotes the essay briefly, in its own wording', () => {
    const essayText = textOf(page('essay/ticket-factory-to-impact/index.html').querySelector('article')!);
    const quoted = body(id)
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2).replace(/\*/g, '').trim());
    expect(quoted.length).toBeGreaterThan(0);
    for (const quote of quoted) expect(essayText).toContain(quote);
  });

  it('names the constraint in its link preview and links to its neighbors', () => {
    const root = constraintPage(id);
    const name = textOf(root.querySelector('h1')!);
    expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(name);
    expect(root.querySelector('meta[property="og:description"]')?.getAttribute('content')).toContain(name);
    const prev = root.querySelector('a[rel="prev"]')?.getAttribute('href');
    const next = root.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(prev).toBe(index > 0 ? `/constraints/${CONSTRAINT_IDS[index - 1]}/` : undefined);
    expect(next).toBe(index < 7 ? `/constraints/${CONSTRAINT_IDS[index + 1]}/` : undefined);
  });

  it('is a Pagefind “constraint” and lists its symptoms for search', () => {
    const root = constraintPage(id);
    expect(root.querySelector('meta[data-pagefind-filter="type[content]"]')?.getAttribute('content')).toBe(
      'constraint',
    );
    expect(root.querySelectorAll('main ul.symptoms li').length).toBeGreaterThanOrEqual(3);
  });
});
