import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with where the time went (each Vitest project's wall time, and the slowest files) and one plain line,
 * "N passed, N failed, N skipped", that CI reads as the verdict whatever reporter is on screen above it. The times
 * are printed for the suite's budget (README, "Tests"); no test reads them.
 */
export default class SummaryReporter implements Reporter {
  private readonly spans = new Map<string, { start: number; end: number }>();
  private readonly started = new Map<string, number>();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.moduleId, Date.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const start = this.started.get(module.moduleId) ?? Date.now();
    const project = module.project.name || 'default';
    const span = this.spans.get(project);
    this.spans.set(project, {
      start: Math.min(span?.start ?? start, start),
      end: Math.max(span?.end ?? 0, Date.now()),
    });
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && module.children.size === 0) counts.failed += 1;
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = ['', 'Vitest projects (wall time, first file start to last file end):'];
    for (const [project, { start, end }] of this.spans) lines.push(`  ${project.padEnd(8)} ${seconds(end - start)}`);
    const slowest = [...testModules]
      .map((m) => ({ file: m.relativeModuleId, ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    lines.push('Slowest files:', ...slowest.map(({ file, ms }) => `  ${seconds(ms).padStart(8)}  ${file}`));
    process.stdout.write(
      `${lines.join('\n')}\n\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
