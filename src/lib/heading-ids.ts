import GithubSlugger from 'github-slugger';

/**
 * The ids Astro gives the Markdown headings (levels 2–6) of a source file, in order.
 * Astro slugs heading text with github-slugger; doing the same here lets the content schema
 * reject a reference to an essay section that does not exist, before any page is rendered.
 */
export function markdownHeadingIds(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    const text = inFence ? undefined : /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (text) ids.push(slugger.slug(headingText(text)));
  }
  return ids;
}

/** Heading source reduced to the text a reader sees: link targets and emphasis marks removed. */
function headingText(source: string): string {
  return source.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
}
