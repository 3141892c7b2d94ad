import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CardPainter, cardFontFiles } from '../../src/lib/card-painter';
import { pngFromDeflatedRgb } from '../../src/lib/png';
import { CARD_COLORS, PREVIEW_SIZE, previewCardLayout, type PreviewCard } from '../../src/lib/preview-card';
import { RgbCanvas, hexColor } from '../../src/lib/rgb-canvas';
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

  it('writes a whole 1200×630 RGB PNG whose pixels are the canvas’s, exactly', async () => {
    const png = await painter.png(layout);
    expect(isWholePng(png)).toBe(true);
    const read = readPng(png);
    expect(read.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([read.width, read.height]).toEqual([PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
    expect(read.depthAndColor).toEqual([8, 2]);
    expect(read.scanlines).toEqual(painter.pixels(layout).scanlines);
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

describe('the RGB canvas', () => {
  it('fills rectangles within its edges and paints coverage as a blend of the two colors', () => {
    const canvas = new RgbCanvas(4, 3);
    canvas.fillRect(-2, -2, 10, 10, [200, 100, 0]);
    canvas.paint({ width: 2, height: 1, alpha: Uint8Array.from([255, 51]) }, 3, 2, [0, 0, 255]);
    expect(canvas.pixel(0, 0)).toEqual([200, 100, 0]);
    expect(canvas.pixel(3, 2)).toEqual([0, 0, 255]);
    // The mask's second pixel falls off the right edge and is cut.
    expect(canvas.pixel(2, 2)).toEqual([200, 100, 0]);
    const half = new RgbCanvas(1, 1);
    half.fillRect(0, 0, 1, 1, [200, 100, 0]);
    half.paint({ width: 1, height: 1, alpha: Uint8Array.from([51]) }, 0, 0, [0, 0, 255]);
    expect(half.pixel(0, 0)).toEqual([160, 80, 51]);
    expect([...canvas.scanlines.filter((_, i) => i % 13 === 0)]).toEqual([0, 0, 0]);
  });

  it('reads colors as #rrggbb only', () => {
    expect(hexColor('#0a58A8')).toEqual([10, 88, 168]);
    expect(() => hexColor('blue')).toThrow('"blue" is not a #rrggbb color');
  });

  it('makes a PNG a decoder reads back to the same pixels', () => {
    const canvas = new RgbCanvas(3, 2);
    canvas.fillRect(1, 0, 1, 2, [1, 2, 3]);
    const read = readPng(pngFromDeflatedRgb(3, 2, deflateSync(canvas.scanlines)));
    expect([read.width, read.height]).toEqual([3, 2]);
    expect(read.scanlines).toEqual(canvas.scanlines);
  });
});
