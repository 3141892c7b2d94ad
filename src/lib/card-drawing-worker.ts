/**
 * The worker thread of card-drawing.ts: draws a build's link-preview cards in the order their pages are built and
 * hands each PNG back, kept in the card cache when there is one. Node runs this file as it is (type stripping), so
 * it and what it imports name their .ts files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { CardPainter, cardDrawingCode, cardFontFiles } from './card-painter.ts';
import type { CardDrawingJob, DrawnCard } from './card-drawing.ts';
import { previewCardLayout } from './preview-card.ts';
import { cacheKey, cachedRender, isWholePng } from './render-cache.ts';

const job = workerData as CardDrawingJob;
const started = performance.now();
const painter = new CardPainter(cardFontFiles(job.projectRoot), cardDrawingCode(job.projectRoot));
const send = (drawn: DrawnCard, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(drawn, transfer);

for (const card of job.cards) {
  try {
    const layout = previewCardLayout(card, job.site, painter.measure);
    const key = cacheKey([JSON.stringify(layout), painter.fingerprint]);
    const png = await cachedRender(job.cacheDir, key, () => painter.png(layout), isWholePng);
    // Kept in the cache, the main thread reads it when the card's page is built; only without one does it hold
    // the bytes meanwhile (250 MB at 10,000 cards).
    const file = job.cacheDir && join(job.cacheDir, key);
    if (file && existsSync(file)) send({ route: card.route, file });
    else send({ route: card.route, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    send({ route: card.route, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
send({ route: '', drawingMs: performance.now() - started });
