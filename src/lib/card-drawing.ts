/**
 * A build's link-preview cards, drawn on a worker thread (card-drawing-worker.ts) while the main thread renders the
 * pages, so the cards' own pages only pick them up: Astro renders on one thread, and the machine's other cores
 * would otherwise wait. A card the worker did not draw (it failed, or stopped) is drawn by its page as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardPainter } from './card-painter.ts';
import { previewCardLayout, type CardSite, type PreviewCard } from './preview-card.ts';
import { cacheKey, cachedRender, isWholePng } from './render-cache.ts';

export interface CardDrawingJob {
  cards: readonly PreviewCard[];
  site: CardSite;
  /** Where PNGs are kept between builds (render-cache.ts); none: the worker sends each PNG whole. */
  cacheDir?: string | undefined;
  /** The project's folder: its fonts and the drawing code's sources (card-painter.ts's fingerprint). */
  projectRoot: string;
}

/** What the worker sends for each card, in order, then once its time. */
export type DrawnCard =
  | { route: string; file: string }
  | { route: string; png: Uint8Array }
  | { route: string; error: string }
  | { route: ''; drawingMs: number };

/** Where cards are kept between builds: FIELD_GUIDE_CARD_CACHE names another folder, `off` none. */
export function cardCacheDir(setting: string | undefined, projectRoot: string): string | undefined {
  if (setting === 'off') return undefined;
  return setting || join(projectRoot, 'node_modules/.cache/field-guide/cards');
}

/**
 * A card's PNG as `painter` draws it, or as the cache keeps it under a hash of its layout and the painter's
 * fingerprint, and the cache file that holds it (none without a cache). The worker and a card's own page both draw
 * through this, so they key and keep cards alike.
 */
export async function cachedCard(
  painter: CardPainter,
  card: PreviewCard,
  site: CardSite,
  cacheDir: string | undefined,
): Promise<{ png: Uint8Array; file: string | undefined }> {
  const layout = previewCardLayout(card, site, painter.measure);
  const key = cacheKey([JSON.stringify(layout), painter.fingerprint]);
  const png = await cachedRender(cacheDir, key, () => painter.png(layout), isWholePng);
  return { png, file: cacheDir && join(cacheDir, key) };
}

export class CardDrawing {
  readonly #drawn = new Map<string, Promise<DrawnCard | undefined>>();
  readonly #settle = new Map<string, (drawn: DrawnCard | undefined) => void>();
  /** The worker's drawing time, once it has drawn every card. */
  readonly finished: Promise<number | undefined>;

  // The worker's file is found from the project's folder: in a build, this module is part of a bundled chunk.
  constructor(job: CardDrawingJob, workerFile = join(job.projectRoot, 'src/lib/card-drawing-worker.ts')) {
    for (const card of job.cards) {
      this.#drawn.set(card.route, new Promise((resolve) => this.#settle.set(card.route, resolve)));
    }
    const worker = new Worker(workerFile, { workerData: job });
    this.finished = new Promise((resolve) => {
      worker.on('message', (drawn: DrawnCard) => {
        if ('drawingMs' in drawn) resolve(drawn.drawingMs);
        else this.#take(drawn.route, drawn);
      });
      worker.on('error', (error) => {
        console.warn(`Link-preview cards: the drawing thread stopped (${error.message}); pages draw their own.`);
      });
      worker.on('exit', () => {
        for (const route of this.#settle.keys()) this.#take(route, undefined);
        resolve(undefined);
      });
    });
  }

  #take(route: string, drawn: DrawnCard | undefined): void {
    this.#settle.get(route)?.(drawn);
    this.#settle.delete(route);
  }

  /**
   * The PNG the worker drew for the card at `route`, once: undefined if it drew none, failed to (the page's own
   * drawing then shows the error), or its cached file cannot be read back whole.
   */
  async png(route: string): Promise<Uint8Array | undefined> {
    const drawn = await this.#drawn.get(route);
    this.#drawn.delete(route);
    if (!drawn || 'error' in drawn || 'drawingMs' in drawn) return undefined;
    if ('png' in drawn) return drawn.png;
    try {
      const bytes = new Uint8Array(readFileSync(drawn.file));
      return isWholePng(bytes) ? bytes : undefined;
    } catch {
      return undefined;
    }
  }
}
