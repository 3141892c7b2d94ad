import type { Page } from 'playwright-core';

/** WCAG 1.4.10 (reflow): content fits 320 CSS px wide without scrolling in two directions. */
export const REFLOW_WIDTH = 320;
export const REFLOW_HEIGHT = 640;

/**
 * How far the page scrolls sideways at its current width (0 when it does not), and the elements that stick out of
 * the page without a scroll box of their own to hold them, named so a failure says where to look.
 */
export async function sidewaysScroll(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const overflow = Math.max(0, root.scrollWidth - width);
    if (overflow === 0) return { overflow, culprits: [] };
    const scrollsItself = (element: Element) => {
      for (let e: Element | null = element.parentElement; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return true;
      }
      return false;
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !scrollsItself(e))
      .filter((e, _, all) => !all.some((other) => other !== e && other.contains(e)))
      .slice(0, 5)
      .map((e) => `${name(e)} (${Math.round(e.getBoundingClientRect().right)} px)`);
    return { overflow, culprits };
  });
}
