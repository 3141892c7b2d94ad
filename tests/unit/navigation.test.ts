import { describe, expect, it } from 'vitest';
import { PRIMARY_NAV, isCurrent } from '../../src/lib/navigation';

describe('navigation', () => {
  const essay = PRIMARY_NAV.find((item) => item.label === 'Essay')!;
  const constraints = PRIMARY_NAV.find((item) => item.label === 'Constraints')!;

  it('marks a section current on its own pages and its children', () => {
    expect(isCurrent(constraints, '/constraints/')).toBe(true);
    expect(isCurrent(constraints, '/constraints/social-stasis/')).toBe(true);
    expect(isCurrent(essay, '/constraints/social-stasis/')).toBe(false);
  });

  it('links only to site-root paths with a trailing slash', () => {
    for (const item of PRIMARY_NAV) expect(item.href).toMatch(/^\/([a-z0-9-]+\/)+$/);
  });
});
