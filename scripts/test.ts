/**
 * `npm test`: every check, in two lanes that run side by side on two cores, then the time each stage took.
 *
 * - Lane "site": the build, then the browser tests against it (they wait on pages as much as they compute).
 * - Lane "code": formatting, spelling, `astro check` and the unit tests, which need no build; the scale bench at a
 *   tiny size, built for a sub-path; then the checks over the built site (and over that sub-path build), once the
 *   build is there.
 *
 * Every stage runs even when another failed, so one run reports everything; the exit code is non-zero if any failed.
 * The last line is the plain "N passed, N failed, N skipped" over every Vitest run, which CI reads as the verdict.
 * Times are printed for the suite's budget (README, "Tests"); nothing asserts them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMOKE_GUARDRAILS } from '../bench/lib/synthetic-guardrails.ts';
import { busyShare, codeLaneNiceness, describeLoad, sampleCpuTimes } from './lib/machine-load.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');

interface Stage {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  counts?: { passed: number; failed: number; skipped: number };
}

const vitest = (project: string): Stage => ({
  name: `vitest ${project}`,
  command: join(BIN, 'vitest'),
  args: ['run', '--project', project],
});

/** The nice values the code lane's stages really ran at, as read back (or "not set"), for the summary. */
const applied = new Set<number | 'not set'>();

/**
 * Runs one stage with its output prefixed by its name, line by line, so two lanes can share the screen; at
 * `niceness` below `npm test`'s own priority (0: the same).
 */
function run(stage: Stage, niceness: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...stage.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Set at once, so that what the stage starts (processes, and Node's own threads, created a few milliseconds
    // later) almost always inherits it; relative to npm test's own priority, which a user may have lowered already.
    if (niceness !== 0 && child.pid !== undefined) {
      try {
        setPriority(child.pid, Math.min(19, getPriority() + niceness));
        applied.add(getPriority(child.pid));
      } catch {
        // Only the lanes' timing depends on it; the summary says it was not set.
        applied.add('not set');
      }
    }
    let last: Outcome['counts'];
    const prefix = `[${stage.name}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const verdict = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line);
          if (verdict) last = { passed: +verdict[1]!, failed: +verdict[2]!, skipped: +verdict[3]! };
          process.stdout.write(prefix + line + '\n');
        }
      });
      stream.on('end', () => pending && process.stdout.write(prefix + pending + '\n'));
    }
    child.on('close', (code) =>
      resolve({
        name: stage.name,
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        ...(last ? { counts: last } : {}),
      }),
    );
  });
}

async function lane(stages: (Stage | (() => Promise<unknown>))[], niceness = 0): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const stage of stages) {
    if (typeof stage === 'function') await stage();
    else outcomes.push(await run(stage, niceness));
  }
  return outcomes;
}

/** Where the tiny scale bench keeps its sub-path build for tests/site/base-path.test.ts and print-parts.test.ts. */
const scratch = mkdtempSync(join(tmpdir(), 'tfi-test-'));
const subpathBuild = join(scratch, 'subpath-dist');

const started = performance.now();
// How busy the machine is before the suite adds to it decides the code lane's priority (codeLaneNiceness).
const cpuBeforeStart = sampleCpuTimes();
if (cpuBeforeStart) await new Promise((resolve) => setTimeout(resolve, 1000));
const cpuAtStart = sampleCpuTimes();
const busyBeforeStart = busyShare(cpuBeforeStart, cpuAtStart);
const codeLanePriority = codeLaneNiceness(busyBeforeStart);
let builtResolve: () => void = () => undefined;
const built = new Promise<void>((resolve) => (builtResolve = resolve));

const [site, code] = await Promise.all([
  lane([
    { name: 'build', command: join(BIN, 'astro'), args: ['build'], env: { ASTRO_TELEMETRY_DISABLED: '1' } },
    async () => builtResolve(),
    vitest('browser'),
  ]),
  lane(
    [
      { name: 'format', command: join(BIN, 'prettier'), args: ['--check', '.', '--log-level', 'warn'] },
      { name: 'spell', command: join(BIN, 'cspell'), args: ['--no-progress', '--no-summary', '--gitignore'] },
      { name: 'astro check', command: join(BIN, 'astro'), args: ['check'], env: { ASTRO_TELEMETRY_DISABLED: '1' } },
      vitest('unit'),
      // The diagnostic's bench at a tiny size, with no timing, so it cannot rot.
      {
        name: 'bench diagnostic (tiny)',
        command: join(BIN, 'vitest'),
        args: ['run', '--config', 'vitest.bench.config.ts', 'bench/diagnostic-simulation.bench.ts'],
        env: { BENCH_RESPONDENTS: '200' },
      },
      // The scale bench with a few extra pages (enough for the catalog to print in parts) and no timing, so it cannot
      // rot: a build of a copy (clean but for the link-preview cards it reuses), indexed, made for a sub-path and
      // kept, so the site checks read it instead of building one more copy.
      {
        name: 'bench scale (tiny)',
        command: process.execPath,
        args: [
          'bench/bench-scale.ts',
          String(SMOKE_GUARDRAILS),
          '--base=/field-guide/',
          `--keep=${subpathBuild}`,
          // The build's own cards, drawn minutes earlier, are the same; only the synthetic pages' are new.
          `--card-cache=${join(ROOT, 'node_modules/.cache/field-guide/cards')}`,
        ],
        // Its cards are drawn beside the pages, as a 1,000-page build's are (src/data/previews.ts), and compared
        // with the main build's (tests/site/previews.test.ts).
        env: { FIELD_GUIDE_CARD_WORKER: 'on' },
      },
      () => built,
      { ...vitest('site'), env: { FIELD_GUIDE_SUBPATH_BUILD: subpathBuild } },
    ],
    codeLanePriority,
  ),
]);

rmSync(scratch, { recursive: true, force: true });
const outcomes = [...site, ...code];
const total = (performance.now() - started) / 1000;
const load = describeLoad(cpuAtStart, sampleCpuTimes());
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const outcome of outcomes) {
  if (!outcome.counts) continue;
  totals.passed += outcome.counts.passed;
  totals.failed += outcome.counts.failed;
  totals.skipped += outcome.counts.skipped;
}
// A stage that failed without a Vitest verdict (the build, a check) counts as one failure in the verdict line.
totals.failed += outcomes.filter((o) => !o.ok && (!o.counts || o.counts.failed === 0)).length;

const width = Math.max(...outcomes.map((o) => o.name.length));
const lines = [
  '',
  'Where the time went (wall clock; the two lanes run side by side):',
  `  lane site: ${site.map((o) => `${o.name} ${o.seconds.toFixed(1)} s`).join(' → ')}`,
  `  lane code: ${code.map((o) => `${o.name} ${o.seconds.toFixed(1)} s`).join(' → ')}`,
  ...outcomes.map((o) => `  ${o.name.padEnd(width)}  ${o.seconds.toFixed(1).padStart(6)} s  ${o.ok ? 'ok' : 'FAILED'}`),
  `  ${'npm test'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s  (budget: 300 s on 2 quiet cores, 420 s with one busy)`,
  ...(load ? [`  Meanwhile ${load}.`] : []),
  `  The code lane ran ${codeLanePriority} below npm test's priority (nice ${[...applied].join(', ') || 'unchanged'}): the cores were ${
    busyBeforeStart === undefined ? 'of unknown load' : `${Math.round(busyBeforeStart * 100)} % busy`
  } in the second before the suite started.`,
  '',
  `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
];
process.stdout.write(lines.join('\n') + '\n');
process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
