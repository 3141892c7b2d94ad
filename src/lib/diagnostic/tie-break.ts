/**
 * The tie-break step: when the top two constraints are close, a few forced choices between them ("Which is closer
 * to your team in the last three months: A or B?"). Pairs that are easily confused have contrasts written for them;
 * any other pair sets one portrait of each constraint side by side.
 */
import { CONSTRAINT_IDS, type ConstraintId } from '../constraints.ts';

/** How many forced choices the step asks. Four: enough to outvote noise, few enough to answer in a minute. */
export const TIE_BREAK_QUESTIONS = 4;

export interface Contrast {
  id: string;
  /** Describes the first constraint of the pair. */
  a: string;
  /** Describes the second. */
  b: string;
}

/** The tie-break's content (content/diagnostic/tie-breaks.yaml). */
export interface TieBreakContent {
  /** For each constraint, portraits usable against any other constraint, in order. */
  portraits: Record<ConstraintId, readonly string[]>;
  pairs: readonly { between: readonly [ConstraintId, ConstraintId]; contrasts: readonly Contrast[] }[];
}

export interface ForcedChoice {
  id: string;
  options: [{ constraint: ConstraintId; text: string }, { constraint: ConstraintId; text: string }];
}

const essayIndex = (id: ConstraintId) => CONSTRAINT_IDS.indexOf(id);

/**
 * The forced choices for two constraints, `TIE_BREAK_QUESTIONS` of them: the pair's own contrasts first, topped up
 * with portraits. Which constraint is shown first alternates, so neither side gains from being read first.
 */
export function forcedChoicesFor(
  content: TieBreakContent,
  between: readonly [ConstraintId, ConstraintId],
): ForcedChoice[] {
  const [x, y] = [...between].sort((p, q) => essayIndex(p) - essayIndex(q)) as [ConstraintId, ConstraintId];
  const written = content.pairs.find(
    (pair) => (pair.between[0] === x && pair.between[1] === y) || (pair.between[0] === y && pair.between[1] === x),
  );
  const own: { id: string; x: string; y: string }[] = (written?.contrasts ?? []).map((contrast) =>
    written!.between[0] === x
      ? { id: contrast.id, x: contrast.a, y: contrast.b }
      : { id: contrast.id, x: contrast.b, y: contrast.a },
  );
  const portraits = (content.portraits[x] ?? []).flatMap((text, index) => {
    const other = content.portraits[y]?.[index];
    return other === undefined ? [] : [{ id: `portrait-${x}-${y}-${index + 1}`, x: text, y: other }];
  });
  return [...own, ...portraits].slice(0, TIE_BREAK_QUESTIONS).map(({ id, x: xText, y: yText }, index) => {
    const xOption = { constraint: x, text: xText };
    const yOption = { constraint: y, text: yText };
    return { id, options: index % 2 === 0 ? [xOption, yOption] : [yOption, xOption] };
  });
}

/** Every pair of constraints that has no written contrasts and too few portraits to fill the step (for the content test). */
export function tieBreakGaps(content: TieBreakContent): string[] {
  return CONSTRAINT_IDS.flatMap((x, i) =>
    CONSTRAINT_IDS.slice(i + 1).flatMap((y) =>
      forcedChoicesFor(content, [x, y]).length < TIE_BREAK_QUESTIONS ? [`${x} / ${y}`] : [],
    ),
  );
}
