/**
 * Prefixes a site-root path with the configured base, so the site works when hosted under a sub-path.
 * `base` is Astro's BASE_URL, which may or may not end with a slash.
 */
export function withBase(path: string, base: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(path)) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rooted}`;
}
