import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starlightPage, starlightPages, writeStarlightProject } from '../../bench/lib/starlight-site';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the guide as a Starlight site, for the side-by-side build bench', () => {
  it('keeps a page’s text and gives Starlight a title and a description', () => {
    const source =
      '---\nname: "Decision register"\nsummary: "One list of decisions."\nconstraints:\n  - social-stasis\n---\n\n' +
      'Write it down.\n\n<EditorsNote>Added by an editor.</EditorsNote>\n\n<ConstraintMap />\n';
    expect(starlightPage('guardrails', 'decision-register.mdx', source)).toEqual({
      path: 'guardrails/decision-register.md',
      text:
        '---\ntitle: "Decision register"\ndescription: "One list of decisions."\n---\n\nWrite it down.\n\n' +
        '> Editor’s note: Added by an editor.\n\nThe map is a table on the guide’s own page.\n',
    });
  });

  it('refuses a page it cannot carry over, naming the file', () => {
    expect(() => starlightPage('essays', 'x.mdx', '---\ntitle: "X"\n---\n<Figure src="a" />\n')).toThrow(
      'essays/x.mdx: a component Starlight cannot render',
    );
    expect(() => starlightPage('essays', 'y.mdx', 'No front matter')).toThrow('essays/y.mdx: no front matter');
    expect(() => starlightPage('guardrails', 'z.mdx', '---\nsummary: "s"\n---\nText')).toThrow(
      'guardrails/z.mdx: no title or name',
    );
  });

  it('carries every page of the essay, the appendices, the constraints and the guardrails over', () => {
    const pages = starlightPages(join(ROOT, 'content'));
    const sections = (section: string) => pages.filter((page) => page.path.startsWith(`${section}/`)).length;
    expect({
      essays: sections('essays'),
      appendices: sections('appendices'),
      constraints: sections('constraints'),
    }).toEqual({ essays: 1, appendices: 2, constraints: 8 });
    expect(sections('guardrails')).toBeGreaterThanOrEqual(20);
    expect(pages.filter((page) => /^<[A-Z]/m.test(page.text) || !/^title: "/m.test(page.text))).toEqual([]);
  });

  it('writes a Starlight project that asks for the guide’s own Astro and the pinned Starlight', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfi-starlight-test-'));
    try {
      writeStarlightProject(dir, [{ path: 'essays/e.md', text: '---\ntitle: "E"\n---\nText\n' }], {
        astro: '7.3.5',
        starlight: '0.42.9',
      });
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect(manifest.dependencies).toEqual({ astro: '7.3.5', '@astrojs/starlight': '0.42.9' });
      expect(readFileSync(join(dir, 'src/content/docs/essays/e.md'), 'utf8')).toBe('---\ntitle: "E"\n---\nText\n');
      expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toContain(
        "import starlight from '@astrojs/starlight';",
      );
      expect(readFileSync(join(dir, 'src/content.config.ts'), 'utf8')).toContain('docsLoader()');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
