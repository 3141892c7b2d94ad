import { THEME_STORAGE_KEY, nextTheme, parseTheme, type Theme } from '../lib/theme';

/** Keeps the theme switch (shown only with scripts, see `.js-only`) in step with the applied theme. */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const current = (): Theme => parseTheme(root.dataset['theme']) ?? (systemDark.matches ? 'dark' : 'light');

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    sync();
    systemDark.addEventListener('change', sync);
    button.addEventListener('click', () => {
      const theme = nextTheme(current());
      root.dataset['theme'] = theme;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, theme);
      } catch {
        // Storage blocked: the choice still applies to this page view.
      }
      sync();
    });
  }
}
