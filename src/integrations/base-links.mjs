// @ts-check
import { defineMdastPlugin } from 'satteri';

/**
 * Links written in content (`[the essay](/essay/…/)`) are root-relative, as an author writes them. This Markdown
 * step puts the site's base path in front of each one at build time, so a build for a sub-path (BASE_PATH) has no
 * link that escapes it. Links to other sites, fragments and relative links are left alone.
 * @param {string} base the base path, e.g. '/' or '/field-guide/'
 */
export function baseLinks(base) {
  const prefix = base.replace(/\/$/, '');
  /** @param {string} url */
  const withBase = (url) =>
    prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? `${prefix}${url}` : url;
  return defineMdastPlugin({
    name: 'field-guide-base-links',
    link(node, context) {
      const url = withBase(node.url);
      if (url !== node.url) context.setProperty(node, 'url', url);
    },
    image(node, context) {
      const url = withBase(node.url);
      if (url !== node.url) context.setProperty(node, 'url', url);
    },
  });
}
