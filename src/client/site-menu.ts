/**
 * The narrow-screen "Menu" disclosure (a `<details>`, so it works without scripts). With scripts it also closes on
 * Escape, returning focus to "Menu", and when the reader clicks or tabs away from it.
 */
export function initSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const summary = menu?.querySelector('summary');
  if (!menu || !summary) return;

  const narrow = () => getComputedStyle(summary).display !== 'none';
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !narrow()) return;
    menu.open = false;
    summary.focus();
  });
  menu.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (menu.open && narrow() && next && !menu.contains(next)) menu.open = false;
  });
  document.addEventListener('click', (event) => {
    if (menu.open && narrow() && !menu.contains(event.target as Node)) menu.open = false;
  });
}
