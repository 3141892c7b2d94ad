/**
 * `npm run bench:scale -- 100 1000 5000`: for each N, copies the project to a temporary folder, adds N synthetic
 * guardrail-like MDX pages (headings, a table, links to constraints and the essay), builds it as a deploy does (search
 * index, offline kit and precompressed copies included), and prints build seconds, peak memory, dist size, Pagefind
 * index size, and the seconds and memory of each stage of the build. content/ is never touched.
 *
 * `--rounds=N` builds each size N times, the sizes in turn (round 1 builds every size, then round 2…), and reports each
 * size's median build (its stages, the median time) beside every time and the highest peak memory: this machine's
 * speed moves by a fifth from one build to the next.
 *
 * `--base=/sub/path/` builds for a sub-path (BASE_PATH), as a deploy under one would. `--card-cache=DIR` draws the
 * link-preview cards into DIR, reusing those already there, instead of an empty folder per build: for a run whose
 * time nobody reads, as `npm test`'s. `--keep=DIR` moves the last
 * build's output to DIR instead of deleting it: `npm test` runs the bench at a tiny size for the sub-path and checks
 * that build (tests/site/base-path.test.ts, print-parts.test.ts), so one build serves both.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliFlag } from './lib/cli-flag.ts';
import { copyProject } from './lib/project-copy.ts';
import { machineLine, median, stageTable, type Stage } from './lib/report.ts';
import { addSyntheticGuardrails } from './lib/synthetic-guardrails.ts';

const ROOT = join(import.meta.dirname, '..');
const base = cliFlag('base');
const keep = cliFlag('keep');
const cardCache = cliFlag('card-cache');
const rounds = Number(cliFlag('rounds') ?? 1);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number above 0, not ${rounds}`);
const sizes = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(100, 1000);

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Runs a command, returning its seconds and its standard output. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const started = process.hrtime.bigint();
  const output = execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, output };
}

/** The stage lines a build logs at its end (src/integrations/build-stages.mjs), in order. */
function stagesOf(output: string): Stage[] {
  return [...output.matchAll(/stage (.+?): (\d+) ms(?:, (\d+) MiB resident)?/g)].map(([, name, ms, rss]) => ({
    name: name!,
    seconds: Number(ms) / 1000,
    ...(rss ? { rssMiB: Number(rss) } : {}),
  }));
}

interface Build {
  extraPages: number;
  htmlPages: number;
  buildSeconds: number;
  peakBuildMemoryMiB: number;
  distMiB: number;
  indexMiB: number;
  stages: Stage[];
}

/** One clean build of the guide with `n` extra pages, measured. */
function measure(n: number, keepOutput: boolean): Build {
  const copy = copyProject(ROOT, `tfi-scale-${n}-`);
  try {
    addSyntheticGuardrails(copy, n);
    const rssFile = join(copy, 'rss.txt');
    // The build as a deploy makes it, search index included; it logs its stages at the end.
    const build = timed(
      process.execPath,
      ['--import', join(ROOT, 'bench/lib/rss-on-exit.mjs'), 'node_modules/astro/bin/astro.mjs', 'build', '--force'],
      copy,
      // A card cache of its own, empty (unless --card-cache names one), and `--force` to clear the content layer's
      // store (node_modules/.astro, which the copy shares through its link): every figure is a clean build's.
      {
        ASTRO_TELEMETRY_DISABLED: '1',
        RSS_OUT: rssFile,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        FIELD_GUIDE_CARD_CACHE: cardCache ?? join(copy, '.card-cache'),
        ...(base ? { BASE_PATH: base } : {}),
      },
    );
    const pages = readdirSync(join(copy, 'dist'), { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    const measured = {
      extraPages: n,
      htmlPages: pages,
      buildSeconds: +build.seconds.toFixed(1),
      peakBuildMemoryMiB: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024),
      distMiB: +(folderBytes(join(copy, 'dist')) / 2 ** 20).toFixed(1),
      indexMiB: +(folderBytes(join(copy, 'dist/pagefind')) / 2 ** 20).toFixed(1),
      stages: stagesOf(build.output),
    };
    console.error(`measured N=${n} in ${measured.buildSeconds} s${base ? `, built for the sub-path ${base}` : ''}`);
    if (keepOutput && keep) {
      rmSync(keep, { recursive: true, force: true });
      mkdirSync(dirname(keep), { recursive: true });
      renameSync(join(copy, 'dist'), keep);
      console.error(`kept the build in ${keep}`);
    }
    return measured;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const builds = new Map<number, Build[]>(sizes.map((n) => [n, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const n of sizes) builds.get(n)!.push(measure(n, round === rounds - 1 && n === sizes.at(-1)));
}
/** Each size's median build (the lower of the middle two for an even count), with every time and the highest peak. */
const rows = sizes.map((n) => {
  const all = builds.get(n)!;
  const sorted = [...all].sort((a, b) => a.buildSeconds - b.buildSeconds);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)]!,
    buildSeconds: +median(all.map((b) => b.buildSeconds)).toFixed(1),
    times: all.map((b) => b.buildSeconds),
    peakBuildMemoryMiB: Math.max(...all.map((b) => b.peakBuildMemoryMiB)),
  };
});

const machine = machineLine();
console.log(`\nScale test, ${new Date().toISOString().slice(0, 10)}, ${machine}.\n`);
console.log(
  `| extra pages | HTML pages | build s${rounds > 1 ? ` (median of ${rounds}) | builds (s)` : ''} | s per 1,000 extra | peak build memory | dist | index |`,
);
console.log(`|---|---|---|${rounds > 1 ? '---|' : ''}---|---|---|---|`);
for (const r of rows) {
  console.log(
    `| ${r.extraPages} | ${r.htmlPages} | ${r.buildSeconds}${rounds > 1 ? ` | ${r.times.join(', ')}` : ''} | ${((r.buildSeconds / r.extraPages) * 1000).toFixed(1)} | ${r.peakBuildMemoryMiB} MiB | ${r.distMiB} MiB | ${r.indexMiB} MiB |`,
  );
}

// Where the time goes: each stage's seconds, and the resident memory when it ended, for each size.
console.log(`\n${stageTable(rows.map((r) => ({ label: `${r.extraPages} extra`, stages: r.stages })))}`);
if (rows.some((r) => r.stages.length === 0)) {
  console.error('A build logged no stages: is withBuildStages still in astro.config.mjs?');
  process.exitCode = 1;
}
