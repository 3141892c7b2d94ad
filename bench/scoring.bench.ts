/**
 * `npm run bench:scoring`: how long scoring 1,000 diagnostic runs takes, against the real question set with
 * random answers. It prints the time and asserts only that every run was scored: `npm test` never runs it.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '../src/lib/diagnostic/answers';
import { scoreDiagnostic } from '../src/lib/diagnostic/scoring';
import { currentQuestionSet } from '../tests/support/question-sets';

const questions: Question[] = currentQuestionSet().statements;

const CHOICES: Answer[] = [1, 2, 3, 4, 5, 'not-sure'];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const runs = Array.from({ length: 1000 }, () =>
  Object.fromEntries(questions.map((q) => [q.id, CHOICES[Math.floor(random() * CHOICES.length)]!])),
);

describe(`diagnostic scoring (${questions.length} statements)`, () => {
  it('scores 1,000 runs (median of 7 batches, printed)', () => {
    const batches: number[] = [];
    let answered = 0;
    for (let batch = 0; batch < 7; batch += 1) {
      const started = performance.now();
      for (const answers of runs) answered += scoreDiagnostic(questions, answers).answered;
      batches.push(performance.now() - started);
    }
    batches.sort((a, b) => a - b);
    console.log(
      `Scoring 1,000 runs of ${questions.length} answers: median ${batches[3]!.toFixed(1)} ms (fastest ${batches[0]!.toFixed(1)} ms, slowest ${batches[6]!.toFixed(1)} ms)`,
    );
    expect(answered).toBe(7 * 1000 * questions.length);
  });
});
