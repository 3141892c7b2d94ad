import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words and ignores Markdown markup and link targets', () => {
    expect(countWords('## A heading\n\nSome **bold** text with [a link](/essay/x/#y).')).toBe(8);
  });

  it('counts words joined by typographic apostrophes and hyphens once', () => {
    expect(countWords('It’s safe-to-fail, not risk-free.')).toBe(4);
  });

  it('skips front matter when given a whole file', () => {
    expect(countWords('---\ntitle: "Many words here"\n---\nTwo words')).toBe(2);
  });

  it('counts table cells but not pipes', () => {
    expect(countWords('| A | B |\n| --- | --- |\n| one | two |')).toBe(4);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('')).toBe(1);
    expect(
      readingMinutes(
        Array(WORDS_PER_MINUTE * 3)
          .fill('word')
          .join(' '),
      ),
    ).toBe(3);
    expect(
      readingMinutes(
        Array(Math.round(WORDS_PER_MINUTE * 2.6))
          .fill('word')
          .join(' '),
      ),
    ).toBe(3);
  });
});
