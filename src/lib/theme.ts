/** The two color themes. With no saved choice, the system preference decides. */
export type Theme = 'light' | 'dark';

/** localStorage key of the saved theme; the inline head script reads the same key before first paint. */
export const THEME_STORAGE_KEY = 'tfi:theme';

/** A saved or attribute value narrowed to a theme, or undefined when it is not one. */
export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme a toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
