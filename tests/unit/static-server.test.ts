import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../bench/lib/static-server';

const root = mkdtempSync(join(tmpdir(), 'tfi-static-'));
let plain: StaticServer;
let caching: StaticServer;

/** The status and Cache-Control of a raw request for `path` (sent as written: no client cleans it up). */
function get(server: StaticServer, path: string): Promise<{ status: number; cache: string | undefined }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve({ status: response.statusCode!, cache: response.headers['cache-control'] });
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  plain = await serveStatic(root);
  caching = await serveStatic(root, '/', { cacheAssets: true });
});
afterAll(async () => {
  await Promise.all([plain.close(), caching.close()]);
  rmSync(root, { recursive: true, force: true });
});

describe('the static server of the tests and benches', () => {
  it('answers a path it cannot read with 400 and keeps serving', async () => {
    expect((await get(plain, '//')).status).toBe(400);
    expect((await get(plain, '/%E0%A4%A')).status).toBe(400);
    expect((await get(plain, '/')).status).toBe(200);
  });

  it('lets the browser cache everything but pages only when asked', async () => {
    expect(await get(plain, '/app.js')).toEqual({ status: 200, cache: undefined });
    expect(await get(caching, '/app.js')).toEqual({ status: 200, cache: 'max-age=3600' });
    expect(await get(caching, '/')).toEqual({ status: 200, cache: undefined });
    expect(await get(caching, '/missing/')).toEqual({ status: 404, cache: undefined });
  });
});
