import type { Page } from 'playwright-core';

/** What a keyboard user can see of the focused element: enough to know where Tab has landed. */
export interface Focused {
  tag: string;
  name: string;
  value: string;
  text: string;
  checked: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
      checked: el?.checked === true,
    };
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. Throws when it is not
 * reached within `max` presses: a control Tab cannot reach is a failure, never something to focus from code.
 */
export async function tabUntil(
  page: Page,
  matches: (element: Focused) => boolean,
  description: string,
  { backwards = false, max = 40 } = {},
): Promise<Focused> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  const at = await focused(page);
  const where = `${at.tag}${at.name ? ` name=“${at.name}”` : ''} “${at.text.slice(0, 40)}”`;
  throw new Error(
    `${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${description} within ${max} presses; focus is on ${where}`,
  );
}

/**
 * With focus inside a radio group, moves with the arrow keys to the radio whose value is `value` and checks it.
 * The order of `values` is the group's order on screen.
 */
export async function chooseRadio(page: Page, values: readonly string[], value: string): Promise<void> {
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`${value} is not one of ${values.join(', ')}`);
  for (let moves = 0; moves <= values.length; moves += 1) {
    const element = await focused(page);
    const at = values.indexOf(element.value);
    if (at === target) {
      if (!element.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press(at < target ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new Error(`the arrow keys did not reach the radio "${value}"`);
}
