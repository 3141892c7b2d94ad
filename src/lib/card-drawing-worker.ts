/**
 * The worker thread of card-drawing.ts: draws a build's link-preview cards in the order their pages are built and
 * hands each PNG back, kept in the card cache when there is one. Node runs this file as it is (type stripping), so
 * it and what it imports name their .ts files.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { projectCardPainter } from './card-painter.ts';
import { cachedCard, type CardDrawingJob, type DrawnCard } from './card-drawing.ts';

const job = workerData as CardDrawingJob;
const started = performance.now();
const painter = projectCardPainter(job.projectRoot);
const send = (drawn: DrawnCard, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(drawn, transfer);

for (const card of job.cards) {
  try {
    const { png, file } = await cachedCard(painter, card, job.site, job.cacheDir);
    // Kept in the cache, the main thread reads it when the card's page is built; only without one does it hold
    // the bytes meanwhile (250 MB at 10,000 cards).
    if (file && existsSync(file)) send({ route: card.route, file });
    else send({ route: card.route, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    send({ route: card.route, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
send({ route: '', drawingMs: performance.now() - started });
