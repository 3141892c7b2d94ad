/**
 * The link preview images: one 1200×630 PNG per page that has a card (src/data/previews.ts), laid out by
 * src/lib/preview-card.ts and drawn by src/lib/card-painter.ts at build time.
 *
 * A build draws them on a worker thread while it renders the pages (src/lib/card-drawing.ts), so this page mostly
 * picks its PNG up; it draws the card itself in dev, or when the worker did not.
 *
 * Each PNG is also kept between builds under a hash of what decides its bytes (the card's layout, the fonts, the
 * drawing code and libraries), so a build draws again only what changed. FIELD_GUIDE_CARD_CACHE names another folder
 * for it (`off`: none), e.g. a clean one to time a clean build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardDrawnBeside, getPreviewCards } from '../../data/previews';
import { projectCardPainter, type CardPainter } from '../../lib/card-painter';
import { cachedCard, cardCacheDir } from '../../lib/card-drawing';
import { cardSite, previewImageRoute, type PreviewCard } from '../../lib/preview-card';
import { addStageTime } from '../../lib/build-stage-time';

export const getStaticPaths = (async () =>
  (await getPreviewCards()).map((card) => ({
    params: { card: previewImageRoute(card.route).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

let painter: CardPainter | undefined;

async function drawHere(card: PreviewCard, site: URL | undefined): Promise<Uint8Array> {
  painter ??= projectCardPainter(process.cwd());
  const cacheDir = cardCacheDir(process.env['FIELD_GUIDE_CARD_CACHE'], process.cwd());
  return (await cachedCard(painter, card, cardSite(site), cacheDir)).png;
}

export const GET: APIRoute = async ({ props, site }) => {
  const started = performance.now();
  const { card } = props as { card: PreviewCard };
  const png = (await cardDrawnBeside(card.route)) ?? (await drawHere(card, site));
  addStageTime('link-preview cards', started);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
