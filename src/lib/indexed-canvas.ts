/**
 * A picture of few colors kept as indexed PNG scanlines (one palette index per pixel, each line led by its filter
 * byte, 0: none), so it goes to zlib as it is, at a third of the bytes of RGB. Its palette is a background, solid
 * colors, and for each ink a ramp of INK_LEVELS blends from the background to the ink: enough for anti-aliased text
 * on a plain background, all a link-preview card holds. It fills rectangles and paints coverage masks (a glyph drawn
 * once, 0–255 per pixel) in an ink.
 */

export type Rgb = readonly [number, number, number];

/** Shades between the background and an ink: 6-bit anti-aliasing, and room for three inks in a 256-color palette. */
export const INK_LEVELS = 64;

/** `#rrggbb` as its three channels. */
export function hexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a #rrggbb color`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** A glyph or any shape as coverage: `alpha[y * width + x]` from 0 (none) to 255 (full). */
export interface CoverageMask {
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** The palette: index 0 the background, then each solid color, then each ink's ramp (level 1 to INK_LEVELS). */
export class Palette {
  readonly colors: readonly Rgb[];
  readonly #solids = new Map<string, number>();
  readonly #inks = new Map<string, number>();
  #bytes: Uint8Array | undefined;

  constructor(background: Rgb, solids: readonly Rgb[], inks: readonly Rgb[]) {
    const colors: Rgb[] = [background];
    this.#solids.set(String(background), 0);
    for (const color of solids) {
      this.#solids.set(String(color), colors.length);
      colors.push(color);
    }
    for (const ink of inks) {
      this.#inks.set(String(ink), colors.length);
      for (let level = 1; level <= INK_LEVELS; level += 1)
        colors.push(
          background.map((channel, i) => Math.round(channel + ((ink[i]! - channel) * level) / INK_LEVELS)) as never,
        );
    }
    if (colors.length > 256) throw new Error(`a PNG palette holds 256 colors, not ${colors.length}`);
    this.colors = colors;
  }

  /** A solid color's index (the background is one). */
  solid(color: Rgb): number {
    const index = this.#solids.get(String(color));
    if (index === undefined) throw new Error(`${String(color)} is not one of the palette's solid colors`);
    return index;
  }

  /** The index before an ink's level 1 (its ramp's level `l` is this plus `l`). */
  ink(color: Rgb): number {
    const start = this.#inks.get(String(color));
    if (start === undefined) throw new Error(`${String(color)} is not one of the palette's inks`);
    return start - 1;
  }

  /** The palette as a PNG PLTE chunk's data: red, green, blue per entry (worked out once; every card writes it). */
  bytes(): Uint8Array {
    return (this.#bytes ??= Uint8Array.from(this.colors.flat()));
  }
}

export class IndexedCanvas {
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
  /** The scanlines: `height` lines of 1 + `width` bytes. */
  readonly scanlines: Uint8Array;

  constructor(width: number, height: number, palette: Palette, scanlines?: Uint8Array) {
    this.width = width;
    this.height = height;
    this.palette = palette;
    this.scanlines = scanlines ?? new Uint8Array((1 + width) * height);
  }

  /** A copy to draw on, leaving this one as it is (a card's frame, drawn once per build). */
  copy(): IndexedCanvas {
    return new IndexedCanvas(this.width, this.height, this.palette, this.scanlines.slice());
  }

  /** The color of one pixel. */
  pixel(x: number, y: number): Rgb {
    return this.palette.colors[this.scanlines[y * (1 + this.width) + 1 + x]!]!;
  }

  /** Fills the part of a rectangle that lies on the canvas (whole pixels) with a solid color. */
  fillRect(x: number, y: number, width: number, height: number, color: Rgb): void {
    const index = this.palette.solid(color);
    const left = Math.max(0, Math.round(x));
    const right = Math.min(this.width, Math.round(x + width));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + height)); row += 1) {
      const start = row * (1 + this.width) + 1;
      this.scanlines.fill(index, start + left, start + right);
    }
  }

  /**
   * Paints an ink through `mask` with its top-left corner at (x, y) (whole pixels); what falls outside is cut. Where
   * the same ink is already there (neighboring glyphs touch), the two coverages add up as a renderer's would:
   * a + b − a·b.
   */
  paint(mask: CoverageMask, x: number, y: number, ink: Rgb): void {
    const base = this.palette.ink(ink);
    const stride = 1 + this.width;
    const fromX = Math.max(0, -x);
    const toX = Math.min(mask.width, this.width - x);
    const fromY = Math.max(0, -y);
    const toY = Math.min(mask.height, this.height - y);
    const s = this.scanlines;
    for (let my = fromY; my < toY; my += 1) {
      const line = (y + my) * stride + 1 + x;
      for (let mx = fromX; mx < toX; mx += 1) {
        const a = mask.alpha[my * mask.width + mx]!;
        if (a === 0) continue;
        const at = line + mx;
        const under = s[at]! - base;
        const coverage = under >= 1 && under <= INK_LEVELS ? under / INK_LEVELS : 0;
        const combined = coverage + a / 255 - (coverage * a) / 255;
        const level = Math.round(combined * INK_LEVELS);
        if (level > 0) s[at] = base + level;
      }
    }
  }
}
