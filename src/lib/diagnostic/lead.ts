/** How far the leading constraint is ahead, in words that hold for a tie too ("0 points ahead" reads as a slip). */
export function leadOver(margin: number, runnerUp: string): string {
  return margin === 0 ? `level with ${runnerUp} (the tie rule puts it first)` : `${margin} points ahead of ${runnerUp}`;
}

/** Rows in the order of a ranking (highest score first, ties as the ranking orders them), rows the ranking leaves out last. */
export function inRankingOrder<T extends { id: string }>(rows: readonly T[], ranking: readonly { id: string }[]): T[] {
  const place = (id: string) => {
    const index = ranking.findIndex((entry) => entry.id === id);
    return index < 0 ? ranking.length : index;
  };
  return [...rows].sort((a, b) => place(a.id) - place(b.id));
}
