import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
const root = '/work/main/dist';
const files = readdirSync(root, { recursive: true }).map(String).filter((f) => /\.(html|css|js|mjs|json|svg|xml|txt)$/.test(f) && !f.startsWith('pagefind'));
const bodies = files.map((f) => ({ f, b: readFileSync(join(root, f)) }));
const plain = bodies.reduce((n, x) => n + x.b.length, 0);
console.log(files.length, 'files', Math.round(plain / 1024), 'KiB');
for (const q of [11, 10, 9, 7, 5, 4]) {
  const t = performance.now(); let n = 0; let essay = 0;
  for (const { f, b } of bodies) { const c = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }); n += c.length; if (f === 'essay/ticket-factory-to-impact/index.html') essay = c.length; }
  console.log(`br q${q}: ${Math.round(n / 1024)} KiB, essay ${(essay / 1024).toFixed(2)} KiB, ${Math.round(performance.now() - t)} ms`);
}
for (const l of [9, 6]) { const t = performance.now(); let n = 0; for (const { b } of bodies) n += gzipSync(b, { level: l }).length; console.log(`gzip ${l}: ${Math.round(n / 1024)} KiB, ${Math.round(performance.now() - t)} ms`); }
