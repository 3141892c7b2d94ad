// @ts-check
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepOnlyThisPagesHashes } from './csp.mjs';
import { FILES_IN_FLIGHT, eachLimited } from './each-limited.mjs';
import { holdScriptsUntilPainted } from './scripts-after-first-paint.mjs';
import { bundleToolPages, holdsTool, scriptsOfPage } from './tool-bundles.mjs';

/**
 * Finishes every built page in one pass, reading and writing each once (a 10,000-page build spent 33 s when each
 * step below read and wrote every page again):
 * 1. bundled module scripts wait until after the first paint (scripts-after-first-paint.mjs);
 * 2. the page's CSP keeps only the hashes of its own inline code (csp.mjs);
 * then each tool page gets its one script file, and the chunks no page loads any more are deleted (tool-bundles.mjs).
 * The CSP step can come before the tool bundles: they change which file a page holds back, not its inline code.
 * An error names the page.
 * @returns {import('astro').AstroIntegration}
 */
export function finishPages() {
  return {
    name: 'field-guide:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        /** @type {{ file: string; html: string }[]} */
        const toolPages = [];
        /** @type {Set<string>} */
        const otherPagesScripts = new Set();
        let held = 0;
        await eachLimited(files, FILES_IN_FLIGHT, async (file) => {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          let finished;
          try {
            const holding = holdScriptsUntilPainted(html);
            if (holding !== html) held += 1;
            finished = keepOnlyThisPagesHashes(holding);
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (finished !== html) await writeFile(path, finished);
          if (holdsTool(finished)) toolPages.push({ file, html: finished });
          else for (const script of scriptsOfPage(finished)) otherPagesScripts.add(script);
        });
        logger.info(`${held} of ${files.length} pages start their scripts after the first paint`);
        // In path order, so the log and any error read the same from one build to the next.
        toolPages.sort((a, b) => a.file.localeCompare(b.file, 'en'));
        await bundleToolPages(root, toolPages, otherPagesScripts, logger);
      },
    },
  };
}
