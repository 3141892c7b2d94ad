import type { PersistentEvents } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/tools/diagnostic-data';
import { $diagnostic, answerQuestion, claimBlankDraft } from '../../../src/stores/diagnostic';
import { configureSavedData } from '../../../src/stores/saved-data';
import { FakeStorage } from '../../support/fake-storage';

const events: PersistentEvents = { addEventListener: () => undefined, removeEventListener: () => undefined };

beforeEach(() => {
  configureSavedData(() => new FakeStorage(), events);
  $diagnostic.listen(() => undefined);
  $diagnostic.set({ draft: emptyDraft(2), runs: [] });
});
afterEach(() => cleanStores($diagnostic));

describe('which question set a run in progress belongs to', () => {
  it('a blank draft takes the set the page asks, so its first answer is filed under that set', () => {
    claimBlankDraft(3);
    answerQuestion('temporal-plans-quarter-ahead', 4);
    expect($diagnostic.get().draft).toMatchObject({
      questionSetVersion: 3,
      answers: { 'temporal-plans-quarter-ahead': 4 },
    });
  });

  it('a draft with answers keeps its own set until the user chooses', () => {
    answerQuestion('structure-end-to-end', 2);
    claimBlankDraft(3);
    expect($diagnostic.get().draft.questionSetVersion).toBe(2);
  });
});
