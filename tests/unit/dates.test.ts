import { describe, expect, it } from 'vitest';
import { dateBeside, distinctDateLabels } from '../../src/lib/dates';

describe('dates told apart', () => {
  it('shows the day alone when no other date shares it, the time when one does, a number when the minute is shared', () => {
    // Times near noon UTC, so each day is the same day in every time zone the tests may run in.
    const labels = distinctDateLabels([
      '2026-12-05T12:00:00.000Z',
      '2026-12-06T12:00:00.000Z',
      '2026-12-06T12:30:00.000Z',
      '2026-12-07T12:10:00.000Z',
      '2026-12-07T12:10:30.000Z',
    ]);
    expect(new Set(labels).size).toBe(5);
    expect(labels[0]).toBe('Dec 5, 2026');
    expect(labels[1]).toMatch(/^Dec 6, 2026, \d{1,2}:\d{2}\s?[AP]M$/);
    expect(labels[3]).toMatch(/\(1 of 2\)$/);
    expect(labels[4]).toMatch(/\(2 of 2\)$/);
  });

  it('gives one date its time only beside another of the same day', () => {
    expect(dateBeside('2026-12-06T12:00:00.000Z', '2026-12-01T12:00:00.000Z')).toBe('December 6, 2026');
    expect(dateBeside('2026-12-06T12:00:00.000Z', '2026-12-06T12:30:00.000Z')).toMatch(/^December 6, 2026 at /);
  });
});
