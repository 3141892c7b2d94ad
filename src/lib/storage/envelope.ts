/**
 * The saved-data contract: every tool stores one versioned envelope, `{"v": N, "data": …}`, under its own key.
 * Decoding is total — parse, migrate from any older version, validate — and never throws: what cannot be read
 * comes back as `unreadable` with a reason, so the caller can keep the original bytes aside and tell the user.
 */
import { isIntegerIn } from './guards';

/** How one tool's data is versioned, upgraded and checked. */
export interface DataCodec<T> {
  /** Stable tool id; also the storage key suffix and the export's section name. */
  readonly id: string;
  /** Human name for notices and the "your data" page. */
  readonly label: string;
  /** The version this build writes. */
  readonly version: number;
  /** `migrations[n]` turns version-n data into version n+1 data. It may assume nothing about its input. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The current-version value, or undefined when the data does not have the right shape. */
  validate(data: unknown): T | undefined;
  /** The value a new user starts with. */
  empty(): T;
  /** How many things the user has saved (answers, canvases, runs), for the "your data" page. */
  count(value: T): number;
}

/** Why a stored value could not be read. */
export type UnreadableReason = 'not-json' | 'not-an-envelope' | 'future-version' | 'unknown-version' | 'invalid-data';

export type Decoded<T> =
  | { readonly kind: 'value'; readonly value: T; readonly migratedFrom?: number }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason };

function unreadable<T>(reason: UnreadableReason): Decoded<T> {
  return { kind: 'unreadable', reason };
}

/** Wraps a value in the current envelope, with the fields tabs merge by, if any (see storage/merge). */
export function encodeEnvelope<T>(value: T, codec: DataCodec<T>, marks?: object): string {
  return JSON.stringify({ v: codec.version, data: value, ...marks });
}

/** Reads an already-parsed envelope: migrate from its version, then validate. */
export function decodeEnvelopeValue<T>(envelope: unknown, codec: DataCodec<T>): Decoded<T> {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return unreadable('not-an-envelope');
  const { v, data } = envelope as { v?: unknown; data?: unknown };
  if (!('data' in envelope) || !isIntegerIn(v, 1)) return unreadable('not-an-envelope');
  if (v > codec.version) return unreadable('future-version');
  let current: unknown = data;
  try {
    for (let version = v; version < codec.version; version += 1) {
      const migrate = codec.migrations[version];
      if (!migrate) return unreadable('unknown-version');
      current = migrate(current);
    }
    const value = codec.validate(current);
    if (value === undefined) return unreadable('invalid-data');
    return v < codec.version ? { kind: 'value', value, migratedFrom: v } : { kind: 'value', value };
  } catch {
    return unreadable('invalid-data');
  }
}

/** Reads a stored string. Never throws. */
export function decodeEnvelope<T>(raw: string, codec: DataCodec<T>): Decoded<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable('not-json');
  }
  return decodeEnvelopeValue(parsed, codec);
}
