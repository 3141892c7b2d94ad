/**
 * Typographic slips in text as a reader sees it: punctuation glued to the next word, a doubled period, a middle dot
 * without its spaces, a word run into a number. Each slip comes back with a little context, so a failure shows
 * where it is.
 */
const SLIPS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'doubled period', pattern: /[^.\s]\.\.(?!\.)/g },
  { name: 'middle dot without a space', pattern: /\S·|·(?=\S)/g },
  { name: 'comma, semicolon or colon glued to a word', pattern: /[,;:](?=\p{L})/gu },
  { name: 'sentence glued to the next', pattern: /\p{Ll}[.!?](?=\p{Lu}\p{Ll})/gu },
];

/**
 * Slips only the rendered text can show: static HTML's text runs table cells, options and labels together
 * ("timer30 seconds"), which innerText keeps apart, so these run on the live page (the page sweep) only.
 */
const LIVE_SLIPS: readonly { name: string; pattern: RegExp }[] = [
  // A space lost between a word and a number, as a template can drop it ("Question set2", "seed20261126",
  // "10,000simulated"); short units and ordinals ("3rd", "14px") are not words.
  { name: 'word glued to a number', pattern: /\p{Ll}{3,}\d/gu },
  { name: 'number glued to a word', pattern: /\d\p{Ll}{4,}/gu },
];

/** The slips in a text; `live` adds those only rendered text can show (see LIVE_SLIPS). */
export function typographySlips(text: string, { live = false } = {}): string[] {
  return (live ? [...SLIPS, ...LIVE_SLIPS] : SLIPS).flatMap(({ name, pattern }) =>
    [...text.matchAll(pattern)].map(
      (match) => `${name}: “…${text.slice(Math.max(0, match.index - 20), match.index + 20)}…”`,
    ),
  );
}

/** Words or punctuation run into a following link in HTML, as Astro's compiler can leave them ("word<a", "·<a"). */
export function linkRunOns(html: string): string[] {
  return html.match(/[\p{L}\p{N},;:·.!?]<a [^>]*>[^<]*/gu) ?? [];
}
