import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme } from '../../src/lib/theme';
import { sectionUrl } from '../../src/lib/section-url';

describe('theme', () => {
  it('accepts only the two themes', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('system')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });

  it('toggles between them', () => {
    expect(nextTheme('dark')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
  });
});

describe('section URL', () => {
  it('replaces the fragment and drops per-visit query state', () => {
    expect(sectionUrl('https://guide.example/constraints/social-stasis/?q=x#signals', 'run-the-probe')).toBe(
      'https://guide.example/constraints/social-stasis/#run-the-probe',
    );
  });
});
