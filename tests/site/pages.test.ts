import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, page, requireDist, routeOf, visibleText } from '../support/dist';
import { linkRunOns, typographySlips } from '../support/typography';

beforeAll(requireDist);

describe.each(htmlPages())('%s', (file) => {
  const root = () => page(file);

  it('has exactly one h1', () => {
    expect(root().querySelectorAll('h1')).toHaveLength(1);
  });

  it('declares its language', () => {
    expect(root().querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  it('has a title and a meta description of useful length', () => {
    expect(root().querySelector('title')?.textContent.trim().length).toBeGreaterThan(3);
    const description = root().querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(300);
  });

  it('has an absolute canonical URL for its own route', () => {
    const canonical = root().querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    const route = file === '404.html' ? '/404/' : routeOf(file);
    expect(new URL(canonical).pathname.replace(/\.html$/, '/')).toBe(route);
  });

  it('has link-preview tags that match its title and description', () => {
    const meta = (selector: string) => root().querySelector(selector)?.getAttribute('content');
    const description = meta('meta[name="description"]');
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBe(description);
    // A page with a preview image gets the large card (tests/site/previews.test.ts checks the image).
    const card = meta('meta[property="og:image"]') ? 'summary_large_image' : 'summary';
    expect(meta('meta[name="twitter:card"]')).toBe(card);
    expect(meta('meta[property="og:url"]')).toBe(root().querySelector('link[rel="canonical"]')?.getAttribute('href'));
  });

  it('has a skip link to the main landmark and header and footer landmarks', () => {
    expect(root().querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(root().querySelector('main#main')).not.toBeNull();
    expect(root().querySelector('body > header')).not.toBeNull();
    expect(root().querySelector('body > footer')).not.toBeNull();
  });

  it('keeps the space between words or punctuation and links (no “word<a>” or “·<a>” run-ons)', () => {
    expect(linkRunOns(root().querySelector('main')?.innerHTML ?? '')).toEqual([]);
  });

  it('has no typographic slips in its text (doubled periods, glued punctuation)', () => {
    // Code is quoted literally (a command's colon is not a slip).
    expect(typographySlips(visibleText(root().querySelector('main')!, { without: 'code, kbd' }))).toEqual([]);
  });

  it('carries a Content-Security-Policy without unsafe-inline scripts', () => {
    const csp = root().querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
  });
});
