/**
 * Opens the header search dialog from the Search link or the "/" key. The search engine itself
 * (./search-ui and Pagefind) is imported only when the dialog first opens, and with it the dialog's own closing
 * gestures beyond the native ones (its Close button is a `method="dialog"` form, Escape closes a modal dialog).
 */
export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  let started = false;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    if (!started && form) {
      started = true;
      void import('./search-ui').then((ui) => {
        ui.attachDialog(dialog);
        ui.attachSearch(form);
      });
    }
  };

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
    link.addEventListener('click', (event) => {
      if (onSearchPage()) return;
      event.preventDefault();
      open();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    const pageInput = document.querySelector<HTMLInputElement>('main [data-search-form] input[type="search"]');
    if (pageInput) pageInput.focus();
    else open();
  });
}

function onSearchPage(): boolean {
  return document.querySelector('main [data-search-form]') !== null;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
