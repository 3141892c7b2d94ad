import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
/** Variables Vitest sets (NODE_ENV=test, and Vite's BASE_URL='/', MODE…): a child build must not inherit them. */
const VITE_ENV = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'TEST']);
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.has(key)));

/** A throwaway copy of the project (sources and content; node_modules linked), for builds a test changes. */
export interface TempProject {
  readonly dir: string;
  /** Builds into `<dir>/out` with extra environment variables; never throws, returns the exit code and output. */
  build(env?: Record<string, string>): Promise<{ code: number; output: string; outDir: string }>;
  /**
   * Puts each variant's text in its file in turn (put back after), and runs the content sync a build starts with:
   * one process for all of them. Whether each failed, and the file and message of its error.
   */
  syncEach(variants: { file: string; text: string }[]): Promise<{ failed: boolean; output: string }[]>;
  remove(): void;
}

export function tempProject(prefix: string): TempProject {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const outDir = join(dir, 'out');
  return {
    dir,
    async build(env = {}) {
      try {
        const { stdout, stderr } = await run(
          process.execPath,
          ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
          {
            cwd: dir,
            env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
          },
        );
        return { code: 0, output: stdout + stderr, outDir };
      } catch (error) {
        const failure = error as { code: number; stdout: string; stderr: string };
        return { code: failure.code, output: failure.stdout + failure.stderr, outDir };
      }
    },
    syncEach(variants) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(import.meta.dirname, 'sync-content.ts')], {
          cwd: dir,
          env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`content sync exited with ${code}: ${stderr}`)),
        );
        child.stdin.end(JSON.stringify(variants));
      });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
