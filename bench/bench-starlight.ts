/**
 * `npm run bench:starlight`: the guide's clean build beside Starlight's, on the same content, the same machine and in
 * the same run. Each round builds both, one after the other, each from a fresh copy (no cache, no output left from
 * before), the guide as a deploy builds it (search index, offline kit, link-preview cards, precompressed copies);
 * the order alternates from round to round so that neither always builds on a warmer machine. Prints each build's
 * seconds, the medians and their ratio (issue 30's bar: the guide within 1.5× Starlight).
 *
 * `--rounds=N` (3 by default); `--only=guide` or `--only=starlight` builds one side.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliFlag } from './lib/cli-flag.ts';
import { copyProject } from './lib/project-copy.ts';
import { machineLine, median } from './lib/report.ts';
import { starlightPages, writeStarlightProject } from './lib/starlight-site.ts';

const ROOT = join(import.meta.dirname, '..');
const rounds = Number(cliFlag('rounds') ?? 3);
const only = cliFlag('only');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number above 0, not ${rounds}`);
if (only !== undefined && only !== 'starlight' && only !== 'guide') throw new Error(`--only is guide or starlight`);

const pages = starlightPages(join(ROOT, 'content'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const versions = { astro: manifest.dependencies.astro, starlight: manifest.devDependencies['@astrojs/starlight'] };

/**
 * Starlight's project, made once: its own node_modules, installed from npm's cache where `npm ci` of the guide put
 * the same versions (the guide has Starlight as a devDependency for this bench).
 */
function prepareStarlight(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tfi-side-starlight-'));
  writeStarlightProject(dir, pages, versions);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

type Side = 'guide' | 'starlight';
let starlightDir: string | undefined;

/**
 * Builds one side clean: the guide from a fresh copy, Starlight with its output and caches removed; `--force` clears
 * the content layer's store, which Astro keeps in node_modules/.astro. Seconds of the whole `astro build`, and how
 * many HTML pages it wrote.
 */
function cleanBuild(side: Side) {
  const dir = side === 'guide' ? copyProject(ROOT, 'tfi-side-guide-') : (starlightDir ??= prepareStarlight());
  if (side === 'starlight') {
    for (const output of ['dist', '.astro', 'node_modules/.astro'])
      rmSync(join(dir, output), { recursive: true, force: true });
  }
  try {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        // The guide's link-preview cards, drawn afresh: a cache of the copy's own, empty.
        FIELD_GUIDE_CARD_CACHE: join(dir, '.card-cache'),
      },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const html = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html'));
    return { seconds, htmlPages: html.length };
  } finally {
    if (side === 'guide') rmSync(dir, { recursive: true, force: true });
  }
}

const sides: Side[] = only ? [only as Side] : ['guide', 'starlight'];
const seconds: Record<Side, number[]> = { guide: [], starlight: [] };
const htmlPages: Partial<Record<Side, number>> = {};
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const build = cleanBuild(side);
      seconds[side].push(build.seconds);
      htmlPages[side] = build.htmlPages;
      console.error(`round ${round + 1}: ${side} ${build.seconds.toFixed(1)} s, ${build.htmlPages} HTML pages`);
    }
  }
} finally {
  if (starlightDir) rmSync(starlightDir, { recursive: true, force: true });
}

const machine = machineLine();
console.log(`\nClean builds side by side, ${new Date().toISOString().slice(0, 10)}, ${machine}.\n`);
console.log('| site | HTML pages | builds (s) | median s |');
console.log('|---|---|---|---|');
for (const side of sides) {
  const label = side === 'guide' ? 'the field guide' : `Starlight (${pages.length} content pages)`;
  console.log(
    `| ${label} | ${htmlPages[side]} | ${seconds[side].map((s) => s.toFixed(1)).join(', ')} | ${median(seconds[side]).toFixed(1)} |`,
  );
}
if (sides.length === 2) {
  const ratio = median(seconds.guide) / median(seconds.starlight);
  console.log(`\nThe guide takes ${ratio.toFixed(2)}× Starlight's time (bar: 1.5×).`);
}
