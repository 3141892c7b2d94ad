import { describe, expect, it } from 'vitest';
import { createSafeEngine, type StorageHealth } from '../../../src/lib/storage/safe-engine';
import { FakeStorage } from '../../support/fake-storage';

function setup(storage: FakeStorage | (() => never)) {
  const health: StorageHealth[] = [];
  const engine = createSafeEngine(typeof storage === 'function' ? storage : () => storage, (h) => health.push(h));
  return { engine, health };
}

describe('safe storage engine', () => {
  it('reads and writes through to storage like a plain object', () => {
    const storage = new FakeStorage({ 'tfi:a': '1' });
    const { engine, health } = setup(storage);
    expect('tfi:a' in engine.store).toBe(true);
    expect(engine.store['tfi:a']).toBe('1');
    engine.store['tfi:b'] = '2';
    expect(storage.items.get('tfi:b')).toBe('2');
    delete engine.store['tfi:a'];
    expect(storage.items.has('tfi:a')).toBe(false);
    expect(health).toEqual(['ok']);
  });

  it('when storage is full, keeps the edit in memory, says so, and leaves the last good copy intact', () => {
    const storage = new FakeStorage({ 'tfi:a': 'good' });
    const { engine, health } = setup(storage);
    storage.failure = 'quota';
    engine.store['tfi:a'] = 'newer';
    expect(health.at(-1)).toBe('full');
    expect(engine.store['tfi:a']).toBe('newer');
    expect(storage.items.get('tfi:a')).toBe('good');
    storage.failure = undefined;
    engine.store['tfi:a'] = 'newest';
    expect(health.at(-1)).toBe('ok');
    expect(storage.items.get('tfi:a')).toBe('newest');
  });

  it('when storage access throws, works in memory and reports it unavailable', () => {
    const storage = new FakeStorage({ 'tfi:a': 'good' });
    storage.failure = 'security';
    const { engine, health } = setup(storage);
    expect(health).toEqual(['unavailable']);
    engine.store['tfi:a'] = 'in memory';
    expect(engine.store['tfi:a']).toBe('in memory');
    expect(engine.keys()).toEqual(['tfi:a']);
    expect(storage.items.get('tfi:a')).toBe('good');
  });

  it('when getting the storage itself throws, works in memory', () => {
    const { engine, health } = setup(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    engine.store['tfi:x'] = 'y';
    expect(engine.store['tfi:x']).toBe('y');
    expect(health.every((h) => h === 'unavailable')).toBe(true);
  });

  it('lists every key', () => {
    const { engine } = setup(new FakeStorage({ a: '1', 'tfi:b': '2' }));
    expect(engine.keys().sort()).toEqual(['a', 'tfi:b']);
  });
});
