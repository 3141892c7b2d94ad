import { describe, expect, it } from 'vitest';
import { linkRunOns, typographySlips } from '../support/typography';

describe('the typography check used on every page', () => {
  it.each([
    ['1.. We hit our delivery targets', 'doubled period'],
    ['Alignment constraint 4 of 8 ·the constraint map', 'middle dot without a space'],
    ['Alignment constraint 4 of 8· the constraint map', 'middle dot without a space'],
    ['teams,not tickets', 'comma, semicolon or colon glued to a word'],
    ['It ends here.Then it starts', 'sentence glued to the next'],
    ['Question set2: every statement', 'word glued to a number'],
    ['10,000 respondents, seed20261126', 'word glued to a number'],
    ['10,000simulated respondents', 'number glued to a word'],
  ])('catches “%s” (%s)', (text, slip) => {
    expect(typographySlips(text, { live: true })).toEqual([expect.stringMatching(new RegExp(`^${slip}: `))]);
  });

  it.each([
    'Wait… then go.',
    'See 1,000 runs at 10:00, e.g. this one.',
    'Node.js and U.S. spelling · a list · of things',
    'The 3rd run, 14px wide, 2x faster, p75 render time, an h2 heading, 1990s habits',
  ])('passes “%s”', (text) => {
    expect(typographySlips(text, { live: true })).toEqual([]);
  });

  it('catches words and punctuation run into a link, and passes a spaced link', () => {
    expect(linkRunOns('4 of 8 ·<a href="/constraints/">the constraint map</a>')).toHaveLength(1);
    expect(linkRunOns('read the<a href="/essay/">essay</a>')).toHaveLength(1);
    expect(linkRunOns('read the <a href="/essay/">essay</a> and (<a href="/x/">this</a>)')).toEqual([]);
  });
});
