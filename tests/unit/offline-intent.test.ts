import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_KEY, firstPageOfVisit } from '../../src/lib/first-page';
import { keepsOffline, type VisitFacts } from '../../src/lib/offline-intent';
import { FakeStorage } from '../support/fake-storage';

const firstVisit: VisitFacts = {
  saveData: false,
  effectiveType: '4g',
  toolPage: false,
  secondPage: false,
  workerInPlace: false,
};

describe('keepsOffline: the offline copy is earned by intent', () => {
  it('keeps nothing for one content page opened from a link', () => {
    expect(keepsOffline(firstVisit)).toBe(false);
  });

  it('keeps the guide offline from the second page, or from a tool', () => {
    expect(keepsOffline({ ...firstVisit, secondPage: true })).toBe(true);
    expect(keepsOffline({ ...firstVisit, toolPage: true })).toBe(true);
  });

  it('keeps nothing by itself under Save-Data or on a slow connection, even on a tool or a second page', () => {
    const staying = { ...firstVisit, toolPage: true, secondPage: true };
    expect(keepsOffline({ ...staying, saveData: true })).toBe(false);
    for (const effectiveType of ['slow-2g', '2g', '3g'])
      expect(keepsOffline({ ...staying, effectiveType })).toBe(false);
    // Browsers without the Network Information API report neither.
    expect(keepsOffline({ ...staying, saveData: undefined, effectiveType: undefined })).toBe(true);
  });

  it('keeps a worker set up on an earlier visit running, so a new deploy is still offered', () => {
    expect(keepsOffline({ ...firstVisit, workerInPlace: true, saveData: true })).toBe(true);
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
