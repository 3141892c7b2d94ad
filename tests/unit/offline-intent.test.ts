import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_KEY, firstPageOfVisit, offlinePlan, type VisitFacts } from '../../src/lib/offline-intent';
import { FakeStorage } from '../support/fake-storage';

const firstVisit: VisitFacts = {
  connection: { saveData: false, effectiveType: '4g' },
  toolPage: false,
  secondPage: false,
  workerInPlace: false,
};

describe('offlinePlan: the offline copy is earned by intent', () => {
  it('sets nothing up for one content page opened from a link', () => {
    expect(offlinePlan(firstVisit)).toBe('no');
  });

  it('sets the copy up on a second page, and on a tool once it is used', () => {
    expect(offlinePlan({ ...firstVisit, secondPage: true })).toBe('now');
    expect(offlinePlan({ ...firstVisit, toolPage: true })).toBe('on-use');
    // A tool opened as the second page waits for its use too: its start-up script is all the tool's.
    expect(offlinePlan({ ...firstVisit, toolPage: true, secondPage: true })).toBe('on-use');
  });

  it('sets nothing up by itself under Save-Data or on a slow connection, even on a tool or a second page', () => {
    for (const staying of [
      { ...firstVisit, secondPage: true },
      { ...firstVisit, toolPage: true, secondPage: true },
    ]) {
      expect(offlinePlan({ ...staying, connection: { saveData: true } })).toBe('no');
      for (const effectiveType of ['slow-2g', '2g', '3g'])
        expect(offlinePlan({ ...staying, connection: { effectiveType } })).toBe('no');
    }
    // Browsers without the Network Information API report neither.
    expect(offlinePlan({ ...firstVisit, secondPage: true, connection: undefined })).toBe('now');
  });

  it('sets a worker in place from an earlier visit up again, under Save-Data too, so a new deploy is offered', () => {
    expect(offlinePlan({ ...firstVisit, workerInPlace: true, connection: { saveData: true } })).toBe('now');
    // On a tool, at its first use, as always there.
    expect(offlinePlan({ ...firstVisit, workerInPlace: true, toolPage: true, connection: { saveData: true } })).toBe(
      'on-use',
    );
  });
});

describe('firstPageOfVisit: where this tab’s visit started', () => {
  it('notes the first page, keeps it through a reload, and gives it on the next page', () => {
    const session = new FakeStorage();
    expect(firstPageOfVisit(() => session, '/constraints/social-stasis/')).toBe('/constraints/social-stasis/');
    expect(session.getItem(FIRST_PAGE_KEY)).toBe('/constraints/social-stasis/');
    expect(firstPageOfVisit(() => session, '/constraints/social-stasis/')).toBe('/constraints/social-stasis/');
    expect(firstPageOfVisit(() => session, '/essay/ticket-factory-to-impact/')).toBe('/constraints/social-stasis/');
  });

  it('makes every page a first page when storage refuses or is missing', () => {
    const refusing = new FakeStorage({ [FIRST_PAGE_KEY]: '/' });
    refusing.failure = 'security';
    expect(firstPageOfVisit(() => refusing, '/essay/ticket-factory-to-impact/')).toBe(
      '/essay/ticket-factory-to-impact/',
    );
    expect(
      firstPageOfVisit(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }, '/'),
    ).toBe('/');
  });
});
