// @ts-check
/** A module script Astro bundled into a file of its own: a page's small scripts, and the tool pages' hydration. */
const EXTERNAL_MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Holds each page's bundled module scripts back until after the first paint: Astro writes them as
 * `<script type="module" src>`, which the browser fetches at once, in competition with the HTML and the paint that
 * shows the page. Each becomes an inert `<template data-after-first-paint="src">`; the small inline script
 * `src/client/after-first-paint.js` (at the end of every page's body) starts them once the page has painted. What
 * they do (the search dialog, the catalog filter, the "why you're here" panel) only ever serves a reader who has
 * already seen the page, and every control they enhance works without them. Scripts small enough for Astro to inline
 * (the theme switch, the menu, copy-link) cost no request and stay as they are.
 * @param {string} html
 * @returns {string}
 */
export function holdScriptsUntilPainted(html) {
  return html.replace(EXTERNAL_MODULE_SCRIPT, (_, src) => `<template data-after-first-paint="${src}"></template>`);
}
