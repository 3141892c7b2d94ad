import { describe, expect, it } from 'vitest';
import { busyShare, codeLaneNiceness, describeLoad, parseCpuTimes } from '../../scripts/lib/machine-load';

describe('how busy the machine was, from /proc/stat', () => {
  it('counts user, nice, system, interrupts and steal as busy, and idle and I/O wait as not', () => {
    const stat = 'cpu  100 20 30 400 50 6 4 10 0 0\ncpu0 50 10 15 200 25 3 2 5 0 0\nintr 123\n';
    expect(parseCpuTimes(stat)).toEqual({ busy: 170, total: 620 });
  });

  it('reads a kernel that lists fewer fields, and refuses text that is not /proc/stat', () => {
    expect(parseCpuTimes('cpu 1 2 3 4\n')).toEqual({ busy: 6, total: 10 });
    expect(parseCpuTimes('')).toBeUndefined();
    expect(parseCpuTimes('cpu 1 2 x 4\n')).toBeUndefined();
    expect(parseCpuTimes('intr 1 2 3 4\n')).toBeUndefined();
  });

  it('says the share of the cores that worked between two samples, and nothing without both', () => {
    expect(describeLoad({ busy: 100, total: 1000 }, { busy: 850, total: 2000 }, 2)).toBe(
      "the machine's 2 cores were 75 % busy (every process, not only the suite's)",
    );
    expect(describeLoad(undefined, { busy: 1, total: 2 }, 2)).toBeUndefined();
    expect(describeLoad({ busy: 1, total: 2 }, { busy: 1, total: 2 }, 2)).toBeUndefined();
  });

  it('gives the share of the cores that worked, as a number the suite can act on', () => {
    expect(busyShare({ busy: 100, total: 1000 }, { busy: 350, total: 2000 })).toBe(0.25);
    expect(busyShare(undefined, { busy: 1, total: 2 })).toBeUndefined();
  });

  it('runs the code lane well below the site lane on a quiet machine, and only a little below on a busy one', () => {
    expect(codeLaneNiceness(0)).toBe(10);
    expect(codeLaneNiceness(0.24)).toBe(10);
    // One core of two kept busy by another program: 50 %.
    expect(codeLaneNiceness(0.25)).toBe(2);
    expect(codeLaneNiceness(0.5)).toBe(2);
    // Where the load cannot be read (no /proc/stat), as if busy: the safe choice.
    expect(codeLaneNiceness(undefined)).toBe(2);
  });
});
