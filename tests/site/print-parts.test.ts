import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { catalogPrintParts, GUARDRAILS_PER_PRINT } from '../../src/lib/print-parts';
import { DIST, page } from '../support/dist';
import { SUBPATH, useSubpathBuild } from '../support/subpath-build';

const subpathBuild = useSubpathBuild();

/** The names of a build's guardrails, from their own pages, in the catalog's order (by name). */
const guardrailNames = (out: string) =>
  readdirSync(join(out, 'guardrails'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => parse(readFileSync(join(out, 'guardrails', entry.name, 'index.html'), 'utf8')))
    .map((root) => root.querySelector('h1')!.textContent.trim())
    .sort((a, b) => a.localeCompare(b, 'en'));

const entryNames = (root: HTMLElement) =>
  root.querySelectorAll('.guardrail-entry h3').map((heading) => heading.textContent.trim());

describe('the guardrails catalog on paper', () => {
  it(`prints with the whole guide while it has at most ${GUARDRAILS_PER_PRINT} guardrails (the guide’s own catalog)`, () => {
    const names = guardrailNames(DIST);
    expect(names.length).toBeLessThanOrEqual(GUARDRAILS_PER_PRINT);
    const print = page('print/index.html');
    expect(entryNames(print)).toEqual(names);
    expect(print.querySelectorAll('.catalog-parts')).toHaveLength(0);
    expect(existsSync(join(DIST, 'print/guardrails'))).toBe(false);
  });

  it('prints in parts past that: the whole guide’s page lists them, and together they hold every guardrail once, in order', () => {
    const out = subpathBuild();
    const names = guardrailNames(out);
    const expected = catalogPrintParts(names.length);
    expect(expected.length).toBeGreaterThan(1);
    const print = parse(readFileSync(join(out, 'print/index.html'), 'utf8'));
    expect(print.querySelectorAll('.guardrail-entry')).toHaveLength(0);
    const listed = print.querySelectorAll('.catalog-parts li a').map((a) => new URL(a.getAttribute('href')!).pathname);
    expect(listed).toEqual(expected.map((part) => `${SUBPATH}print/guardrails/${part.number}/`));

    const printed = expected.map((part) => {
      const root = parse(readFileSync(join(out, 'print/guardrails', String(part.number), 'index.html'), 'utf8'));
      return { title: root.querySelector('h1')!.textContent.trim(), names: entryNames(root) };
    });
    expect(printed.map((part) => part.title)).toEqual(
      expected.map((part) => `The guardrails catalog, part ${part.number} of ${expected.length}, to print`),
    );
    expect(printed.map((part) => part.names.length)).toEqual(expected.map((part) => part.last - part.first + 1));
    expect(printed.flatMap((part) => part.names)).toEqual(names);
  });

  it('gives the parts valid markup (html-validate, as for every page of the guide) and headings that skip no level', async () => {
    const out = subpathBuild();
    const files = [
      'print/index.html',
      ...readdirSync(join(out, 'print/guardrails')).map((n) => `print/guardrails/${n}/index.html`),
    ];
    expect(files.length).toBeGreaterThan(2);
    // Headings never skip a level going deeper (axe's heading-order, which the page sweep cannot run on this build).
    const skips = files.flatMap((file) => {
      const levels = parse(readFileSync(join(out, file), 'utf8'))
        .querySelectorAll('h1, h2, h3, h4, h5, h6')
        .map((heading) => Number(heading.tagName.slice(1)));
      return levels.flatMap((level, i) =>
        i > 0 && level > levels[i - 1]! + 1 ? [`${file}: h${levels[i - 1]} then h${level}`] : [],
      );
    });
    expect(skips).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const reports = await Promise.all(files.map((file) => validator.validateFile(join(out, file))));
    expect(
      reports
        .filter((report) => !report.valid)
        .map((report) => formatterFactory('text')(report.results))
        .join('\n'),
    ).toBe('');
  });
});
