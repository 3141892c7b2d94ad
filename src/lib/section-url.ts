/**
 * The shareable URL of a section: the page URL without its query or old fragment, plus the section id.
 * Query strings are dropped because they carry per-visit state (search terms, filters), not the place.
 */
export function sectionUrl(pageUrl: string, sectionId: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = sectionId;
  return url.href;
}
