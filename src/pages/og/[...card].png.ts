/**
 * The link preview images: one 1200×630 PNG per page that has a card (src/data/previews.ts), drawn at build time by
 * Satori and Resvg with a font from npm, so nothing is fetched while building.
 *
 * Drawing is most of a large build's time (about 40 ms a card): Resvg draws on a worker thread while the build renders
 * other pages (astro.config.mjs, build.concurrency), and each PNG is kept between builds under a hash of
 * what decides its bytes: the card's element tree, the fonts, the size and both libraries' versions.
 * FIELD_GUIDE_CARD_CACHE names another folder for it (`off`: none), e.g. a clean one to time a clean build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { getPreviewCards } from '../../data/previews';
import { PREVIEW_SIZE, previewCardTree, previewImageRoute, type PreviewCard } from '../../lib/preview-card';
import { SITE_NAME } from '../../lib/site';
import { addStageTime } from '../../lib/build-stage-time';
import { cacheKey, cachedRender, isWholePng } from '../../lib/render-cache';

export const getStaticPaths = (async () =>
  (await getPreviewCards()).map((card) => ({
    params: { card: previewImageRoute(card.route).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

// Resolved from the project, as the build runs there; the font files are the package's own.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (weight: 400 | 700) =>
  readFileSync(projectRequire.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`));
const fonts = [400, 700].map((weight) => ({
  name: 'Source Sans 3',
  data: fontFile(weight as 400 | 700),
  weight: weight as 400 | 700,
  style: 'normal' as const,
}));

const cacheSetting = process.env['FIELD_GUIDE_CARD_CACHE'];
const cacheDir =
  cacheSetting === 'off' ? undefined : (cacheSetting ?? join(process.cwd(), 'node_modules/.cache/field-guide/cards'));
/** What decides every card's bytes besides its own tree. */
const rendererParts = [
  JSON.stringify(PREVIEW_SIZE),
  ...fonts.map((font) => font.data),
  ...['satori', '@resvg/resvg-js'].map((name) => `${name}@${projectRequire(`${name}/package.json`).version}`),
];

export const GET: APIRoute = async ({ props, site }) => {
  const started = performance.now();
  const { card } = props as { card: PreviewCard };
  const host = site ? new URL(site).host : '';
  const tree = previewCardTree(card, { name: SITE_NAME, host });
  const png = await cachedRender(
    cacheDir,
    cacheKey([JSON.stringify(tree), ...rendererParts]),
    async () => {
      const svg = await satori(tree as never, { ...PREVIEW_SIZE, fonts });
      // Off the main thread (libuv's pool), so the next page's card is laid out while this one is drawn.
      return (await renderAsync(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width } })).asPng();
    },
    isWholePng,
  );
  addStageTime('link-preview cards', started);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
