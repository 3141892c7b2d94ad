import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CardPainter, cardFontFiles } from '../../src/lib/card-painter';
import { pngFromDeflatedIndexes } from '../../src/lib/png';
import { CARD_COLORS, PREVIEW_SIZE, previewCardLayout, type PreviewCard } from '../../src/lib/preview-card';
import { INK_LEVELS, IndexedCanvas, Palette, hexColor } from '../../src/lib/indexed-canvas';
import { isWholePng } from '../../src/lib/render-cache';

/** A PNG's header fields and its inflated scanlines, read the way a decoder reads them. */
function readPng(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const header = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset);
  const idat = chunks.filter((c) => c.type === 'IDAT').map((c) => c.data);
  return {
    types: chunks.map((c) => c.type),
    width: header.getUint32(0),
    height: header.getUint32(4),
    depthAndColor: [header.getUint8(8), header.getUint8(9)],
    palette: chunks.find((c) => c.type === 'PLTE')?.data,
    scanlines: new Uint8Array(inflateSync(Buffer.concat(idat))),
  };
}

const card: PreviewCard = {
  route: '/constraints/incentive-drift/',
  kind: 'Alignment constraint',
  title: 'Incentive Drift',
  line: 'Typical signal: Teams hit delivery targets but outcomes don’t move.',
};
const guide = { name: 'Ticket Factory to Impact', host: 'example.org' };

describe('the link-preview card painter', () => {
  const painter = new CardPainter(cardFontFiles(process.cwd()), 'the drawing code');
  const layout = previewCardLayout(card, guide, painter.measure);

  it('writes a whole 1200×630 indexed PNG whose palette and pixels are the canvas’s, exactly', async () => {
    const png = await painter.png(layout);
    expect(isWholePng(png)).toBe(true);
    const read = readPng(png);
    expect(read.types).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([read.width, read.height]).toEqual([PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
    expect(read.depthAndColor).toEqual([8, 3]);
    const canvas = painter.pixels(layout);
    expect(read.palette).toEqual(canvas.palette.bytes());
    expect(read.scanlines).toEqual(canvas.scanlines);
  });

  it('draws the bar, the background, the rule and ink in each run’s color where its text is', () => {
    const canvas = painter.pixels(layout);
    expect(canvas.pixel(4, 300)).toEqual(hexColor(CARD_COLORS.accent));
    expect(canvas.pixel(600, 20)).toEqual(hexColor(CARD_COLORS.bg));
    const rule = layout.frame.rects.find((rect) => rect.color === 'border')!;
    expect(canvas.pixel(600, Math.round(rule.y))).toEqual(hexColor(CARD_COLORS.border));
    for (const run of [...layout.runs, ...layout.frame.runs]) {
      const color = hexColor(
        CARD_COLORS[
          { kind: 'accent', title: 'text', longTitle: 'text', line: 'muted', name: 'text', host: 'muted' }[
            run.style
          ] as keyof typeof CARD_COLORS
        ],
      );
      const width = painter.measure.width(run.text, { weight: 400, size: 28, color: 'muted', lineHeight: 1 });
      let fullInk = 0;
      for (let x = Math.floor(run.x); x < run.x + width; x += 1)
        for (let y = Math.round(run.baseline) - 20; y < Math.round(run.baseline); y += 1)
          if (canvas.pixel(x, y).every((channel, i) => channel === color[i])) fullInk += 1;
      expect(fullInk, run.text).toBeGreaterThan(20);
    }
  });

  it('draws the same card to the same bytes, and another card to others', async () => {
    const again = await new CardPainter(cardFontFiles(process.cwd()), 'the drawing code').png(layout);
    expect(again).toEqual(await painter.png(layout));
    const other = previewCardLayout({ ...card, title: 'Temporal Myopia' }, guide, painter.measure);
    expect(await painter.png(other)).not.toEqual(again);
  });

  it('changes its fingerprint with the drawing code, so cached cards are drawn again', () => {
    expect(new CardPainter(cardFontFiles(process.cwd()), 'other code').fingerprint).not.toBe(painter.fingerprint);
  });
});

describe('the indexed canvas', () => {
  const background: [number, number, number] = [200, 100, 0];
  const ink: [number, number, number] = [0, 0, 255];
  const palette = () => new Palette(background, [[9, 9, 9]], [ink]);

  it('holds the background, the solid colors and a ramp of blends toward each ink', () => {
    const { colors } = palette();
    expect(colors).toHaveLength(2 + INK_LEVELS);
    expect(colors.slice(0, 2)).toEqual([background, [9, 9, 9]]);
    expect(colors.at(-1)).toEqual(ink);
    expect(colors[2 + INK_LEVELS / 2 - 1]).toEqual([100, 50, 128]);
    expect(() => new Palette(background, [], [ink, [1, 1, 1], [2, 2, 2], [3, 3, 3]])).toThrow(
      'a PNG palette holds 256 colors, not 257',
    );
  });

  it('fills rectangles within its edges and paints coverage in an ink, cut at the edges', () => {
    const canvas = new IndexedCanvas(4, 3, palette());
    canvas.fillRect(-2, -2, 10, 10, background);
    canvas.fillRect(0, 0, 1, 1, [9, 9, 9]);
    canvas.paint({ width: 2, height: 1, alpha: Uint8Array.from([255, 255]) }, 3, 2, ink);
    expect(canvas.pixel(0, 0)).toEqual([9, 9, 9]);
    expect(canvas.pixel(1, 0)).toEqual(background);
    expect(canvas.pixel(3, 2)).toEqual(ink);
    // The mask's second pixel falls off the right edge and is cut.
    expect(canvas.pixel(2, 2)).toEqual(background);
    expect([...canvas.scanlines.filter((_, i) => i % 5 === 0)]).toEqual([0, 0, 0]);
    expect(() => canvas.fillRect(0, 0, 1, 1, [1, 2, 3])).toThrow("1,2,3 is not one of the palette's solid colors");
  });

  it('adds up the coverage where two glyphs of one ink touch, as a renderer does', () => {
    const canvas = new IndexedCanvas(1, 1, palette());
    const half = { width: 1, height: 1, alpha: Uint8Array.from([128]) };
    canvas.paint(half, 0, 0, ink);
    expect(canvas.pixel(0, 0)).toEqual(palette().colors[1 + Math.round((128 / 255) * INK_LEVELS)]);
    canvas.paint(half, 0, 0, ink);
    // 1 − (1 − ½)² = ¾ of the way to the ink.
    expect(canvas.pixel(0, 0)).toEqual(palette().colors[1 + Math.round(0.752 * INK_LEVELS)]);
  });

  it('reads colors as #rrggbb only', () => {
    expect(hexColor('#0a58A8')).toEqual([10, 88, 168]);
    expect(() => hexColor('blue')).toThrow('"blue" is not a #rrggbb color');
  });

  it('makes a PNG a decoder reads back to the same palette and pixels', () => {
    const canvas = new IndexedCanvas(3, 2, palette());
    canvas.fillRect(1, 0, 1, 2, [9, 9, 9]);
    const read = readPng(pngFromDeflatedIndexes(3, 2, canvas.palette.bytes(), deflateSync(canvas.scanlines)));
    expect([read.width, read.height]).toEqual([3, 2]);
    expect(read.palette).toEqual(canvas.palette.bytes());
    expect(read.scanlines).toEqual(canvas.scanlines);
  });
});
