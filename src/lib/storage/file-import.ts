/**
 * The one way a file a person chooses becomes data here (Your data's import, the canvas's import): its size is
 * checked before it is read, its JSON is parsed refusing prototype keys, and every failure is a sentence. Each format
 * then checks its own shape and version (`storage/transfer`, `canvas/export`).
 */
import { parseUntrustedJson } from './untrusted-json';

/** Why a file's content could not be taken, before its format is even looked at. */
export type FileRefusal =
  { reason: 'too-large'; bytes: number } | { reason: 'not-json' } | { reason: 'forbidden-key'; key: string };

export type JsonWithin = { ok: true; value: unknown } | ({ ok: false } & FileRefusal);

/** Parses text that must be at most `maxBytes` (UTF-8) of untrusted JSON. Never throws. */
export function parseJsonWithin(text: string, maxBytes: number): JsonWithin {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return { ok: false, reason: 'too-large', bytes };
  const json = parseUntrustedJson(text);
  return json.ok || json.reason === 'not-json' ? json : { ok: false, reason: 'forbidden-key', key: json.key };
}

/** What is needed of a chosen `File`, so tests can pass a stand-in. */
export interface ChosenFile {
  readonly size: number;
  text(): Promise<string>;
}

export type ReadFile = { ok: true; text: string } | { ok: false; reason: 'too-large'; bytes: number };

/**
 * A chosen file's text, or a refusal when it is larger than `maxBytes`: the size a browser reports is checked first,
 * so a multi-gigabyte file is never read into memory.
 */
export async function readChosenFile(file: ChosenFile, maxBytes: number): Promise<ReadFile> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large', bytes: file.size };
  return { ok: true, text: await file.text() };
}

/** A byte count as people read it: "1.5 MiB", "240 KiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
