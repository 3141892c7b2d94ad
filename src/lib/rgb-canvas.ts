/**
 * An opaque RGB picture kept as PNG scanlines (each line led by its filter byte, 0: none), so it goes to zlib as it
 * is. It can fill rectangles and paint a coverage mask (a glyph drawn once, 0–255 per pixel) in a color: all a
 * link-preview card needs, at a fraction of a general renderer's cost per card.
 */

export type Rgb = readonly [number, number, number];

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

export class RgbCanvas {
  readonly width: number;
  readonly height: number;
  /** The scanlines: `height` lines of 1 + 3 × `width` bytes. */
  readonly scanlines: Uint8Array;

  constructor(width: number, height: number, scanlines?: Uint8Array) {
    this.width = width;
    this.height = height;
    this.scanlines = scanlines ?? new Uint8Array((1 + 3 * width) * height);
  }

  /** A copy to draw on, leaving this one as it is (a card's background, drawn once per build). */
  copy(): RgbCanvas {
    return new RgbCanvas(this.width, this.height, this.scanlines.slice());
  }

  /** The color of one pixel. */
  pixel(x: number, y: number): Rgb {
    const at = y * (1 + 3 * this.width) + 1 + 3 * x;
    return [this.scanlines[at]!, this.scanlines[at + 1]!, this.scanlines[at + 2]!];
  }

  /** Fills the part of a rectangle that lies on the canvas (whole pixels). */
  fillRect(x: number, y: number, width: number, height: number, [r, g, b]: Rgb): void {
    const left = Math.max(0, Math.round(x));
    const right = Math.min(this.width, Math.round(x + width));
    const top = Math.max(0, Math.round(y));
    const bottom = Math.min(this.height, Math.round(y + height));
    const stride = 1 + 3 * this.width;
    for (let row = top; row < bottom; row += 1) {
      for (let at = row * stride + 1 + 3 * left, end = row * stride + 1 + 3 * right; at < end; at += 3) {
        this.scanlines[at] = r;
        this.scanlines[at + 1] = g;
        this.scanlines[at + 2] = b;
      }
    }
  }

  /** Paints `color` through `mask` with its top-left corner at (x, y) (whole pixels); what falls outside is cut. */
  paint(mask: CoverageMask, x: number, y: number, [r, g, b]: Rgb): void {
    const stride = 1 + 3 * this.width;
    const fromX = Math.max(0, -x);
    const toX = Math.min(mask.width, this.width - x);
    const fromY = Math.max(0, -y);
    const toY = Math.min(mask.height, this.height - y);
    for (let my = fromY; my < toY; my += 1) {
      const line = (y + my) * stride + 1 + 3 * x;
      for (let mx = fromX; mx < toX; mx += 1) {
        const a = mask.alpha[my * mask.width + mx]!;
        if (a === 0) continue;
        const at = line + 3 * mx;
        const s = this.scanlines;
        // Rounded source-over: out = bg + (fg - bg) × a / 255.
        s[at] = s[at]! + Math.round(((r - s[at]!) * a) / 255);
        s[at + 1] = s[at + 1]! + Math.round(((g - s[at + 1]!) * a) / 255);
        s[at + 2] = s[at + 2]! + Math.round(((b - s[at + 2]!) * a) / 255);
      }
    }
  }
}
