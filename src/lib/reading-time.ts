/** Words per minute used for reading-time estimates: a common figure for adults reading non-fiction on screen. */
export const WORDS_PER_MINUTE = 230;

/** Counts words in Markdown/MDX source, ignoring markup such as link targets, table pipes and emphasis marks. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?\n---\n/, '') // front matter, when given a whole file
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/<[^>]+>/g, ' ') // component tags
    .replace(/[#>*_|`[\]]+/g, ' ')
    .replace(/(^|\s)[-:]+(?=\s|$)/g, ' '); // list bullets and table rules, not hyphenated words
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,%-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
