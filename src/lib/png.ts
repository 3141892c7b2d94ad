/**
 * The few bytes around a PNG's compressed pixels: signature, header, palette, one data chunk and the end. The pixels
 * are 8-bit palette indexes in scanlines, each led by its filter byte, compressed by zlib (any level) by the caller,
 * so that the slow part can run off the main thread (node:zlib's asynchronous deflate).
 */
import { crc32 } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

/**
 * A whole PNG of `width`×`height` pixels, 8-bit indexes into `palette` (red, green, blue per entry, at most 256), from
 * their zlib-compressed scanlines.
 */
export function pngFromDeflatedIndexes(
  width: number,
  height: number,
  palette: Uint8Array,
  deflated: Uint8Array,
): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8, color type 3 (indexed), deflate, adaptive filters per line, no interlace.
  header.set([8, 3, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflated),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
