/**
 * How busy the machine's cores were over a span of time, read from Linux's /proc/stat. `npm test` prints it beside
 * its wall time: the suite is bound by CPU on two cores, so a slow run on a busy machine and a slow suite look alike
 * without it. It counts every process, the suite's and any other.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Jiffies the machine's cores spent working and in all, since boot. */
export interface CpuTimes {
  busy: number;
  total: number;
}

/** The first line of /proc/stat ("cpu  user nice system idle iowait irq softirq steal …"), read; undefined if absent. */
export function parseCpuTimes(procStat: string): CpuTimes | undefined {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  const fields = line?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) return undefined;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** The machine's CPU times now; undefined where there is no /proc/stat (macOS, Windows). */
export function sampleCpuTimes(): CpuTimes | undefined {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** The share of the cores' time spent working between two samples (0 to 1), or undefined when it cannot be said. */
export function busyShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** A sentence on how busy the cores were between two samples, or undefined when it cannot be said. */
export function describeLoad(before: CpuTimes | undefined, after: CpuTimes | undefined, cores = cpus().length) {
  const share = busyShare(before, after);
  if (share === undefined) return undefined;
  return `the machine's ${cores} cores were ${Math.round(share * 100)} % busy (every process, not only the suite's)`;
}

/**
 * The `nice` value for `npm test`'s code lane, from how busy the cores were just before the suite started (every
 * process counted). The site lane is the critical path and leaves the cores about a quarter idle while its tests
 * wait on pages: on a quiet machine the code lane runs well below it (10) and takes its CPU from those gaps. Another
 * program already at work (a quarter of the cores or more) fills the gaps itself and outweighs a code lane that low,
 * which would then end last; there, and where the load cannot be read, the code lane runs only a little below (2).
 * Measured on fresh clones, 2 cores: quiet, 276.9 s at 10 against 339.5 s at 2 and 297-345 s at 0; with one core
 * kept busy, 406.3 s at 10 against 356.0 s at 2.
 */
export function codeLaneNiceness(busyBeforeStart: number | undefined): number {
  return busyBeforeStart !== undefined && busyBeforeStart < 0.25 ? 10 : 2;
}
