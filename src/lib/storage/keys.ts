/** Every key this site writes starts with this prefix, so "delete everything" touches nothing else. */
export const KEY_PREFIX = 'tfi:';

/** The key of a tool's envelope. */
export function dataKey(toolId: string): string {
  return `${KEY_PREFIX}${toolId}`;
}

const BACKUP_MARK = ':unreadable:';

/** The key an unreadable value is moved to: unique per time, so one backup never overwrites another. */
export function backupKey(toolId: string, at: Date): string {
  return `${dataKey(toolId)}${BACKUP_MARK}${at.toISOString()}`;
}

/** The tool id and time of a backup key, or undefined for any other key. */
export function parseBackupKey(key: string): { toolId: string; at: string } | undefined {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const rest = key.slice(KEY_PREFIX.length);
  const mark = rest.indexOf(BACKUP_MARK);
  if (mark <= 0) return undefined;
  return { toolId: rest.slice(0, mark), at: rest.slice(mark + BACKUP_MARK.length) };
}

/** Whether a key belongs to this site. */
export function isSiteKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}
