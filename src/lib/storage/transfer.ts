/**
 * Export and import of everything this site saved in a browser, as one JSON file. Import is strict: it checks
 * size, JSON, app, file version, keys and each tool's data before anything is written, and explains what it
 * would replace so the user can confirm.
 */
import { decodeEnvelopeValue, encodeEnvelope, type DataCodec } from './envelope';
import { unreadableMessage } from './unreadable';
import { isIntegerIn, isRecord } from './guards';
import { formatBytes, parseJsonWithin, type FileRefusal } from './file-import';

/** Names the file's origin so another site's JSON is not mistaken for ours. */
export const EXPORT_APP = 'ticket-factory-field-guide';
/** Version of the export file's own layout (each tool's data carries its own version inside). */
export const EXPORT_FORMAT_VERSION = 1;
/** Largest file import accepts: far above real use, small enough to parse safely. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The export file. */
export interface ExportFile {
  app: typeof EXPORT_APP;
  version: number;
  exportedAt: string;
  /** Each tool's envelope, `{ v, data }`, under its id. */
  tools: Record<string, { v: number; data: unknown }>;
}

/** Builds the export from each tool's current value. */
export function buildExport(entries: readonly { codec: DataCodec<unknown>; value: unknown }[], now: Date): ExportFile {
  const tools: ExportFile['tools'] = {};
  for (const { codec, value } of entries) tools[codec.id] = JSON.parse(encodeEnvelope(value, codec));
  return { app: EXPORT_APP, version: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), tools };
}

/** One tool's part of a valid import: the value to write, already migrated and validated. */
export interface ImportedTool {
  codec: DataCodec<unknown>;
  value: unknown;
  count: number;
}

export type ImportResult = { ok: true; tools: ImportedTool[]; exportedAt: string } | { ok: false; error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

/** Why a file was refused before its content was looked at, in words a user can act on. */
export function importRefusal(refusal: FileRefusal): string {
  switch (refusal.reason) {
    case 'too-large':
      return `The file is ${formatBytes(refusal.bytes)}; an export from this site is never over ${formatBytes(MAX_IMPORT_BYTES)}.`;
    case 'not-json':
      return 'The file is not JSON. Choose a file exported from this site’s “Your data” page.';
    case 'forbidden-key':
      return `The file contains a key named “${refusal.key}”, which is never in an export; nothing was imported.`;
  }
}

/** Reads an import file's text. Never throws; an error says what is wrong in words a user can act on. */
export function parseImport(text: string, codecs: readonly DataCodec<unknown>[]): ImportResult {
  const json = parseJsonWithin(text, MAX_IMPORT_BYTES);
  if (!json.ok) return fail(importRefusal(json));
  const parsed = json.value;
  if (!isRecord(parsed) || parsed['app'] !== EXPORT_APP) {
    return fail('This is not an export from this field guide (its “app” field is missing or different).');
  }
  const version = parsed['version'];
  if (!isIntegerIn(version, 1)) {
    return fail('The file has no valid format version.');
  }
  if (version > EXPORT_FORMAT_VERSION) {
    return fail(
      `The file was made by a newer version of this site (format ${version}); reload the page to update, then try again.`,
    );
  }
  const exportedAt = parsed['exportedAt'];
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))
    return fail('The file has no valid export date.');
  const tools = parsed['tools'];
  if (!isRecord(tools)) return fail('The file has no “tools” section.');

  const imported: ImportedTool[] = [];
  for (const [id, envelope] of Object.entries(tools)) {
    const codec = codecs.find((candidate) => candidate.id === id);
    if (!codec) return fail(`The file contains data for “${id}”, which this site does not know; nothing was imported.`);
    const decoded = decodeEnvelopeValue(envelope, codec);
    if (decoded.kind === 'unreadable')
      return fail(`The ${codec.label} data cannot be imported: ${unreadableMessage(decoded.reason)}.`);
    imported.push({ codec, value: decoded.value, count: codec.count(decoded.value) });
  }
  if (imported.length === 0) return fail('The file contains no saved data.');
  return { ok: true, tools: imported, exportedAt };
}

/** One line of the "this will replace…" preview. */
export function describeReplacement(label: string, currentCount: number, incomingCount: number): string {
  const things = (n: number) => `${n} saved ${n === 1 ? 'item' : 'items'}`;
  return currentCount === 0
    ? `${label}: adds ${things(incomingCount)}.`
    : `${label}: replaces ${things(currentCount)} with ${things(incomingCount)}.`;
}
