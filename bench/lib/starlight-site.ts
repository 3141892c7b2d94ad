/**
 * The guide's content as a Starlight site, for the side-by-side build bench (bench/bench-starlight.ts): the essay,
 * the appendices, the constraint pages and the guardrails as Starlight docs pages with the same text, and the
 * smallest Starlight project that builds them. Only what Starlight cannot read changes: each page's front matter
 * becomes a title and a description, the guide's own MDX components become plain Markdown (an editor's note, a
 * blockquote; the constraint map, a sentence pointing at the guide).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The content folders the comparison uses, as Starlight sections. */
const SECTIONS = ['essays', 'appendices', 'constraints', 'guardrails'] as const;

/** One guide page as a Starlight docs page: its path under src/content/docs and its Markdown. */
export interface StarlightPage {
  path: string;
  text: string;
}

/** One MDX file of the guide as a Starlight page, or an error naming what it could not read. */
export function starlightPage(section: string, file: string, source: string): StarlightPage {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${section}/${file}: no front matter`);
  const data = parse(match[1]!) as Record<string, unknown>;
  const title = data['title'] ?? data['name'];
  if (typeof title !== 'string') throw new Error(`${section}/${file}: no title or name`);
  const description = data['summary'] ?? data['excerpt'];
  const body = match[2]!
    .replace(/^<EditorsNote>([\s\S]*?)<\/EditorsNote>$/gm, (_, note: string) => `> Editor’s note: ${note.trim()}`)
    .replace(/^<ConstraintMap \/>$/gm, 'The map is a table on the guide’s own page.');
  if (/^<[A-Z]/m.test(body)) throw new Error(`${section}/${file}: a component Starlight cannot render`);
  const front = [`title: ${JSON.stringify(title)}`];
  if (typeof description === 'string') front.push(`description: ${JSON.stringify(description)}`);
  return { path: `${section}/${file.replace(/\.mdx$/, '.md')}`, text: `---\n${front.join('\n')}\n---\n${body}` };
}

/** Every page the comparison builds, read from the guide's content folder. */
export function starlightPages(contentDir: string): StarlightPage[] {
  return SECTIONS.flatMap((section) =>
    readdirSync(join(contentDir, section))
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => starlightPage(section, file, readFileSync(join(contentDir, section, file), 'utf8'))),
  );
}

/**
 * Writes a Starlight project holding `pages` into `dir` (empty), asking for the versions of Astro and Starlight in
 * `versions`. It needs a node_modules of its own (`npm install`): Astro will not compile Starlight's .astro components
 * from a node_modules linked from elsewhere.
 */
export function writeStarlightProject(
  dir: string,
  pages: StarlightPage[],
  versions: { astro: string; starlight: string },
): void {
  const docs = join(dir, 'src/content/docs');
  for (const section of SECTIONS) mkdirSync(join(docs, section), { recursive: true });
  for (const page of pages) writeFileSync(join(docs, page.path), page.text);
  writeFileSync(
    join(docs, 'index.md'),
    '---\ntitle: "Ticket Factory to Impact — the field guide"\ndescription: "The essay and its field guide."\n---\n\n' +
      'Start with [the essay](/essays/ticket-factory-to-impact/).\n',
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\n" +
      "import { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n" +
      "import starlight from '@astrojs/starlight';\n\n" +
      'export default defineConfig({\n' +
      "  site: 'http://127.0.0.1/',\n" +
      '  integrations: [\n' +
      '    starlight({\n' +
      "      title: 'Ticket Factory to Impact',\n" +
      `      sidebar: [${SECTIONS.map((s) => `{ label: '${s}', items: [{ autogenerate: { directory: '${s}' } }] }`).join(', ')}],\n` +
      '    }),\n' +
      '  ],\n' +
      '});\n',
  );
  const dependencies = { astro: versions.astro, '@astrojs/starlight': versions.starlight };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-side-by-side', private: true, type: 'module', dependencies }),
  );
}
