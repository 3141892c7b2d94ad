import { describe, expect, it } from 'vitest';
import { formatBytes, parseJsonWithin, readChosenFile } from '../../../src/lib/storage/file-import';

/** A chosen file that records whether anyone read it. */
const chosen = (size: number, text = '{}') => {
  const file = { size, read: false, text: async () => ((file.read = true), text) };
  return file;
};

describe('reading a chosen file', () => {
  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = chosen(5 * 1024 * 1024 * 1024);
    expect(await readChosenFile(file, 1024)).toEqual({ ok: false, reason: 'too-large', bytes: 5 * 1024 * 1024 * 1024 });
    expect(file.read).toBe(false);
  });

  it('reads a file within the limit', async () => {
    expect(await readChosenFile(chosen(2, '{}'), 1024)).toEqual({ ok: true, text: '{}' });
  });
});

describe('parsing its JSON within a size', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(parseJsonWithin('"éé"', 5)).toEqual({ ok: false, reason: 'too-large', bytes: 6 });
    expect(parseJsonWithin('"éé"', 6)).toEqual({ ok: true, value: 'éé' });
  });

  it('names what is wrong: not JSON, or a prototype key anywhere', () => {
    expect(parseJsonWithin('{', 100)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseJsonWithin('{"a":{"__proto__":{}}}', 100)).toEqual({
      ok: false,
      reason: 'forbidden-key',
      key: '__proto__',
    });
  });

  it('writes sizes as people read them', () => {
    expect([
      formatBytes(1024 * 1024),
      formatBytes(1.5 * 1024 * 1024),
      formatBytes(240 * 1024),
      formatBytes(10),
    ]).toEqual(['1 MiB', '1.5 MiB', '240 KiB', '1 KiB']);
  });
});
