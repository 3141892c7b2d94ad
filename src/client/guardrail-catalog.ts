import {
  guardrailCountMessage,
  guardrailFilterQuery,
  matchesGuardrailFilter,
  parseGuardrailFilter,
  type GuardrailFilter,
} from '../lib/guardrails';

/**
 * Filters the server-rendered catalog in place. The filter lives in the URL query, so a filtered view is a link
 * a lead can share. Without scripts the form is not shown (`.js-only`) and every card shows.
 */
export function initGuardrailCatalog(): void {
  const form = document.querySelector<HTMLFormElement>('[data-catalog-filters]');
  const count = document.querySelector<HTMLElement>('[data-catalog-count]');
  const cards = [...document.querySelectorAll<HTMLLIElement>('[data-catalog-cards] > li')];
  if (!form || !count) return;

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const show = (filter: GuardrailFilter) => {
    field('constraint').value = filter.constraint ?? '';
    field('kind').value = filter.kind ?? '';
    field('effort').value = filter.effort ?? '';
    if (field('q').value.trim() !== filter.text) field('q').value = filter.text;
    let shown = 0;
    for (const card of cards) {
      const visible = matchesGuardrailFilter(
        {
          constraints: (card.dataset['constraints'] ?? '').split(' '),
          kind: card.dataset['kind'] ?? '',
          effort: card.dataset['effort'] ?? '',
          text: card.dataset['text'] ?? '',
        },
        filter,
      );
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = guardrailCountMessage(shown, cards.length);
  };
  const fromForm = () => parseGuardrailFilter(new URLSearchParams(new FormData(form) as never).toString());
  const apply = () => {
    const filter = fromForm();
    history.replaceState(null, '', `${location.pathname}${guardrailFilterQuery(filter)}${location.hash}`);
    show(filter);
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  show(parseGuardrailFilter(location.search));
}
