/**
 * What a returning user has saved in this browser: one of each kind of thing each tool keeps, as the tools store
 * it (`tfi:<tool>` → `{"v": N, "data": …}`). The benchmark and the start-up JS test load tool pages with it (`seedReturningUser`), since a
 * returning user's page fetches more than a first visit's. `tests/unit/returning-user.test.ts` checks that every
 * value decodes with the tools' current codecs, so this stays a real saved state as the data versions move on.
 */
import type { BrowserContext } from 'playwright-core';

const at = '2026-11-01T10:00:00.000Z';

const checklist = { v: 3, data: { answers: { 'outcome-in-one-sentence': { answer: 'yes', changedAt: at } } } };

const canvas = {
  v: 1,
  data: {
    openId: 'c-returning',
    canvases: [
      {
        id: 'c-returning',
        name: 'Checkout latency',
        owner: 'Asha',
        createdAt: at,
        updatedAt: at,
        aim: { outcome: 'Fewer abandoned checkouts', forWhom: 'Mobile shoppers', byWhen: '2027-03-31' },
        mechanism: {
          because: 'we fix the three slowest render paths',
          weExpect: 'abandonment to fall',
          assumptions: '',
        },
        feedback: {
          leadingSignal: 'Render time of the payment step',
          laggingOutcome: 'Abandoned checkouts per week',
          measure: 'p75 render time',
          threshold: 'under 1.5 s',
          killCriterion: 'No change after four weeks',
          revisitBy: '2027-01-15',
        },
        constraint: 'coordination-friction',
        guardrails: [],
        decisions: [{ date: '2026-11-01', decision: 'Go', why: 'Cheap to try' }],
      },
    ],
  },
};

const scores = {
  'incentive-drift': 20,
  'context-information-debt': 25,
  'coordination-friction': 75,
  'social-stasis': 35,
  'temporal-myopia': 40,
  'structural-equilibrium': 45,
  'cognitive-local-maxima': 50,
  'moral-optics-alignment': 55,
};

const diagnostic = {
  v: 2,
  data: {
    draft: {
      questionSetVersion: 2,
      answers: {},
      trap: {},
      tieBreak: {},
      step: 'statements',
      position: 0,
      mode: 'one',
      updatedAt: null,
    },
    runs: [{ id: 'r-returning', finishedAt: at, questionSetVersion: 2, scores, answers: {}, trap: {}, tieBreak: {} }],
  },
};

/** A room session under way on the diagnostic (statement 5, with a timer), and one finished session of each kind. */
const roomSession = (kind: 'diagnostic' | 'checklist', id: string, counts: Record<string, number[]>) => ({
  id,
  kind,
  version: 2,
  teamSize: 6,
  counts,
  trap: {},
  position: 0,
  timer: null,
  startedAt: at,
  updatedAt: at,
  finishedAt: at,
});
const finishedDiagnostic = roomSession('diagnostic', 'room-finished', {
  'incentive-progress-as-counts': [0, 1, 2, 3, 0, 0],
});
const finishedChecklist = roomSession('checklist', 'room-checklist', { 'outcome-in-one-sentence': [4, 1, 1] });
const running = { ...finishedDiagnostic, id: 'room-running', position: 4, timer: 60 };
delete (running as { finishedAt?: string }).finishedAt;
const room = { v: 1, data: { current: { diagnostic: running }, sessions: [finishedDiagnostic, finishedChecklist] } };

/** localStorage entries (key → stored text) of a user who has used every tool before. */
export function returningUserStorage(): Record<string, string> {
  return {
    'tfi:health-checklist': JSON.stringify(checklist),
    'tfi:impact-chain-canvas': JSON.stringify(canvas),
    'tfi:diagnostic': JSON.stringify(diagnostic),
    'tfi:room': JSON.stringify(room),
  };
}

/**
 * Makes every page `context` loads start with a returning user's saved data, written before the page's own scripts
 * run: each load starts from the same data, whatever the one before it saved, as the first page of a new visit.
 */
export function seedReturningUser(context: BrowserContext) {
  return context.addInitScript((entries) => {
    // A new visit: no page of it opened before this one (src/lib/offline-intent.ts).
    sessionStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, returningUserStorage());
}
