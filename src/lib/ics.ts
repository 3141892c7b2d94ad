/**
 * A one-event iCalendar file (RFC 5545) for a reminder: all-day, CRLF line endings, lines folded at 75 octets,
 * text escaped. Calendar apps import it; nothing is sent anywhere.
 */

export interface Reminder {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
  url?: string;
  /** Unique id; the same id updates the same event on re-import. */
  uid: string;
  now: Date;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const dateValue = (isoDate: string) => isoDate.replace(/-/g, '');

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** The .ics file text. */
export function buildReminderIcs(reminder: Reminder): string {
  if (!isCalendarDate(reminder.date)) throw new RangeError(`Not a calendar date: ${reminder.date}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ticket Factory to Impact//Field guide//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${compact(reminder.now)}`,
    `DTSTART;VALUE=DATE:${dateValue(reminder.date)}`,
    `DTEND;VALUE=DATE:${dateValue(nextDay(reminder.date))}`,
    `SUMMARY:${escapeIcsText(reminder.title)}`,
    `DESCRIPTION:${escapeIcsText(reminder.description)}`,
    ...(reminder.url ? [`URL:${reminder.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A date a number of days after another, as YYYY-MM-DD (UTC). */
export function daysAfter(from: Date, days: number): string {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return day.toISOString().slice(0, 10);
}
