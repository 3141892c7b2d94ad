import { describe, expect, it } from 'vitest';
import {
  clip,
  previewAlt,
  previewCardTree,
  previewImageRoute,
  type CardNode,
  type PreviewCard,
} from '../../src/lib/preview-card';

const card: PreviewCard = {
  route: '/constraints/incentive-drift/',
  kind: 'Alignment constraint',
  title: 'Incentive Drift',
  line: 'Typical signal: Teams hit delivery targets but outcomes don’t move.',
};
const texts = (node: CardNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node.props.children === 'string'
      ? [node.props.children]
      : (node.props.children ?? []).flatMap(texts);

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

  it('draw the kind, the title, the line, the guide’s name and its address, in that order', () => {
    expect(texts(previewCardTree(card, { name: 'The guide', host: 'example.org' }))).toEqual([
      card.kind,
      card.title,
      card.line,
      'The guide',
      'example.org',
    ]);
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
