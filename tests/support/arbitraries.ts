import fc from 'fast-check';
import { CHECKLIST_ANSWERS, type ChecklistData } from '../../src/lib/tools/health-checklist-data';

/** Any valid current-version checklist. */
const arbitraryChecklistEntries = (maxKeys: number) =>
  fc.dictionary(
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    fc.record({
      answer: fc.constantFrom(...CHECKLIST_ANSWERS),
      changedAt: fc.option(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        { nil: null },
      ),
    }),
    { maxKeys },
  );

export const arbitraryChecklist: fc.Arbitrary<ChecklistData> = fc
  .tuple(arbitraryChecklistEntries(30), fc.option(arbitraryChecklistEntries(8), { nil: undefined }))
  .map(([answers, retired]) => (retired === undefined ? { answers } : { answers, retired }));
