/**
 * The LCP floor: a bare page with the home page's heading and first paragraph and nothing else (no CSS, no
 * scripts, no header), served the same way as the site. No page can paint sooner, so the distance of each page type
 * from this figure is what the site's own weight costs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** Writes the bare page into a new temporary folder and returns the folder. */
export function writeFloorPage(dist: string): string {
  const home = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
  const heading = home.querySelector('main h1')?.text.trim() ?? 'Field guide';
  const paragraph = home.querySelector('main p')?.text.trim() ?? '';
  const folder = mkdtempSync(join(tmpdir(), 'lcp-floor-'));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${escape(heading)}</title><meta name="description" content="${escape(paragraph).replace(/"/g, '&quot;')}"><link rel="icon" href="data:,">` +
      `</head><body><main><h1>${escape(heading)}</h1><p>${escape(paragraph)}</p></main></body></html>`,
  );
  return folder;
}
