import { afterEach, describe, expect, it, vi } from 'vitest';
import saved from '../../../src/data/simulation-reports.json';
import { getMethodSimulations } from '../../../src/data/simulations';
import { pooledSortResults, sortLoadings } from '../../../src/lib/diagnostic/blind-sort';
import { simulationInputs } from '../../../src/lib/diagnostic/simulation';
import { readSortRound, sortRounds } from '../../../scripts/lib/sort-files';
import { currentQuestionSet } from '../../support/question-sets';

const statements = currentQuestionSet().statements;
const loadings = sortLoadings(pooledSortResults(sortRounds().map(readSortRound)));

describe('the method page’s simulations', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('are the saved reports when the statements, the sort and the model are those they were computed from', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getMethodSimulations(statements, loadings)).toBe(saved);
    expect(warn).not.toHaveBeenCalled();
  });

  it('are computed again, with a warning, when a statement changed since they were saved', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const changed = statements.map((q, i) => (i === 0 ? { ...q, reverse: !q.reverse } : q));
    const simulations = getMethodSimulations(changed, loadings);
    expect(simulations).not.toBe(saved);
    expect(simulations.inputs).toBe(simulationInputs(changed, loadings));
    expect(simulations.labels).not.toEqual(saved.labels);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('npm run diagnostic:simulation'));
  });
});
