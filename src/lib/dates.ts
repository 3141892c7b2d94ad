/**
 * Dates as people read them, told apart when they fall on the same day: a list of runs or sessions where two share a
 * day shows their times too, so no two lines, column headings or button names read alike.
 */
type DateStyle = 'medium' | 'long';

const dayOf = (iso: string, dateStyle: DateStyle) => new Date(iso).toLocaleDateString('en-US', { dateStyle });
const timeOf = (iso: string, dateStyle: DateStyle) =>
  new Date(iso).toLocaleString('en-US', { dateStyle, timeStyle: 'short' });

/**
 * A label for each date, in the order given: the day alone ("Dec 6, 2026") when no other date shares it, with the
 * time when one does ("Dec 6, 2026, 6:30 PM"), and numbered when even the minute is shared.
 */
export function distinctDateLabels(timestamps: readonly string[], dateStyle: DateStyle = 'medium'): string[] {
  const days = timestamps.map((iso) => dayOf(iso, dateStyle));
  const labels = timestamps.map((iso, i) =>
    days.filter((day) => day === days[i]).length > 1 ? timeOf(iso, dateStyle) : days[i]!,
  );
  return labels.map((label, i) => {
    const same = labels.filter((other) => other === label).length;
    if (same === 1) return label;
    const nth = labels.slice(0, i + 1).filter((other) => other === label).length;
    return `${label} (${nth} of ${same})`;
  });
}

/** One date, with its time when it falls on the same day as `other` (e.g. "compared with the session of …"). */
export function dateBeside(iso: string, other: string, dateStyle: DateStyle = 'long'): string {
  return distinctDateLabels([iso, other], dateStyle)[0]!;
}
