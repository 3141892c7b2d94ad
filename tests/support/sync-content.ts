/**
 * Runs Astro's content sync (what `astro build` does first, where it validates every entry against its collection's
 * schema) once per variant of a project's content, in one process: the variants pay for loading Astro once, not once
 * each. Run by `TempProject.syncEach` with the project as its working directory; reads the variants as JSON on stdin
 * (`[{ file, text }]`), writes one result per variant as JSON on stdout. Each file is put back before the next sync.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sync } from 'astro';

interface AstroErrorLike {
  loc?: { file?: string };
  title?: string;
  message?: string;
}

const variants = JSON.parse(readFileSync(0, 'utf8')) as { file: string; text: string }[];
const results: { failed: boolean; output: string }[] = [];
for (const { file, text } of variants) {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, text);
  try {
    await sync({ root: process.cwd(), logLevel: 'silent' });
    results.push({ failed: false, output: '' });
  } catch (error) {
    // What the CLI prints of such an error: where it is, then what is wrong.
    const { loc, title, message } = error as AstroErrorLike;
    results.push({ failed: true, output: [loc?.file ?? '(no file)', title, message].join('\n') });
  } finally {
    writeFileSync(file, original);
  }
}
process.stdout.write(JSON.stringify(results));
