import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
/** The build's precompressed copies (src/integrations/precompress.mjs), best first. */
const PRECOMPRESSED = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** A running static server for a built site. */
export interface StaticServer {
  /** Origin plus base path, ending with a slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** How the server answers. */
export interface ServeOptions {
  /**
   * Lets the browser keep everything but pages for an hour (`Cache-Control`), as a host that caches the build's
   * hashed assets does. Off by default: every load then fetches everything again, as a first visit would.
   */
  cacheAssets?: boolean;
}

/**
 * Serves a folder on 127.0.0.1 (an ephemeral port) the way a plain static host would: `dir/` → `dir/index.html`,
 * unknown paths → `404.html` with status 404, text compressed when the client accepts it (precompressed copies
 * first), a request whose path cannot be read → 400. Tests and benchmarks use it; it never binds beyond loopback.
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = requestPath(request.url);
    if (path === undefined) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const relativePath = path.startsWith(base) ? path.slice(base.length) : null;
    let file = relativePath === null ? null : join(root, normalize(`/${relativePath}`));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== null && file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = found ? file! : join(root, '404.html');
    if (!existsSync(served)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    // Text is compressed, as static hosts do: the build's precompressed copy in the best encoding the client accepts
    // (Brotli, then gzip), else gzip on the fly, so transfer sizes and timings match what a visitor gets.
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const precompressed = COMPRESSIBLE.test(type)
      ? PRECOMPRESSED.find(({ name, ext }) => new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(served + ext))
      : undefined;
    const onTheFly = !precompressed && COMPRESSIBLE.test(type) && /\bgzip\b/.test(accepted);
    const encoding = precompressed?.name ?? (onTheFly ? 'gzip' : undefined);
    response.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...(options.cacheAssets && found && extname(served) !== '.html' ? { 'Cache-Control': 'max-age=3600' } : {}),
    });
    const body = createReadStream(precompressed ? served + precompressed.ext : served);
    (onTheFly ? body.pipe(createGzip({ level: 9 })) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A request's decoded path, or undefined when it is not one (`//`, a broken percent escape). */
function requestPath(url = '/'): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}
