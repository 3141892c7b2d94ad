import type { StorageLike } from '../../src/lib/storage/safe-engine';

/** An in-memory Web Storage that can be told to fail the way browsers do. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** 'quota': writes throw QuotaExceededError; 'security': every access throws SecurityError. */
  failure: 'quota' | 'security' | undefined;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  private guard(): void {
    if (this.failure === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.guard();
    return this.items.size;
  }
  key(index: number): string | null {
    this.guard();
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.guard();
    if (this.failure === 'quota') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.guard();
    this.items.delete(key);
  }
}
