/**
 * Draws link-preview cards (preview-card.ts lays them out) at build time, fast enough for thousands of pages: each
 * glyph is drawn once per build by Resvg from the font's outline (at two horizontal offsets, whole and half pixel)
 * and then painted wherever it is needed; each card's frame is drawn once; each card's pixels (palette indexes, one
 * byte each: indexed-canvas.ts) are compressed by zlib off the main thread. Source Sans 3 comes from npm, so nothing
 * is fetched while building.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { pngFromDeflatedIndexes } from './png.ts';
import {
  CARD_COLORS,
  CARD_TEXT_STYLES,
  PREVIEW_SIZE,
  type CardLayout,
  type CardTextStyle,
  type TextMeasure,
  type TextRun,
} from './preview-card.ts';
import { IndexedCanvas, Palette, hexColor, type CoverageMask } from './indexed-canvas.ts';

const deflated = promisify(deflate);

/** Level 3: a card of about 25 KB in 1.2 ms; level 6 saves 5 KB for 2.8 times the time (README, Performance). */
const ZLIB_LEVEL = 3;
/** Horizontal positions a glyph is drawn at, in fractions of a pixel. */
const SUBPIXEL_STEPS = 2;

interface PlacedMask extends CoverageMask {
  /** Where the mask's top-left corner sits from the glyph's origin on the baseline, in whole pixels. */
  left: number;
  top: number;
}

