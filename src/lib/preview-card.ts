/**
 * The link preview a chat or social app shows for a page: a 1200×630 card with what the page is, its name, its one
 * line, and the guide's name. This lays the card out as positioned lines of text and rectangles, in the site's light
 * colors, given a way to measure text; `src/pages/og/[...card].png.ts` measures with the font and draws it to PNG.
 */

import { SITE_NAME } from './site.ts';

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

const ELLIPSIS = '…';
/** What a cut line must not end with before its ellipsis. */
const TRAILING_PUNCTUATION = /[\s,;:.–—-]+$/;

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(TRAILING_PUNCTUATION, '')}${ELLIPSIS}`;
}

/** The site's light palette (global.css), for a card that reads in any app's theme. */
export const CARD_COLORS = {
  bg: '#fdfcf8',
  text: '#1d1c1a',
  muted: '#555149',
  accent: '#0a58a8',
  border: '#d6d2c6',
} as const;

/** How each part of a card is set: weight, size in pixels, color and line height (a multiple of the size). */
export const CARD_TEXT_STYLES = {
  kind: { weight: 700, size: 32, color: 'accent', lineHeight: 1.2 },
  title: { weight: 700, size: 80, color: 'text', lineHeight: 1.05 },
  longTitle: { weight: 700, size: 64, color: 'text', lineHeight: 1.05 },
  line: { weight: 400, size: 38, color: 'muted', lineHeight: 1.3 },
  name: { weight: 700, size: 28, color: 'text', lineHeight: 1.2 },
  host: { weight: 400, size: 28, color: 'muted', lineHeight: 1.2 },
} as const satisfies Record<string, CardTextStyle>;

/** The guide's name and address, at the foot of every card. */
export interface CardSite {
  name: string;
  host: string;
}

/** The site as its cards name it: the guide's name, and the host of its address (none when no site is set). */
export function cardSite(site: string | URL | undefined): CardSite {
  return { name: SITE_NAME, host: site ? new URL(site).host : '' };
}

export interface CardTextStyle {
  weight: 400 | 700;
  size: number;
  color: keyof typeof CARD_COLORS;
  lineHeight: number;
}
export type CardTextStyleName = keyof typeof CARD_TEXT_STYLES;

/** How the font sets text: a line's advance width, and the font's ascent and descent, in pixels at a style's size. */
export interface TextMeasure {
  width(text: string, style: CardTextStyle): number;
  ascent(style: CardTextStyle): number;
  descent(style: CardTextStyle): number;
}

/** One line of text with its left end and baseline, in pixels from the card's top-left corner. */
export interface TextRun {
  text: string;
  style: CardTextStyleName;
  x: number;
  baseline: number;
}

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: keyof typeof CARD_COLORS;
}

/**
 * Everything drawn on a card: its frame (background, bar, rule and footer, the same on every card of a guide, so it
 * is drawn once per build), then the card's own lines.
 */
export interface CardLayout {
  frame: { rects: CardRect[]; runs: TextRun[] };
  runs: TextRun[];
}

const BAR = 16;
const PADDING = { top: 64, right: 72, bottom: 56, left: 72 };
const CONTENT = {
  left: BAR + PADDING.left,
  width: PREVIEW_SIZE.width - BAR - PADDING.left - PADDING.right,
  top: PADDING.top,
  bottom: PREVIEW_SIZE.height - PADDING.bottom,
};
const GAP_AFTER = { kind: 20, title: 28, line: 28 };
const FOOTER_RULE = 2;
const FOOTER_PADDING = 24;

/**
 * Breaks text into lines no wider than `maxWidth`, between words (a word wider than a whole line is broken between
 * characters), and keeps at most `maxLines`: when text is left over, the last line kept ends in an ellipsis.
 */
export function fitLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  widthOf: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let current = '';
  const pushWord = (word: string) => {
    const joined = current === '' ? word : `${current} ${word}`;
    if (widthOf(joined) <= maxWidth) {
      current = joined;
      return;
    }
    if (current !== '') lines.push(current);
    current = '';
    // A word too wide for a line of its own is cut between characters.
    let piece = '';
    for (const char of word) {
      if (piece !== '' && widthOf(piece + char) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    current = piece;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept.at(-1)!;
  while (last !== '' && widthOf(`${last}${ELLIPSIS}`) > maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.replace(TRAILING_PUNCTUATION, '')}${ELLIPSIS}`;
  return kept;
}

/**
 * The card: kind, title and line from the top, the guide's name and address at the foot above a rule, a bar in the
 * accent color down the left edge. The title takes at most two lines; the line takes what room is left.
 */
export function previewCardLayout(card: PreviewCard, guide: CardSite, measure: TextMeasure): CardLayout {
  const runs: TextRun[] = [];
  const lineBox = (style: CardTextStyle) => style.size * style.lineHeight;
  const baselineIn = (top: number, style: CardTextStyle) =>
    top + (lineBox(style) - measure.ascent(style) - measure.descent(style)) / 2 + measure.ascent(style);
  const setLines = (lines: string[], name: CardTextStyleName, top: number) => {
    const style = CARD_TEXT_STYLES[name];
    lines.forEach((text, i) =>
      runs.push({ text, style: name, x: CONTENT.left, baseline: baselineIn(top + i * lineBox(style), style) }),
    );
    return top + lines.length * lineBox(style);
  };
  const fit = (text: string, name: CardTextStyleName, maxLines: number) =>
    fitLines(text, CONTENT.width, maxLines, (t) => measure.width(t, CARD_TEXT_STYLES[name]));

  const footer = CARD_TEXT_STYLES.name;
  const footerTop = CONTENT.bottom - lineBox(footer);
  const ruleY = footerTop - FOOTER_PADDING - FOOTER_RULE;

  let y = setLines(fit(card.kind, 'kind', 1), 'kind', CONTENT.top) + GAP_AFTER.kind;
  const titleStyle: CardTextStyleName = card.title.length > 32 ? 'longTitle' : 'title';
  y = setLines(fit(clip(card.title, 60), titleStyle, 2), titleStyle, y) + GAP_AFTER.title;
  const room = Math.floor((ruleY - GAP_AFTER.line - y) / lineBox(CARD_TEXT_STYLES.line));
  if (room > 0) setLines(fit(clip(card.line, 220), 'line', room), 'line', y);

  const footerBaseline = baselineIn(footerTop, footer);
  const hostWidth = measure.width(guide.host, CARD_TEXT_STYLES.host);
  return {
    frame: {
      rects: [
        { x: 0, y: 0, width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, color: 'bg' },
        { x: 0, y: 0, width: BAR, height: PREVIEW_SIZE.height, color: 'accent' },
        { x: CONTENT.left, y: ruleY, width: CONTENT.width, height: FOOTER_RULE, color: 'border' },
      ],
      runs: [
        { text: guide.name, style: 'name', x: CONTENT.left, baseline: footerBaseline },
        { text: guide.host, style: 'host', x: CONTENT.left + CONTENT.width - hostWidth, baseline: footerBaseline },
      ],
    },
    runs,
  };
}
