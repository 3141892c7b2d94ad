import { sectionUrl } from '../lib/section-url';

const COPIED_FOR_MS = 2500;

/** Makes the "Copy link" buttons (shown only with scripts) copy the section's URL and announce the result. */
export function initCopyLinks(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-copy-link]');
  if (buttons.length === 0) return;
  const announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);

  for (const button of buttons) {
    const label = button.firstChild;
    button.addEventListener('click', async () => {
      const url = sectionUrl(location.href, button.dataset['copyLink'] ?? '');
      let message: string;
      try {
        await navigator.clipboard.writeText(url);
        message = 'Link copied';
      } catch {
        message = 'Copy failed: use the # link';
      }
      if (label) label.textContent = message;
      announcer.textContent = `${message}: ${url}`;
      setTimeout(() => {
        if (label) label.textContent = 'Copy link';
      }, COPIED_FOR_MS);
    });
  }
}
