import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canvasFromJson, canvasToJson, canvasToMarkdown, escapeMarkdown } from '../../../src/lib/canvas/export';
import { canvasHints, measuresActivity } from '../../../src/lib/canvas/hints';
import {
  LIMITS,
  addDecision,
  createCanvas,
  duplicate,
  removeDecision,
  rename,
  setConstraint,
  setField,
  toggleGuardrail,
  type Canvas,
} from '../../../src/lib/canvas/model';
import { parsePrefill, prefillQuery } from '../../../src/lib/canvas/prefill';
import { decodeCanvasShare, encodeCanvasShare } from '../../../src/lib/canvas/share';
import { validateCanvas } from '../../../src/lib/canvas/validate';
import { canvasCodec } from '../../../src/lib/tools/canvas-data';
import { decodeEnvelope, encodeEnvelope } from '../../../src/lib/storage/envelope';

const now = new Date('2026-11-26T09:00:00.000Z');
const later = new Date('2026-11-27T09:00:00.000Z');
const blank = () => createCanvas('c-1', now, 'Checkout latency');
const complete = (): Canvas => {
  let c = blank();
  c = setField(c, 'aim', 'outcome', 'Checkout abandonment falls', now);
  c = setField(c, 'aim', 'byWhen', '2027-03-31', now);
  c = setField(c, 'mechanism', 'because', 'we fix the three slowest render paths', now);
  c = setField(c, 'mechanism', 'weExpect', 'pages to feel instant on phones', now);
  c = setField(c, 'feedback', 'leadingSignal', 'p75 render time on mobile', now);
  c = setField(c, 'feedback', 'laggingOutcome', 'abandonment rate', now);
  c = setField(c, 'feedback', 'killCriterion', 'no change in render time after two releases', now);
  return setField(c, 'feedback', 'revisitBy', '2027-01-15', now);
};
const ids = (c: Canvas, today = '2026-11-26') => canvasHints(c, today).map((h) => h.id);

describe('canvas operations', () => {
  it('create, rename, set fields and constraint, dating each change', () => {
    let c = rename(blank(), 'Faster checkout', later);
    expect(c.name).toBe('Faster checkout');
    expect(c.updatedAt).toBe(later.toISOString());
    expect(c.createdAt).toBe(now.toISOString());
    c = setConstraint(c, 'coordination-friction', later);
    expect(c.constraint).toBe('coordination-friction');
    expect(setConstraint(c, 'not-a-constraint', later).constraint).toBeNull();
  });

  it('caps every field at its limit, counting characters not bytes', () => {
    const long = 'é'.repeat(LIMITS.long + 50);
    expect([...setField(blank(), 'aim', 'outcome', long, now).aim.outcome]).toHaveLength(LIMITS.long);
    expect(rename(blank(), 'x'.repeat(500), now).name).toHaveLength(LIMITS.name);
  });

  it('toggles guardrails, up to the limit', () => {
    let c = toggleGuardrail(blank(), 'paved-roads', now);
    expect(c.guardrails).toEqual(['paved-roads']);
    c = toggleGuardrail(c, 'paved-roads', now);
    expect(c.guardrails).toEqual([]);
    for (let i = 0; i < LIMITS.guardrails + 3; i += 1) c = toggleGuardrail(c, `g-${i}`, now);
    expect(c.guardrails).toHaveLength(LIMITS.guardrails);
  });

  it('logs and removes decisions', () => {
    let c = addDecision(blank(), { date: '2026-12-01', decision: 'Continue', why: 'Render time fell 30 ms' }, now);
    c = addDecision(c, { date: '2026-12-15', decision: 'Stop', why: 'No effect' }, now);
    expect(c.decisions.map((d) => d.decision)).toEqual(['Continue', 'Stop']);
    expect(removeDecision(c, 0, now).decisions.map((d) => d.decision)).toEqual(['Stop']);
  });

  it('duplicates under a new id and name without sharing state', () => {
    const original = addDecision(blank(), { date: '2026-12-01', decision: 'Go', why: '' }, now);
    const copy = duplicate(original, 'c-2', later);
    expect(copy).toMatchObject({ id: 'c-2', name: 'Checkout latency (copy)', createdAt: later.toISOString() });
    copy.decisions.push({ date: '', decision: 'x', why: '' });
    expect(original.decisions).toHaveLength(1);
  });
});

