/**
 * The link preview images: one 1200×630 PNG per page that has a card (src/data/previews.ts), drawn at build time by
 * Satori and Resvg with a font from npm, so nothing is fetched while building.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { getPreviewCards } from '../../data/previews';
import { PREVIEW_SIZE, previewCardTree, previewImageRoute, type PreviewCard } from '../../lib/preview-card';
import { SITE_NAME } from '../../lib/site';
import { addStageTime } from '../../lib/build-stage-time';

export const getStaticPaths = (async () =>
  (await getPreviewCards()).map((card) => ({
    params: { card: previewImageRoute(card.route).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

// Resolved from the project, as the build runs there; the font files are the package's own.
const fontFile = (weight: 400 | 700) =>
  readFileSync(
    createRequire(join(process.cwd(), 'package.json')).resolve(
      `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`,
    ),
  );
const fonts = [400, 700].map((weight) => ({
  name: 'Source Sans 3',
  data: fontFile(weight as 400 | 700),
  weight: weight as 400 | 700,
  style: 'normal' as const,
}));

export const GET: APIRoute = async ({ props, site }) => {
  const started = performance.now();
  const { card } = props as { card: PreviewCard };
  const host = site ? new URL(site).host : '';
  const svg = await satori(previewCardTree(card, { name: SITE_NAME, host }) as never, { ...PREVIEW_SIZE, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } }).render().asPng();
  addStageTime('link-preview cards', performance.now() - started);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
