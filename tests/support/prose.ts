/**
 * Reading the guide's own prose out of its MDX files, for the editorial checks (spelling, repetition): front
 * matter, imports, components, links' targets, blockquotes and the Sources list are not prose a reader reads as
 * the guide's writing, so they are left out.
 */

/** The text of an MDX body as a reader sees it, without what the editorial checks must not judge. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\n## Sources\n[\s\S]*?(?=\n## |$)/, '\n')
    .split('\n')
    .filter((line) => !line.startsWith('>') && !line.startsWith('— from') && !/^(import|export) /.test(line))
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#|]/g, ' ');
}

/** Sentences of a text, normalized for comparison: lower case, single spaces, curly and straight quotes alike. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((sentence) =>
      sentence
        .replace(/\s+/g, ' ')
        .replace(/^[-\d.\s]+/, '')
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

export interface Repetition {
  sentence: string;
  pages: string[];
}

/**
 * Sentences of at least `minWords` words that appear on `minPages` or more pages, except those `isQuotation` says
 * are the essay's own words (quoting the author is not template prose).
 */
export function repeatedSentences(
  pages: readonly { page: string; text: string }[],
  { minWords = 8, minPages = 3, isQuotation = (_sentence: string): boolean => false } = {},
): Repetition[] {
  const seen = new Map<string, Set<string>>();
  for (const { page, text } of pages) {
    for (const sentence of sentencesOf(text)) {
      if (sentence.split(' ').length < minWords || isQuotation(sentence)) continue;
      seen.set(sentence, (seen.get(sentence) ?? new Set()).add(page));
    }
  }
  return [...seen]
    .filter(([, where]) => where.size >= minPages)
    .map(([sentence, where]) => ({ sentence, pages: [...where].sort() }));
}
