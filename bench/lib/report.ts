import { cpus, totalmem } from 'node:os';

/** The machine a bench ran on, for the line above its table. */
export const machineLine = (): string =>
  `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One stage of a build, as its stage log gives it (src/integrations/build-stages.mjs). */
export interface Stage {
  name: string;
  seconds: number;
  rssMiB?: number;
}

/**
 * A Markdown table of where each build's time went: one row per stage, one column per build, each figure in the row
 * of its stage's name (rows in the order the names first appear), and "–" where a build did not log that stage.
 */
export function stageTable(builds: readonly { label: string; stages: readonly Stage[] }[]): string {
  const names = new Set(builds.flatMap((build) => build.stages.map((stage) => stage.name)));
  const lines = [
    `| stage | ${builds.map((b) => `${b.label}: s, MiB`).join(' | ')} |`,
    `|---|${builds.map(() => '---|').join('')}`,
  ];
  for (const name of names) {
    const cells = builds.map((build) => {
      const at = build.stages.find((stage) => stage.name === name);
      return at ? `${at.seconds.toFixed(1)} s${at.rssMiB === undefined ? '' : `, ${at.rssMiB}`}` : '–';
    });
    lines.push(`| ${name.trim()} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
