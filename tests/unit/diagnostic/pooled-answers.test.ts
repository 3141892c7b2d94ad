import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_IDS } from '../../../src/lib/constraints';
import type { Answer } from '../../../src/lib/diagnostic/answers';
import {
  answersCarriedSentence,
  formatPooledAnswers,
  poolAnswers,
  readPooledAnswers,
  type PooledAnswers,
} from '../../../src/lib/diagnostic/pooled-answers';
import type { Scores } from '../../../src/lib/diagnostic/scoring';
import type { SharedResult } from '../../../src/lib/diagnostic/share';

const scores = Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, 50])) as Scores;
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/);
const arbitraryLine: fc.Arbitrary<PooledAnswers> = fc.record(
  {
    member: fc.integer({ min: 1, max: 10_000 }),
    questionSet: fc.integer({ min: 1, max: 1000 }),
    runDate: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    answers: fc.dictionary(id, fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'not-sure'), { maxKeys: 40 }),
    trap: fc.dictionary(id, fc.boolean(), { maxKeys: 5 }),
    tieBreak: fc.dictionary(id, fc.constantFrom(...CONSTRAINT_IDS), { maxKeys: 4 }),
  },
  { requiredKeys: ['member', 'questionSet', 'answers'] },
);

describe('pooled answers', () => {
  it('hold one line per member who shared answers, numbered as in the team view, with nothing else', () => {
    const shared: SharedResult[] = [
      {
        questionSetVersion: 3,
        scores,
        answers: { a: 4 },
        trap: { t: true },
        tieBreak: { c: 'social-stasis' },
        finishedAt: '2026-12-06T15:04:05.000Z',
      },
      {
        questionSetVersion: 3,
        scores,
        verdict: { dominant: 'social-stasis', lowConfidence: false, byTieBreak: false },
      },
      { questionSetVersion: 2, scores, answers: { b: 'not-sure' } },
    ];
    const pooled = poolAnswers(shared);
    expect(pooled).toEqual({
      links: 3,
      lines: [
        {
          member: 1,
          questionSet: 3,
          runDate: '2026-12-06',
          answers: { a: 4 },
          trap: { t: true },
          tieBreak: { c: 'social-stasis' },
        },
        { member: 3, questionSet: 2, answers: { b: 'not-sure' } },
      ],
    });
    expect(answersCarriedSentence(pooled)).toBe('2 of 3 links carry their answers.');
    expect(answersCarriedSentence(poolAnswers([shared[1]!]))).toBe('0 of 1 link carries its answers.');
    expect(formatPooledAnswers(pooled.lines)).toBe(
      '{"member":1,"questionSet":3,"runDate":"2026-12-06","answers":{"a":4},"trap":{"t":true},"tieBreak":{"c":"social-stasis"}}\n' +
        '{"member":3,"questionSet":2,"answers":{"b":"not-sure"}}\n',
    );
  });

  it('write the run’s day from any date a link carried, and read a file saved with a byte-order mark', () => {
    const { lines } = poolAnswers([
      { questionSetVersion: 3, scores, answers: { a: 2 }, finishedAt: '2026-12-06T23:30:00-05:00' },
    ]);
    expect(lines[0]!.runDate).toBe('2026-12-07');
    expect(readPooledAnswers(`\uFEFF${formatPooledAnswers(lines)}`, 'team.jsonl')).toEqual({ ok: true, lines });
  });

  it('read back exactly what was written (2,000 files)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryLine, { minLength: 1, maxLength: 8 }), (lines) => {
        expect(readPooledAnswers(formatPooledAnswers(lines), 'team.jsonl')).toEqual({ ok: true, lines });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse a damaged file with a sentence naming the line and the field', () => {
    const good = '{"member":1,"questionSet":3,"answers":{"a":4}}';
    const cases: [string, string][] = [
      [
        `${good}\n{"member":2,"questionSet":3,"answers":{"a":4`,
        'team.jsonl, line 2 is not valid JSON: the file may have been cut short or edited.',
      ],
      [
        `${good}\n{"member":2,"questionSet":3,"answers":{},"name":"Ana"}`,
        'team.jsonl, line 2: has a field the format does not have: "name".',
      ],
      ['{"member":0,"questionSet":3,"answers":{}}', 'team.jsonl, line 1: "member" must be a whole number from 1.'],
      [
        '{"member":1,"questionSet":"3","answers":{}}',
        'team.jsonl, line 1: "questionSet" must be a question-set version (a whole number).',
      ],
      [
        '{"member":1,"questionSet":3,"runDate":"2026-02-30","answers":{}}',
        'team.jsonl, line 1: "runDate" must be a date written YYYY-MM-DD.',
      ],
      [
        '{"member":1,"questionSet":3,"runDate":"2026-13-01","answers":{}}',
        'team.jsonl, line 1: "runDate" must be a date written YYYY-MM-DD.',
      ],
      [
        '{"member":1,"questionSet":3,"answers":[4]}',
        'team.jsonl, line 1: "answers" must be an object of statement ids and answers.',
      ],
      [
        '{"member":1,"questionSet":3,"answers":{"__proto__":4}}',
        'team.jsonl, line 1: "answers" → "__proto__" must be a statement id with an answer from 1 to 5 or "not-sure".',
      ],
      [
        '{"member":1,"questionSet":3,"answers":{},"trap":{"t":"yes"}}',
        'team.jsonl, line 1: "trap" → "t" must be a check id answered true or false.',
      ],
      [
        '{"member":1,"questionSet":3,"answers":{},"tieBreak":{"c":"nobody"}}',
        'team.jsonl, line 1: "tieBreak" → "c" must be a choice id with the constraint picked.',
      ],
      ['[1,2]', 'team.jsonl, line 1: is not a JSON object.'],
      ['\n\n', 'team.jsonl holds no answers: it is empty.'],
    ];
    for (const [text, error] of cases) expect(readPooledAnswers(text, 'team.jsonl')).toEqual({ ok: false, error });
  });
});
