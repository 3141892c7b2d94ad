import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseOf, repeatedSentences, sentencesOf } from '../support/prose';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const mdxIn = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ page: `${folder}/${file}`, text: proseOf(read(`${folder}/${file}`)) }));

/** The author's essay, normalized like the guide's sentences, so quoting it is never counted as repetition. */
const essay = sentencesOf(read('content/source/ticket-factory-to-impact.md')).join(' ');
const quotesTheEssay = (sentence: string) => essay.includes(sentence.replace(/^"|"$/g, ''));

describe('the guide’s own writing', () => {
  const pages = [...mdxIn('content/constraints'), ...mdxIn('content/guardrails')];

  it('repeats no sentence of eight or more words on three or more pages (quoting the essay aside)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(34);
    expect(repeatedSentences(pages, { isQuotation: quotesTheEssay })).toEqual([]);
  });
});

describe('the repetition check itself', () => {
  const stock = 'It rewards motion because it rises whether or not anything mattered.';
  const page = (name: string, extra: string) => ({ page: name, text: `${extra} ${stock}` });

  it('finds a stock sentence on three pages and names them', () => {
    expect(repeatedSentences([page('a', 'One.'), page('b', 'Two.'), page('c', 'Three.')])).toEqual([
      { sentence: stock.toLowerCase(), pages: ['a', 'b', 'c'] },
    ]);
  });

  it('lets a sentence appear on two pages, a short one anywhere, and a quotation of the essay everywhere', () => {
    expect(repeatedSentences([page('a', ''), page('b', '')])).toEqual([]);
    const short = ['a', 'b', 'c'].map((name) => ({ page: name, text: 'Keep it small and reversible.' }));
    expect(repeatedSentences(short)).toEqual([]);
    const quoted = ['a', 'b', 'c'].map((name) => page(name, ''));
    expect(repeatedSentences(quoted, { isQuotation: (s) => s === stock.toLowerCase() })).toEqual([]);
  });

  it('reads prose without front matter, blockquotes, link targets or the Sources list', () => {
    const mdx = '---\nname: x\n---\nSee [the map](/appendices/x/).\n\n> Quoted.\n\n## Sources\n\n- A Book (2019)\n';
    expect(proseOf(mdx).replace(/\s+/g, ' ').trim()).toBe('See the map.');
  });
});
