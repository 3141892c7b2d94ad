import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { countWords } from '../../src/lib/reading-time';
import { page, requireDist, textOf } from '../support/dist';

beforeAll(requireDist);

const CONTENT = join(import.meta.dirname, '../../content/guardrails');
const slugs = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));
const SECTIONS = ['What it is', 'Why it works', 'How to start this week', 'Signs it works', 'How it fails', 'Sources'];
const REQUIRED = [
  'stop-the-line-rule',
  'policy-as-code',
  'slos-and-error-budgets',
  'paved-roads',
  'decision-register',
  'revisit-by-dates',
  'game-days',
  'safe-to-fail-probes',
  'outcome-proxies',
  'hypothesis-driven-experiment-briefs',
  'one-automated-approval-path',
  'aim-mechanism-feedback-brief',
  'evidence-reviews',
  'small-autonomous-teams',
  'pruning-reviews',
  'externality-reviews',
];

describe('the guardrails catalog', () => {
  it('has at least 24 entries, including every guardrail the essay names or implies', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(24);
    expect(slugs).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('shows every guardrail as a card with its kind, effort and constraints', () => {
    const cards = page('guardrails/index.html').querySelectorAll('[data-catalog-cards] > li');
    expect(cards.map((card) => card.querySelector('h2 a')?.getAttribute('href')).sort()).toEqual(
      slugs.map((slug) => `/guardrails/${slug}/`).sort(),
    );
    for (const card of cards) {
      expect(card.getAttribute('data-kind')).toMatch(/^(policy|ritual|metric|structure|automation)$/);
      expect(card.getAttribute('data-effort')).toMatch(/^(small|medium|large)$/);
      expect(card.querySelectorAll('a[href^="/constraints/"]').length).toBeGreaterThan(0);
    }
  });

  it('gives every constraint at least two guardrails, listed on its page from the references', () => {
    for (const id of CONSTRAINT_IDS) {
      const listed = page(`constraints/${id}/index.html`)
        .querySelectorAll('ul.guardrail-list a')
        .map((a) => a.getAttribute('href'));
      const referencing = page('guardrails/index.html')
        .querySelectorAll('[data-catalog-cards] > li')
        .filter((card) => (card.getAttribute('data-constraints') ?? '').split(' ').includes(id))
        .map((card) => card.querySelector('h2 a')?.getAttribute('href'));
      expect(referencing.length, id).toBeGreaterThanOrEqual(2);
      expect(new Set(listed), id).toEqual(new Set(referencing));
    }
  });
});

describe.each(slugs)('guardrail %s', (slug) => {
  const source = () => readFileSync(join(CONTENT, `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const root = () => page(`guardrails/${slug}/index.html`);

  it('has the six sections in order and 300 to 800 words', () => {
    const headings = [...source().matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(SECTIONS);
    const words = countWords(source());
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(800);
  });

  it('links to the constraints it addresses and carries Pagefind filters for them', () => {
    const constraintLinks = root().querySelectorAll('dl.facts a[href^="/constraints/"]');
    expect(constraintLinks.length).toBeGreaterThan(0);
    const filters = root()
      .querySelectorAll('meta[data-pagefind-filter="constraint[content]"]')
      .map((m) => m.getAttribute('content'));
    expect(filters).toEqual(constraintLinks.map((a) => textOf(a)));
    expect(root().querySelector('meta[data-pagefind-filter="type[content]"]')?.getAttribute('content')).toBe(
      'guardrail',
    );
  });
});
