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

/** A sentence on how busy the cores were between two samples, or undefined when it cannot be said. */
export function describeLoad(before: CpuTimes | undefined, after: CpuTimes | undefined, cores = cpus().length) {
  if (!before || !after || after.total <= before.total) return undefined;
  const share = (after.busy - before.busy) / (after.total - before.total);
  return `the machine's ${cores} cores were ${Math.round(share * 100)} % busy (every process, not only the suite's)`;
}
