import { ROUTES } from './routes';
/** One entry of the site's header navigation: only pages that exist are listed. */
export interface NavItem {
  /** Site-root path, without the base. */
  readonly href: string;
  readonly label: string;
}

/** Header navigation, in reading order. */
export const PRIMARY_NAV: readonly NavItem[] = [
  { href: ROUTES.essay, label: 'Essay' },
  { href: ROUTES.constraints, label: 'Constraints' },
  { href: ROUTES.guardrails, label: 'Guardrails' },
  { href: ROUTES.diagnostic, label: 'Diagnostic' },
  { href: ROUTES.canvas, label: 'Canvas' },
  { href: ROUTES.checklist, label: 'Checklist' },
];

/** Whether a nav item is the current page or one of its children; `path` is without the base. */
export function isCurrent(item: NavItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path.startsWith(item.href);
}
