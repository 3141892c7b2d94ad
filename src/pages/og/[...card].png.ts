/**
 * The link preview images: one 1200×630 PNG per page that has a card (src/data/previews.ts), laid out by
 * src/lib/preview-card.ts and drawn by src/lib/card-painter.ts at build time.
 *
 * Each PNG is also kept between builds under a hash of what decides its bytes (the card's layout, the fonts, the
 * drawing code and libraries), so a build draws again only what changed. FIELD_GUIDE_CARD_CACHE names another folder
 * for it (`off`: none), e.g. a clean one to time a clean build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPreviewCards } from '../../data/previews';
import { CardPainter, cardFontFiles } from '../../lib/card-painter';
import { previewCardLayout, previewImageRoute, type PreviewCard } from '../../lib/preview-card';
import { SITE_NAME } from '../../lib/site';
import { addStageTime } from '../../lib/build-stage-time';
import { cacheKey, cachedRender, isWholePng } from '../../lib/render-cache';

export const getStaticPaths = (async () =>
  (await getPreviewCards()).map((card) => ({
    params: { card: previewImageRoute(card.route).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

const projectRequire = createRequire(join(process.cwd(), 'package.json'));
/** The code that draws (this module, as built, holds the painter) and the libraries it calls. */
const drawingCode = [
  readFileSync(fileURLToPath(import.meta.url), 'utf8'),
  ...['opentype.js', '@resvg/resvg-js'].map((name) => `${name}@${projectRequire(`${name}/package.json`).version}`),
].join('\n');
const painter = new CardPainter(cardFontFiles(process.cwd()), drawingCode);

const cacheSetting = process.env['FIELD_GUIDE_CARD_CACHE'];
const cacheDir =
  cacheSetting === 'off' ? undefined : (cacheSetting ?? join(process.cwd(), 'node_modules/.cache/field-guide/cards'));

export const GET: APIRoute = async ({ props, site }) => {
  const started = performance.now();
  const { card } = props as { card: PreviewCard };
  const host = site ? new URL(site).host : '';
  const layout = previewCardLayout(card, { name: SITE_NAME, host }, painter.measure);
  const png = await cachedRender(
    cacheDir,
    cacheKey([JSON.stringify(layout), painter.fingerprint]),
    () => painter.png(layout),
    isWholePng,
  );
  addStageTime('link-preview cards', started);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
