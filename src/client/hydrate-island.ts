/**
 * Hydrates a tool rendered on the server by `ToolIsland.astro`. Each tool page's own script calls this with its tool
 * component, so the page ships no island runtime of its own: Astro's `<astro-island>` element costs about 2 KiB of
 * inline script on every tool page, more than this file and the props it reads.
 */
import { h, hydrate, type ComponentType } from 'preact';

/** Marks an island whose server markup has not been hydrated yet; removed once it has. */
export const PENDING_ATTRIBUTE = 'data-island-pending';

/** Reads the props `ToolIsland.astro` wrote beside the markup, and hydrates once the browser is idle. */
export function hydrateIsland<Props extends object>(name: string, Component: ComponentType<Props>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  const json = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!root || json == null) throw new Error(`The page has no "${name}" island to hydrate`);
  const props = JSON.parse(json) as Props;
  whenIdle(() => {
    hydrate(h(Component, props), root);
    root.removeAttribute(PENDING_ATTRIBUTE);
  });
}

/** Like `client:idle`: hydration is a long task, so it waits for a quiet moment (Safari has no idle callback). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run);
  else setTimeout(run, 200);
}
