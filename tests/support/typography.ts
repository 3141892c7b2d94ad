/**
 * Typographic slips in text as a reader sees it: punctuation glued to the next word, a doubled period, a middle dot
 * without its spaces. Each slip comes back with a little context, so a failure shows where it is.
 */
const SLIPS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'doubled period', pattern: /[^.\s]\.\.(?!\.)/g },
  { name: 'middle dot without a space', pattern: /\S·|·(?=\S)/g },
  { name: 'comma, semicolon or colon glued to a word', pattern: /[,;:](?=\p{L})/gu },
  { name: 'sentence glued to the next', pattern: /\p{Ll}[.!?](?=\p{Lu}\p{Ll})/gu },
];

export function typographySlips(text: string): string[] {
  return SLIPS.flatMap(({ name, pattern }) =>
    [...text.matchAll(pattern)].map(
      (match) => `${name}: “…${text.slice(Math.max(0, match.index - 20), match.index + 20)}…”`,
    ),
  );
}

/** Words or punctuation run into a following link in HTML, as Astro's compiler can leave them ("word<a", "·<a"). */
export function linkRunOns(html: string): string[] {
  return html.match(/[\p{L}\p{N},;:·.!?]<a [^>]*>[^<]*/gu) ?? [];
}
