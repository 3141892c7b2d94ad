/**
 * The link preview a chat or social app shows for a page: a 1200×630 card with what the page is, its name, its one
 * line, and the guide's name. This builds the card as the element tree Satori draws (plain objects, no JSX
 * runtime), in the site's light colors; `src/pages/og/[...card].png.ts` renders it to PNG.
 */

/** What a card says. */
export interface PreviewCard {
  /** The page's route inside the site, as ROUTES writes it (with its slashes). */
  route: string;
  /** What kind of page: "Alignment constraint", "Guardrail", "Tool"… */
  kind: string;
  title: string;
  /** The page's one line: a constraint's typical signal, a guardrail's summary, a tool's description. */
  line: string;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Where a route's card is published: `/og/constraints/incentive-drift.png`, `/og/home.png` for the home page. */
export function previewImageRoute(route: string): string {
  const path = route.replace(/^\/|\/$/g, '');
  return `/og/${path === '' ? 'home' : path}.png`;
}

/** The card's text for people who cannot see it (`og:image:alt`). */
export function previewAlt(card: PreviewCard, siteName: string): string {
  return `${card.kind}: ${card.title}. ${card.line} (${siteName})`;
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** An element as Satori takes it. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const node = (style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: { style, children },
});

/** The site's light palette (global.css), for a card that reads in any app's theme. */
const COLORS = { bg: '#fdfcf8', text: '#1d1c1a', muted: '#555149', accent: '#0a58a8', border: '#d6d2c6' };

/** The card's element tree: kind, title and line at the top, the guide's name and address at the foot. */
export function previewCardTree(card: PreviewCard, guide: { name: string; host: string }): CardNode {
  const titleSize = card.title.length > 32 ? 64 : 80;
  return node(
    {
      // Satori sizes the content box: padding and border come on top.
      width: PREVIEW_SIZE.width - 16 - 72 * 2,
      height: PREVIEW_SIZE.height - 64 - 56,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 64,
      paddingRight: 72,
      paddingBottom: 56,
      paddingLeft: 72,
      backgroundColor: COLORS.bg,
      borderLeft: `16px solid ${COLORS.accent}`,
      fontFamily: 'Source Sans 3',
      color: COLORS.text,
    },
    [
      node({ display: 'flex', flexDirection: 'column' }, [
        node({ fontSize: 32, color: COLORS.accent, fontWeight: 700, marginBottom: 20 }, card.kind),
        node({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.05, marginBottom: 28 }, clip(card.title, 60)),
        node({ fontSize: 38, color: COLORS.muted, lineHeight: 1.3 }, clip(card.line, 220)),
      ]),
      node(
        {
          display: 'flex',
          justifyContent: 'space-between',
          borderTop: `2px solid ${COLORS.border}`,
          paddingTop: 24,
          fontSize: 28,
          color: COLORS.muted,
        },
        [node({ fontWeight: 700, color: COLORS.text }, guide.name), node({}, guide.host)],
      ),
    ],
  );
}
