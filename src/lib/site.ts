/** The site's name, used in titles, link previews and the header. */
export const SITE_NAME = 'Ticket Factory to Impact — the field guide';

/** A short name for tight places (the header on phones, the title suffix). */
export const SITE_SHORT_NAME = 'Field guide';

/** Default description for pages that do not give their own. */
export const SITE_DESCRIPTION =
  'The essay Ticket Factory to Impact, its appendices and self-serve tools that help a team find the alignment constraint holding it still and run the smallest useful experiment to loosen it.';

/** Title shown in the browser tab and in link previews: page first, site last. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_SHORT_NAME}`;
}