/** The font files, from the project's own @fontsource package. */
export function cardFontFiles(projectRoot: string): Record<400 | 700, Uint8Array> {
  const projectRequire = createRequire(join(projectRoot, 'package.json'));
  const file = (weight: 400 | 700) =>
    readFileSync(projectRequire.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`));
  return { 400: file(400), 700: file(700) };
}

const DRAWING_SOURCES = ['card-painter.ts', 'indexed-canvas.ts', 'png.ts'];

/**
 * The code that decides a card's pixels, for the painter's fingerprint: the drawing modules' sources (the layout is
 * keyed by itself) and the versions of the libraries they call, read from the project's folder.
 */
export function cardDrawingCode(projectRoot: string): string {
  const projectRequire = createRequire(join(projectRoot, 'package.json'));
  return [
    ...DRAWING_SOURCES.map((file) => readFileSync(join(projectRoot, 'src/lib', file), 'utf8')),
    ...['opentype.js', '@resvg/resvg-js'].map((name) => `${name}@${projectRequire(`${name}/package.json`).version}`),
  ].join('\n');
}

/** The painter of this project's cards: its fonts, fingerprinted with its drawing code. */
export function projectCardPainter(projectRoot: string): CardPainter {
  return new CardPainter(cardFontFiles(projectRoot), cardDrawingCode(projectRoot));
}

export class CardPainter {
  readonly #fonts: Record<400 | 700, Font>;
  readonly #glyphs = new Map<string, PlacedMask | null>();
  readonly #frames = new Map<string, IndexedCanvas>();
  readonly #frameBytes = (1 + PREVIEW_SIZE.width) * PREVIEW_SIZE.height;
  readonly #palette = new Palette(
    hexColor(CARD_COLORS.bg),
    [hexColor(CARD_COLORS.accent), hexColor(CARD_COLORS.border)],
    [hexColor(CARD_COLORS.accent), hexColor(CARD_COLORS.text), hexColor(CARD_COLORS.muted)],
  );
  /** Pixel buffers no card is using. */
  readonly #spare: Uint8Array[] = [];
  /** What decides a card's bytes besides its layout: the fonts, the size, the drawing code and libraries. */
  readonly fingerprint: string;

  constructor(fontFiles: Record<400 | 700, Uint8Array>, drawingCode: string) {
    const parse = (bytes: Uint8Array) =>
      opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    this.#fonts = { 400: parse(fontFiles[400]), 700: parse(fontFiles[700]) };
    const hash = createHash('sha256');
    for (const part of [JSON.stringify(PREVIEW_SIZE), fontFiles[400], fontFiles[700], drawingCode, String(ZLIB_LEVEL)])
      hash.update(part);
    this.fingerprint = hash.digest('hex');
  }

  #glyphsOf(text: string, style: CardTextStyle): Glyph[] {
    const font = this.#fonts[style.weight];
    return Array.from(text, (char) => font.charToGlyph(char));
  }

  /** Text as the font sets it: advance widths, without kerning, as the glyphs are painted. */
  readonly measure: TextMeasure = {
    width: (text, style) => {
      const font = this.#fonts[style.weight];
      const scale = style.size / font.unitsPerEm;
      return this.#glyphsOf(text, style).reduce((sum, glyph) => sum + (glyph.advanceWidth ?? 0) * scale, 0);
    },
    ascent: (style) => (this.#fonts[style.weight].ascender * style.size) / this.#fonts[style.weight].unitsPerEm,
    descent: (style) => (-this.#fonts[style.weight].descender * style.size) / this.#fonts[style.weight].unitsPerEm,
  };

  /** A glyph's coverage at a style's size, drawn once per offset; null for a glyph with no ink (a space). */
  #mask(glyph: Glyph, style: CardTextStyle, offset: number): PlacedMask | null {
    const key = `${style.weight}/${style.size}/${glyph.index}/${offset}`;
    const known = this.#glyphs.get(key);
    if (known !== undefined) return known;
    const path = glyph.getPath(offset, 0, style.size);
    const box = path.getBoundingBox();
    let mask: PlacedMask | null = null;
    if (box.x2 > box.x1 && box.y2 > box.y1) {
      const left = Math.floor(box.x1) - 1;
      const top = Math.floor(box.y1) - 1;
      const width = Math.ceil(box.x2) + 1 - left;
      const height = Math.ceil(box.y2) + 1 - top;
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">` +
        `<path d="${path.toPathData(3)}" fill="#000"/></svg>`;
      const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
      const alpha = new Uint8Array(width * height);
      for (let i = 0; i < alpha.length; i += 1) alpha[i] = rgba[4 * i + 3]!;
      mask = { width, height, alpha, left, top };
    }
    this.#glyphs.set(key, mask);
    return mask;
  }

  #paintRun(canvas: IndexedCanvas, run: TextRun): void {
    const style = CARD_TEXT_STYLES[run.style];
    const font = this.#fonts[style.weight];
    const scale = style.size / font.unitsPerEm;
    const color = hexColor(CARD_COLORS[style.color]);
    const baseline = Math.round(run.baseline);
    let pen = run.x;
    for (const glyph of this.#glyphsOf(run.text, style)) {
      // The nearest of the offsets a glyph is drawn at; a whole step up is the next pixel at offset 0.
      const steps = Math.round(pen * SUBPIXEL_STEPS);
      const whole = Math.floor(steps / SUBPIXEL_STEPS);
      const offset = (steps - whole * SUBPIXEL_STEPS) / SUBPIXEL_STEPS;
      const mask = this.#mask(glyph, style, offset);
      if (mask) canvas.paint(mask, whole + mask.left, baseline + mask.top, color);
      pen += (glyph.advanceWidth ?? 0) * scale;
    }
  }

  #frame(frame: CardLayout['frame']): IndexedCanvas {
    const key = JSON.stringify(frame);
    let canvas = this.#frames.get(key);
    if (!canvas) {
      canvas = new IndexedCanvas(PREVIEW_SIZE.width, PREVIEW_SIZE.height, this.#palette);
      for (const rect of frame.rects)
        canvas.fillRect(rect.x, rect.y, rect.width, rect.height, hexColor(CARD_COLORS[rect.color]));
      for (const run of frame.runs) this.#paintRun(canvas, run);
      this.#frames.set(key, canvas);
    }
    return canvas;
  }

  /** The card's pixels, uncompressed, on `scanlines` if given (a buffer of the right size to reuse). */
  pixels(layout: CardLayout, scanlines?: Uint8Array): IndexedCanvas {
    const frame = this.#frame(layout.frame);
    const canvas = scanlines ? new IndexedCanvas(frame.width, frame.height, this.#palette, scanlines) : frame.copy();
    if (scanlines) scanlines.set(frame.scanlines);
    for (const run of layout.runs) this.#paintRun(canvas, run);
    return canvas;
  }

  /**
   * The card as a PNG. Its pixels are drawn on a buffer kept from an earlier card once zlib is done with it: a fresh
   * buffer per card cost more than the drawing, in allocation and garbage collection.
   */
  async png(layout: CardLayout): Promise<Uint8Array> {
    const canvas = this.pixels(layout, this.#spare.pop() ?? new Uint8Array(this.#frameBytes));
    try {
      const data = await deflated(canvas.scanlines, { level: ZLIB_LEVEL });
      return pngFromDeflatedIndexes(canvas.width, canvas.height, this.#palette.bytes(), data);
    } finally {
      this.#spare.push(canvas.scanlines);
    }
  }
}
