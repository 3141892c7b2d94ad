import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canRunBrowser, useBrowserSession } from '../support/browser-session';
import { htmlPages, page as builtPage } from '../support/dist';
import { pdfPageCount } from '../support/pdf';

const session = useBrowserSession();
const PRINT = '/print/';

/** Paper's printable width in CSS pixels at Chromium's default margins (0.4 in each side, 96 px per inch). */
const PRINTABLE_WIDTH = { A4: Math.floor((210 / 25.4 - 0.8) * 96), Letter: Math.floor((8.5 - 0.8) * 96) };

/** What the print must hold, read from the guide's own pages: the constraints in the map's order, by their titles. */
const expected = () => {
  const order = [
    ...new Set(
      builtPage('constraints/index.html')
        .querySelectorAll('main a[href^="/constraints/"]')
        .map((a) => a.getAttribute('href')!),
    ),
  ];
  const constraints = order.map((href) =>
    builtPage(`${href.slice(1)}index.html`)
      .querySelector('h1')!
      .textContent.trim(),
  );
  const guardrails = htmlPages().filter((f) => /^guardrails\/[^/]+\/index\.html$/.test(f)).length;
  return { constraints, guardrails };
};

async function printed(path = PRINT): Promise<Page> {
  const { page } = await session.open(path);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  return page;
}

describe.skipIf(!canRunBrowser)('the whole guide, to print', () => {
  it('holds every part in reading order, each listed in the contents and starting on a new page', async () => {
    const page = await printed();
    const titles = await page.locator('.part-title').allTextContents();
    const contents = await page.locator('.contents li').allTextContents();
    expect(contents.map((t) => t.trim())).toEqual(titles.map((t) => t.trim()));
    const { constraints, guardrails } = expected();
    expect(titles[0]).toBe('Ticket Factory to Impact');
    expect(titles.slice(1, 3)).toEqual([expect.stringMatching(/^Appendix/), expect.stringMatching(/^Appendix/)]);
    expect(titles.slice(3, 11).map((t) => t.replace(/^Alignment constraint \d: /, ''))).toEqual(constraints);
    expect(titles.slice(11)).toEqual([
      `The guardrails catalog (${guardrails} guardrails)`,
      'Alignment Health Checklist (blank worksheet)',
      'Impact Chain Canvas (blank worksheet)',
    ]);
    expect(await page.locator('.guardrail-entry').count()).toBe(guardrails);
    const breaks = await page
      .locator('.part')
      .evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    // The worksheets are blank: boxes to tick and lines to fill, nothing answered.
    expect(await page.locator('#checklist .boxes').count()).toBeGreaterThan(20);
    expect(await page.locator('#checklist input, #canvas input, #canvas textarea').count()).toBe(0);
  });

  it('prints no navigation or control, and writes links out as full addresses', async () => {
    const page = await printed();
    for (const selector of ['header', 'nav', 'button', 'input', 'dialog', '.skip-link']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect({ selector, shown }).toEqual({ selector, shown: 0 });
    }
    // Links point at the site's own address (its canonical origin), wherever this copy is served from.
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    const links = await page.locator('.part a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(50);
    for (const href of links) expect(href.startsWith('http') || href.startsWith('#'), href).toBe(true);
    const sample = page.locator(`.part a[href^="${origin}/constraints/"]`).first();
    expect(await sample.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`${origin}/constraints/`);
  });

  it.each(Object.entries(PRINTABLE_WIDTH))('fits %s paper: no line wider than the page', async (format, width) => {
    const { page } = await session.open(PRINT, { viewport: { width, height: 1000 } });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const wider = await page.evaluate((limit) => {
      const overflowing = [...document.querySelectorAll('main *')].filter(
        (el) => el.checkVisibility() && el.getBoundingClientRect().right > limit + 1,
      );
      return { scroll: document.documentElement.scrollWidth, first: overflowing[0]?.outerHTML.slice(0, 120) };
    }, width);
    expect(wider).toEqual({ scroll: width, first: undefined });
    const pdf = await page.pdf({ format: format as 'A4' | 'Letter' });
    const pages = pdfPageCount(pdf);
    console.log(`/print/ on ${format}: ${pages} pages`);
    expect(pages).toBeGreaterThan(14);
  });

  it('is linked from the home page and every footer, and kept out of search', async () => {
    expect(builtPage('index.html').querySelector('main a[href="/print/"]')).not.toBeNull();
    expect(
      builtPage('essay/ticket-factory-to-impact/index.html').querySelector('footer a[href="/print/"]'),
    ).not.toBeNull();
    expect(builtPage('print/index.html').querySelector('[data-pagefind-body]')).toBeNull();
  });
});
