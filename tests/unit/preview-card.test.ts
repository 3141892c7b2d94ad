import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PREVIEW_SIZE,
  clip,
  fitLines,
  previewAlt,
  previewCardLayout,
  previewImageRoute,
  type PreviewCard,
  type TextMeasure,
} from '../../src/lib/preview-card';

const card: PreviewCard = {
  route: '/constraints/incentive-drift/',
  kind: 'Alignment constraint',
  title: 'Incentive Drift',
  line: 'Typical signal: Teams hit delivery targets but outcomes don’t move.',
};
/** A font where every character is half the size wide, with 0.8 em above the baseline and 0.2 below. */
const monospace: TextMeasure = {
  width: (text, style) => [...text].length * style.size * 0.5,
  ascent: (style) => style.size * 0.8,
  descent: (style) => style.size * 0.2,
};
const guide = { name: 'The guide', host: 'example.org' };
const widthOf = (text: string) => text.length * 10;

describe('link preview cards', () => {
  it('publish a route’s image under /og/, the home page as home.png', () => {
    expect(previewImageRoute('/constraints/incentive-drift/')).toBe('/og/constraints/incentive-drift.png');
    expect(previewImageRoute('/tools/diagnostic/')).toBe('/og/tools/diagnostic.png');
    expect(previewImageRoute('/')).toBe('/og/home.png');
  });

  it('say in their alt text what the picture says', () => {
    expect(previewAlt(card, 'The guide')).toBe(
      'Alignment constraint: Incentive Drift. Typical signal: Teams hit delivery targets but outcomes don’t move. (The guide)',
    );
  });

  it('draw the kind, the title, the line, then the guide’s name and its address in the frame, top to bottom', () => {
    const layout = previewCardLayout(card, guide, monospace);
    expect(layout.runs.map((run) => run.style)).toEqual(['kind', 'title', 'line', 'line']);
    expect(layout.runs.map((run) => run.text).join(' ')).toBe(`${card.kind} ${card.title} ${card.line}`);
    expect(layout.frame.runs.map((run) => run.text)).toEqual(['The guide', 'example.org']);
    const baselines = [...layout.runs, ...layout.frame.runs].map((run) => run.baseline);
    expect(baselines.slice(0, -1)).toEqual([...baselines.slice(0, -1)].sort((a, b) => a - b));
    // The address ends where the content ends, on the name's baseline.
    const [name, host] = layout.frame.runs;
    expect(host!.baseline).toBe(name!.baseline);
    expect(host!.x + monospace.width(host!.text, { weight: 400, size: 28, color: 'muted', lineHeight: 1.2 })).toBe(
      PREVIEW_SIZE.width - 72,
    );
  });

  it('keep every line inside the card, above the rule, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.string({ maxLength: 400 }), (title, line) => {
        const layout = previewCardLayout({ ...card, title, line }, guide, monospace);
        const rule = layout.frame.rects.find((rect) => rect.color === 'border')!;
        for (const run of layout.runs) {
          const style = { kind: 32, title: 80, longTitle: 64, line: 38, name: 28, host: 28 }[run.style];
          expect(run.x + [...run.text].length * style * 0.5).toBeLessThanOrEqual(PREVIEW_SIZE.width - 72);
          expect(run.baseline + style * 0.2).toBeLessThan(rule.y);
        }
        expect(layout.runs.filter((run) => run.style.endsWith('itle')).length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('break lines between words, cut a word too long for a line, and end what does not fit with an ellipsis', () => {
    expect(fitLines('one two three four', 90, 5, widthOf)).toEqual(['one two', 'three', 'four']);
    expect(fitLines('abcdefghijkl xy', 50, 5, widthOf)).toEqual(['abcde', 'fghij', 'kl xy']);
    expect(fitLines('one two three four five six', 90, 2, widthOf)).toEqual(['one two', 'three…']);
    expect(fitLines('  ', 90, 2, widthOf)).toEqual([]);
  });

  it('clip long text between words, with an ellipsis, and leave short text alone', () => {
    expect(clip('short', 10)).toBe('short');
    const long = 'The essay, its appendices and self-serve tools that help a team find the constraint';
    const clipped = clip(long, 40);
    expect(clipped.length).toBeLessThanOrEqual(40);
    expect(clipped).toBe('The essay, its appendices and…');
    expect(long.startsWith(clipped.slice(0, -1))).toBe(true);
  });
});
