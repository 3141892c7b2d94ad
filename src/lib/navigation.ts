/** One entry of the site's header navigation: only pages that exist are listed. */
export interface NavItem {
  /** Site-root path, without the base. */
  readonly href: string;
  readonly label: string;
}

/** Header navigation, in reading order. */
export const PRIMARY_NAV: readonly NavItem[] = [
  { href: '/essay/ticket-factory-to-impact/', label: 'Essay' },
  { href: '/constraints/', label: 'Constraints' },
  { href: '/guardrails/', label: 'Guardrails' },
  { href: '/tools/diagnostic/', label: 'Diagnostic' },
  { href: '/tools/impact-chain-canvas/', label: 'Canvas' },
  { href: '/tools/health-checklist/', label: 'Checklist' },
];

/** Whether a nav item is the current page or one of its children; `path` is without the base. */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path.startsWith(item.href);
}
