import { FORBIDDEN_KEYS } from './guards';

/** The outcome of parsing untrusted JSON. */
export type StrictJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'not-json' }
  | { ok: false; reason: 'forbidden-key'; key: string };

/** Parses untrusted JSON, refusing any `__proto__`, `constructor` or `prototype` key anywhere in it. Never throws. */
export function parseUntrustedJson(text: string): StrictJson {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return item;
    });
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return forbidden ? { ok: false, reason: 'forbidden-key', key: forbidden } : { ok: true, value };
}
