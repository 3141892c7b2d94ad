import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../src/lib/constraints';
import { page, requireDist, textOf } from '../support/dist';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
/** The essay's three Coordination Trap quick checks, from the author's source. */
const trapChecks = read('content/source/ticket-factory-to-impact.md')
  .split('## Appendix: Coordination Trap Diagnostic')[1]!
  .split('###')[0]!
  .split('\n')
  .filter((line) => line.startsWith('- '))
  .map((line) => line.slice(2).trim());
/** Items of a YAML list file: each item's fields as strings. */
const yamlItems = (path: string) =>
  read(path)
    .split(/^- /m)
    .slice(1)
    .map((block) => Object.fromEntries([...`  ${block}`.matchAll(/^ {2}(\w+): (.+)$/gm)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')])));

describe('diagnostic questions', () => {
  const questions = yamlItems('content/diagnostic/questions.yaml');

  it('has at least three of its own statements per constraint, and unique ids', () => {
    for (const id of CONSTRAINT_IDS) {
      expect(questions.filter((q) => q['constraint'] === id && q['fromEssay'] !== 'true').length, id).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(questions.map((q) => q['id'])).size).toBe(questions.length);
  });

  it('includes the essay’s three Coordination Trap quick checks in the author’s words', () => {
    expect(trapChecks).toHaveLength(3);
    expect(questions.filter((q) => q['fromEssay'] === 'true').map((q) => q['text'])).toEqual(trapChecks);
  });

  it('the page without scripts lists every statement with a scoring guide', () => {
    const root = page('tools/diagnostic/index.html');
    expect(root.querySelectorAll('.worksheet-list li')).toHaveLength(questions.length);
    expect(textOf(root.querySelector('.scoring-guide')!)).toContain('A tie goes to the constraint that comes first in the essay');
  });
});

describe('health checklist', () => {
  const items = yamlItems('content/checklist/items.yaml');

  it('has 20 to 30 original items plus the essay’s three quick checks, word for word', () => {
    const own = items.filter((item) => item['fromEssay'] !== 'true');
    expect(own.length).toBeGreaterThanOrEqual(20);
    expect(own.length).toBeLessThanOrEqual(30);
    expect(items.filter((item) => item['fromEssay'] === 'true').map((item) => item['text'])).toEqual(trapChecks);
  });

  it('renders every item as a fieldset the printed worksheet can be ticked on', () => {
    expect(page('tools/health-checklist/index.html').querySelectorAll('fieldset.item')).toHaveLength(items.length);
  });
});

describe('links to the tools', () => {
  it('the home page, the essay and the your-data page link to the tools', () => {
    const hrefs = (file: string) => page(file).querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs('index.html')).toEqual(expect.arrayContaining(['/tools/diagnostic/', '/tools/health-checklist/', '/your-data/']));
    expect(hrefs('essay/ticket-factory-to-impact/index.html')).toContain('/tools/health-checklist/');
    expect(page('constraints/index.html').querySelector('main a[href="/tools/diagnostic/"]')).not.toBeNull();
  });

  it('every page’s footer links to “your data”', () => {
    expect(page('essay/ticket-factory-to-impact/index.html').querySelector('footer a[href="/your-data/"]')).not.toBeNull();
  });
});
