import { describe, expect, it } from 'vitest';
import { isHealthy, summarizeChecklist, summaryLine, withAnswer, type ChecklistItem } from '../../src/lib/checklist';
import type { ChecklistData } from '../../src/lib/tools/health-checklist-data';

const c = (id: string) => ({ id, name: id.toUpperCase() });
const items: ChecklistItem[] = [
  { id: 'a', theme: 'shared-intent', text: 'A', constraints: [c('incentive-drift')], guardrails: [c('g1')] },
  { id: 'b', theme: 'shared-intent', text: 'B', constraints: [c('incentive-drift')], guardrails: [c('g2')] },
  { id: 'c', theme: 'feedback-loops', text: 'C', constraints: [c('context-information-debt')], guardrails: [c('g3')] },
  {
    id: 'd',
    theme: 'feedback-loops',
    text: 'D',
    constraints: [c('temporal-myopia'), c('context-information-debt')],
    guardrails: [c('g3'), c('g4')],
  },
  { id: 't', theme: 'coordination-trap', text: 'T', constraints: [c('social-stasis')], guardrails: [c('g5')] },
];
const answers = (entries: Record<string, 'yes' | 'no' | 'not-yet'>): ChecklistData => ({
  answers: Object.fromEntries(Object.entries(entries).map(([id, answer]) => [id, { answer, changedAt: null }])),
});

describe('checklist summary', () => {
  it('gives no verdict before any answer: no weakest theme, nothing behind it, an invitation instead', () => {
    const summary = summarizeChecklist(items, { answers: {} });
    expect(summary).toMatchObject({ healthy: 0, answered: 0, total: 5, weakestConstraints: [], weakestGuardrails: [] });
    expect(summary.weakest).toBeUndefined();
    expect(summaryLine(summary)).toBe(
      'Nothing answered yet. Answer any of the 5 items below; this summary then names your weakest theme and what to try first.',
    );
  });

  it('judges a theme only on its answered items: an unanswered theme is never the weakest', () => {
    const summary = summarizeChecklist(items, answers({ c: 'yes', d: 'no' }));
    expect(summary.weakest).toEqual({
      id: 'feedback-loops',
      label: 'Feedback loops',
      healthy: 1,
      answered: 2,
      total: 2,
    });
    expect(summary.weakestConstraints.map((x) => x.id)).toEqual(['temporal-myopia', 'context-information-debt']);
    expect(summaryLine(summary)).toBe('1 of 5 healthy; weakest theme: feedback loops (3 not answered)');
  });

  it('says there is no weak theme yet when every answer so far is healthy', () => {
    expect(summaryLine(summarizeChecklist(items, answers({ a: 'yes' })))).toBe(
      '1 of 5 healthy; no weak theme among the answers so far (4 not answered)',
    );
  });

  it('treats “yes” as healthy for every item, trap checks included, and “no” or “not yet” as not', () => {
    expect(isHealthy('yes')).toBe(true);
    expect(isHealthy('no')).toBe(false);
    expect(isHealthy('not-yet')).toBe(false);
    expect(isHealthy(undefined)).toBe(false);
  });

  it('finds the weakest theme by share of healthy items and points at what is behind it, most cited first', () => {
    const summary = summarizeChecklist(items, answers({ a: 'yes', b: 'yes', c: 'no', d: 'not-yet', t: 'yes' }));
    expect(summary.healthy).toBe(3);
    expect(summary.weakest).toEqual({
      id: 'feedback-loops',
      label: 'Feedback loops',
      healthy: 0,
      answered: 2,
      total: 2,
    });
    expect(summary.weakestConstraints.map((x) => x.id)).toEqual(['context-information-debt', 'temporal-myopia']);
    expect(summary.weakestGuardrails.map((x) => x.id)).toEqual(['g3', 'g4']);
    expect(summaryLine(summary)).toBe('3 of 5 healthy; weakest theme: feedback loops');
  });

  it('breaks ties between equally weak themes by theme order', () => {
    const summary = summarizeChecklist(items, answers({ a: 'yes', b: 'no', c: 'yes', d: 'no', t: 'yes' }));
    expect(summary.weakest?.id).toBe('shared-intent');
  });

  it('has no weak theme when every item is healthy', () => {
    const summary = summarizeChecklist(items, answers({ a: 'yes', b: 'yes', c: 'yes', d: 'yes', t: 'yes' }));
    expect(summary.weakest).toBeUndefined();
    expect(summaryLine(summary)).toBe('5 of 5 healthy; no weak theme');
  });

  it('records an answer with the time it changed, without touching the others', () => {
    const before = answers({ a: 'yes' });
    const after = withAnswer(before, 'b', 'no', new Date('2026-11-20T12:00:00Z'));
    expect(after.answers).toEqual({
      a: { answer: 'yes', changedAt: null },
      b: { answer: 'no', changedAt: '2026-11-20T12:00:00.000Z' },
    });
    expect(before.answers['b']).toBeUndefined();
  });
});