describe('canvas hints', () => {
  it('a complete chain has no hints', () => expect(ids(complete())).toEqual([]));
  it('no mechanism', () =>
    expect(ids(setField(complete(), 'mechanism', 'because', ' ', now))).toEqual(['no-mechanism']));
  it('no kill criterion asks how you will know to stop', () => {
    const hints = canvasHints(setField(complete(), 'feedback', 'killCriterion', '', now), '2026-11-26');
    expect(hints).toEqual([
      { id: 'no-kill-criterion', part: 'feedback', message: 'No kill criterion: how will you know to stop?' },
    ]);
  });
  it('a revisit date in the past', () => expect(ids(complete(), '2027-02-01')).toEqual(['revisit-in-past']));
  it('no revisit date', () =>
    expect(ids(setField(complete(), 'feedback', 'revisitBy', '', now))).toEqual(['no-revisit-date']));
  it('an aim without a date', () =>
    expect(ids(setField(complete(), 'aim', 'byWhen', '', now))).toEqual(['aim-without-date']));
  it('feedback that measures activity', () => {
    expect(ids(setField(complete(), 'feedback', 'measure', 'Story points completed per sprint', now))).toEqual([
      'activity-feedback',
    ]);
    expect(measuresActivity('tickets closed')).toBe(true);
    expect(measuresActivity('repeat purchases per customer')).toBe(false);
    expect(measuresActivity('outcome')).toBe(false);
  });
});

describe('canvas out of the browser', () => {
  it('JSON export round-trips through import', () => {
    const c = addDecision(complete(), { date: '2026-12-01', decision: 'Go, with “quotes” & <tags>', why: 'x' }, now);
    expect(canvasFromJson(canvasToJson(c))).toEqual({ ok: true, canvas: c });
  });

  it.each([
    ['not json', /not JSON/],
    ['{"kind":"other","version":1}', /not an Impact Chain Canvas/],
    ['{"kind":"impact-chain-canvas","version":9,"canvas":{}}', /newer version/],
    ['{"kind":"impact-chain-canvas","version":1,"canvas":{"id":"x"}}', /incomplete/],
    ['{"kind":"impact-chain-canvas","version":1,"__proto__":{},"canvas":{}}', /never has/],
  ])('import rejects %s', (text, message) => {
    const result = canvasFromJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('fuzz: text that is not a canvas file is refused with a sentence, never an exception (10,000 strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        // Neither generator can produce the file's "kind" marker, so nothing here may be accepted.
        expect(canvasFromJson(text)).toEqual({ ok: false, error: expect.stringMatching(/^(The|This) .+\.$/) });
      }),
      { numRuns: 10_000 },
    );
  });

  it('Markdown has every part, escapes user text, and says what is missing', () => {
    const c = setField(complete(), 'aim', 'forWhom', '# not a heading [link](http://x)', now);
    const md = canvasToMarkdown(
      c,
      { constraint: 'Coordination Friction', guardrails: ['Paved roads'] },
      'https://guide.example/tools/impact-chain-canvas/',
    );
    expect(md).toContain('# Checkout latency');
    expect(md).toContain('## Mechanism of action');
    expect(md).toContain('- **Because** we fix the three slowest render paths');
    expect(md).toContain('- **For whom:** \\# not a heading \\[link\\]\\(http://x\\)');
    expect(md).toContain('- **Assumptions:** _(not yet written)_');
    expect(md).toContain('**Constraint addressed:** Coordination Friction');
    expect(md).toContain('_(no decisions logged)_');
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });

  it('share links round-trip, and any string decodes to a canvas or a message (10,000 strings)', () => {
    const c = complete();
    expect(decodeCanvasShare(`https://guide.example/tools/impact-chain-canvas/#${encodeCanvasShare(c)}`)).toEqual({
      ok: true,
      canvas: c,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#canvas=${s}`),
          fc.base64String().map((s) => `canvas=${s}`),
        ),
        (input) => {
          const decoded = decodeCanvasShare(input);
          expect(decoded.ok || /can’t be read/.test(decoded.error)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('“plan a probe” parameters', () => {
  const known = ['paved-roads', 'stop-the-line-rule'];
  it('accept a known constraint and guardrail', () => {
    expect(parsePrefill('?constraint=social-stasis&guardrail=paved-roads', known)).toEqual({
      constraint: 'social-stasis',
      guardrail: 'paved-roads',
    });
    expect(parsePrefill(prefillQuery({ constraint: 'temporal-myopia' }), known)).toEqual({
      constraint: 'temporal-myopia',
    });
  });
  it('ignore anything unexpected', () => {
    expect(parsePrefill('?constraint=<script>', known)).toBeUndefined();
    expect(parsePrefill('?guardrail=paved-roads', known)).toBeUndefined();
    expect(parsePrefill('?constraint=social-stasis&guardrail=made-up', known)).toEqual({ constraint: 'social-stasis' });
    expect(parsePrefill(`?constraint=social-stasis&x=${'a'.repeat(5000)}`, known)).toEqual({
      constraint: 'social-stasis',
    });
  });
});

describe('canvas saved data', () => {
  it('round-trips through the envelope and rejects a dangling open id', () => {
    const value = { canvases: [complete()], openId: 'c-1' };
    expect(decodeEnvelope(encodeEnvelope(value, canvasCodec), canvasCodec)).toEqual({ kind: 'value', value });
    expect(canvasCodec.validate({ canvases: [complete()], openId: 'c-9' })).toBeUndefined();
    expect(validateCanvas({ ...complete(), name: 'x'.repeat(LIMITS.name + 1) })).toBeUndefined();
  });
});
