import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReminderIcs, daysAfter, escapeIcsText, foldIcsLine, isCalendarDate } from '../../src/lib/ics';

const reminder = {
  date: '2027-01-07',
  title: 'Re-run the alignment diagnostic',
  description:
    'Compare with the run of 2026-11-26; then pick one probe, and run it. https://guide.example/tools/diagnostic/',
  url: 'https://guide.example/tools/diagnostic/',
  uid: 'diagnostic-2027-01-07@ticket-factory-field-guide',
  now: new Date('2026-11-26T10:20:30.456Z'),
};
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('calendar reminder (.ics)', () => {
  it('is a VCALENDAR with one all-day VEVENT and the required properties', () => {
    const lines = unfold(buildReminderIcs(reminder)).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270107');
    expect(lines).toContain('DTEND;VALUE=DATE:20270108');
    expect(lines).toContain('DTSTAMP:20261126T102030Z');
    expect(lines).toContain('UID:diagnostic-2027-01-07@ticket-factory-field-guide');
    expect(lines).toContain('SUMMARY:Re-run the alignment diagnostic');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('ends every line with CRLF and folds lines to at most 75 octets', () => {
    const text = buildReminderIcs({ ...reminder, description: 'é'.repeat(200) });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folding never splits a character and unfolds back to the original (2,000 lines)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldIcsLine(`DESCRIPTION:${text}`);
        expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only real calendar dates, and counts days in UTC', () => {
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(() => buildReminderIcs({ ...reminder, date: 'soon' })).toThrow(RangeError);
    expect(daysAfter(new Date('2026-11-26T23:30:00Z'), 42)).toBe('2027-01-07');
  });
});
