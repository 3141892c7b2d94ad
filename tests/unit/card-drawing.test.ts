import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDrawing, cardCacheDir } from '../../src/lib/card-drawing';
import { projectCardPainter } from '../../src/lib/card-painter';
import { previewCardLayout, type PreviewCard } from '../../src/lib/preview-card';

const root = process.cwd();
const site = { name: 'Ticket Factory to Impact', host: 'example.org' };
const cards: PreviewCard[] = [
  { route: '/', kind: 'A field guide', title: 'Ticket Factory to Impact', line: 'The essay and its tools.' },
  { route: '/constraints/incentive-drift/', kind: 'Alignment constraint', title: 'Incentive Drift', line: 'Targets.' },
  { route: '/guardrails/feature-flags/', kind: 'Guardrail', title: 'Feature flags', line: 'Deploy it switched off.' },
];
const painter = projectCardPainter(root);
const drawnHere = (card: PreviewCard) => painter.png(previewCardLayout(card, site, painter.measure));

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'card-drawing-'));
  folders.push(folder);
  return folder;
}

describe('cards drawn on a worker thread', () => {
  it('gives each card the bytes the main thread would draw, kept in the cache', async () => {
    const cacheDir = cacheFolder();
    const drawing = new CardDrawing({ cards, site, cacheDir, projectRoot: root });
    for (const card of cards) expect(await drawing.png(card.route)).toEqual(await drawnHere(card));
    expect(await drawing.finished).toBeGreaterThan(0);
    expect(readdirSync(cacheDir)).toHaveLength(cards.length);
  });

  it('sends the bytes whole when there is no cache', async () => {
    const drawing = new CardDrawing({ cards, site, projectRoot: root });
    expect(await drawing.png(cards[2]!.route)).toEqual(await drawnHere(cards[2]!));
  });

  it('hands each card over once, and nothing for a route without a card', async () => {
    const drawing = new CardDrawing({ cards: cards.slice(0, 1), site, projectRoot: root });
    expect(await drawing.png('/')).toBeInstanceOf(Uint8Array);
    expect(await drawing.png('/')).toBeUndefined();
    expect(await drawing.png('/no-such-page/')).toBeUndefined();
  });

  it('leaves a card it could not draw to the page, and draws the others', async () => {
    const broken = { ...cards[1]!, title: undefined } as unknown as PreviewCard;
    const drawing = new CardDrawing({ cards: [cards[0]!, broken, cards[2]!], site, projectRoot: root });
    expect(await drawing.png(broken.route)).toBeUndefined();
    expect(await drawing.png(cards[2]!.route)).toEqual(await drawnHere(cards[2]!));
  });

  it('leaves every card to the pages, with a warning, when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const drawing = new CardDrawing({ cards, site, projectRoot: root }, join(root, 'no-such-worker.ts'));
    expect(await drawing.png(cards[0]!.route)).toBeUndefined();
    expect(await drawing.finished).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the drawing thread stopped'));
  });

  it('reads a cached card only when it is still a whole PNG', async () => {
    const cacheDir = cacheFolder();
    const drawing = new CardDrawing({ cards: cards.slice(0, 1), site, cacheDir, projectRoot: root });
    await drawing.finished;
    const [file] = readdirSync(cacheDir);
    rmSync(join(cacheDir, file!));
    expect(existsSync(join(cacheDir, file!))).toBe(false);
    expect(await drawing.png('/')).toBeUndefined();
  });
});

describe('the card cache folder', () => {
  it('is kept under node_modules unless FIELD_GUIDE_CARD_CACHE names another, or none with "off"', () => {
    expect(cardCacheDir(undefined, '/project')).toBe('/project/node_modules/.cache/field-guide/cards');
    expect(cardCacheDir('', '/project')).toBe('/project/node_modules/.cache/field-guide/cards');
    expect(cardCacheDir('/tmp/cards', '/project')).toBe('/tmp/cards');
    expect(cardCacheDir('off', '/project')).toBeUndefined();
  });
});
