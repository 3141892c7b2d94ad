/**
 * The Alignment Health Checklist's logic: themes, and the summary a team reads after ticking items.
 * Items themselves are content (content/checklist/items.yaml); this module only reasons about them.
 */
import type { ChecklistAnswer, ChecklistData } from './tools/health-checklist-data';

/** The checklist's edition: a new edition is a change of meaning (see lib/tools/health-checklist-data). */
export const CHECKLIST_EDITION = 2;

/** The essay's themes, in the order the checklist shows them. */
export const CHECKLIST_THEMES = [
  { id: 'shared-intent', label: 'Shared intent' },
  { id: 'feedback-loops', label: 'Feedback loops' },
  { id: 'guardrails', label: 'Guardrails' },
  { id: 'coordination', label: 'Coordination' },
  { id: 'learning', label: 'Learning' },
  { id: 'pruning-and-honest-measures', label: 'Pruning and honest measures' },
  { id: 'coordination-trap', label: 'Coordination trap quick checks' },
] as const;

export type ChecklistThemeId = (typeof CHECKLIST_THEMES)[number]['id'];
export const CHECKLIST_THEME_IDS = CHECKLIST_THEMES.map((theme) => theme.id) as [
  ChecklistThemeId,
  ...ChecklistThemeId[],
];

/** What the summary needs to know about an item. */
export interface ChecklistItem {
  id: string;
  theme: ChecklistThemeId;
  text: string;
  constraints: readonly { id: string; name: string }[];
  guardrails: readonly { id: string; name: string }[];
}

export interface ThemeSummary {
  id: ChecklistThemeId;
  label: string;
  healthy: number;
  /** Items of the theme with an answer: a theme is judged only on what was answered. */
  answered: number;
  total: number;
}

export interface ChecklistSummary {
  healthy: number;
  answered: number;
  total: number;
  themes: ThemeSummary[];
  /**
   * Among themes with at least one answer, the one with the lowest share of healthy answers; ties go to the earlier
   * theme. Undefined before any answer, and when every answer is healthy: no data, no verdict.
   */
  weakest?: ThemeSummary;
  /** Constraints and guardrails behind the weakest theme's unhealthy answers, most-cited first. */
  weakestConstraints: { id: string; name: string }[];
  weakestGuardrails: { id: string; name: string }[];
}

/** Whether an answer is healthy: every item is a statement a healthy team answers "yes" to; "not yet" never is. */
export function isHealthy(answer: ChecklistAnswer | undefined): boolean {
  return answer === 'yes';
}

/** Entries named across several lists, most-named first (ties keep the first mention first). */
export function mostCited(lists: readonly (readonly { id: string; name: string }[])[]): { id: string; name: string }[] {
  const counts = new Map<string, { id: string; name: string; count: number; first: number }>();
  lists.flat().forEach((entry, index) => {
    const seen = counts.get(entry.id);
    if (seen) seen.count += 1;
    else counts.set(entry.id, { ...entry, count: 1, first: index });
  });
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ id, name }) => ({ id, name }));
}

/** Summarizes a checklist: counts, per-theme health and where to look first. */
export function summarizeChecklist(items: readonly ChecklistItem[], data: ChecklistData): ChecklistSummary {
  const answerOf = (item: ChecklistItem) => data.answers[item.id]?.answer;
  const answered = (item: ChecklistItem) => answerOf(item) !== undefined;
  const unhealthyAnswer = (item: ChecklistItem) => answered(item) && !isHealthy(answerOf(item));
  const themes: ThemeSummary[] = CHECKLIST_THEMES.map((theme) => {
    const inTheme = items.filter((item) => item.theme === theme.id);
    return {
      id: theme.id,
      label: theme.label,
      total: inTheme.length,
      answered: inTheme.filter(answered).length,
      healthy: inTheme.filter((item) => isHealthy(answerOf(item))).length,
    };
  }).filter((theme) => theme.total > 0);
  const weakest = themes.reduce<ThemeSummary | undefined>((worst, theme) => {
    if (theme.answered === 0 || theme.healthy === theme.answered) return worst;
    if (!worst) return theme;
    return theme.healthy / theme.answered < worst.healthy / worst.answered ? theme : worst;
  }, undefined);
  const unhealthy = weakest ? items.filter((item) => item.theme === weakest.id && unhealthyAnswer(item)) : [];
  const summary: ChecklistSummary = {
    healthy: items.filter((item) => isHealthy(answerOf(item))).length,
    answered: items.filter(answered).length,
    total: items.length,
    themes,
    weakestConstraints: mostCited(unhealthy.map((item) => item.constraints)),
    weakestGuardrails: mostCited(unhealthy.map((item) => item.guardrails)),
  };
  if (weakest) summary.weakest = weakest;
  return summary;
}

/**
 * The one-line summary, e.g. "14 of 24 healthy; weakest theme: feedback loops". Before any answer it invites
 * instead of judging; while some items are open it says how many.
 */
export function summaryLine(summary: ChecklistSummary): string {
  if (summary.answered === 0) {
    return `Nothing answered yet. Answer any of the ${summary.total} items below; this summary then names your weakest theme and what to try first.`;
  }
  const head = `${summary.healthy} of ${summary.total} healthy`;
  const open = summary.answered < summary.total ? ` (${summary.total - summary.answered} not answered)` : '';
  if (summary.weakest) return `${head}; weakest theme: ${summary.weakest.label.toLowerCase()}${open}`;
  return open ? `${head}; no weak theme among the answers so far${open}` : `${head}; no weak theme`;
}

/** Records an answer and when it changed; answers kept from an earlier edition stay as they are. */
export function withAnswer(data: ChecklistData, itemId: string, answer: ChecklistAnswer, now: Date): ChecklistData {
  return { ...data, answers: { ...data.answers, [itemId]: { answer, changedAt: now.toISOString() } } };
}
