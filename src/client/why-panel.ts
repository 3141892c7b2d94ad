import { answerLabel } from '../lib/diagnostic/answers';
import { decodeWhy } from '../lib/diagnostic/why';

/**
 * On a constraint page reached from a diagnostic result, shows the answers that led there. The statements' text
 * comes from the page itself (a JSON block), so the link carries only ids and answers; unknown ids are ignored.
 */
export function initWhyPanel(): void {
  const panel = document.querySelector<HTMLElement>('[data-why-panel]');
  const data = document.querySelector('[data-why-questions]');
  if (!panel || !data) return;
  const texts = JSON.parse(data.textContent ?? '{}') as Record<string, string>;
  const show = () => {
    const deciding = decodeWhy(location.hash).filter((d) => Object.hasOwn(texts, d.questionId));
    const list = panel.querySelector('ul')!;
    list.replaceChildren(
      ...deciding.map((d) => {
        const item = document.createElement('li');
        item.textContent = `${answerLabel(d.answer)}: “${texts[d.questionId]}”`;
        return item;
      }),
    );
    panel.hidden = deciding.length === 0;
  };
  show();
  addEventListener('hashchange', show);
}
