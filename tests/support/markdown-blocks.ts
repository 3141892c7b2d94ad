/**
 * Splits the author's Markdown into the units a reader sees — headings, paragraphs, list items and table rows —
 * as plain text, in order. The fidelity test looks for each one on the published pages.
 */
export function markdownBlocks(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(plain(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || /^-{3,}$/.test(trimmed)) {
      flush();
    } else if (/^#{1,6}\s/.test(trimmed)) {
      flush();
      blocks.push(plain(trimmed.replace(/^#+\s+/, '')));
    } else if (/^[-*]\s/.test(trimmed)) {
      flush();
      blocks.push(plain(trimmed.replace(/^[-*]\s+/, '')));
    } else if (trimmed.startsWith('|')) {
      flush();
      if (!/^\|[\s|:-]+\|$/.test(trimmed)) blocks.push(plain(trimmed.split('|').join(' ')));
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks.filter((block) => block !== '');
}

/** Markdown inline syntax removed, whitespace folded. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text with all whitespace removed, so markup boundaries (table cells, inline tags) do not matter. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Finds each block in the haystack in order.
 * @returns the blocks that are missing or out of order (empty when all are present in sequence).
 */
export function missingInOrder(blocks: readonly string[], haystack: string): string[] {
  const target = compact(haystack);
  const missing: string[] = [];
  let from = 0;
  for (const block of blocks) {
    const at = target.indexOf(compact(block), from);
    if (at === -1) missing.push(block);
    else from = at + compact(block).length;
  }
  return missing;
}
