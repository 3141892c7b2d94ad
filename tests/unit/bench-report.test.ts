import { describe, expect, it } from 'vitest';
import { stageTable } from '../../bench/lib/report';

describe('the scale bench’s stage table', () => {
  it('puts each build’s figure in the row of its stage’s name, whatever order each build logged them in', () => {
    const table = stageTable([
      {
        label: '1000 extra',
        stages: [
          { name: 'render', seconds: 11.44, rssMiB: 1231 },
          { name: '  of which cards, drawn beside', seconds: 4.6 },
          { name: '  of which cards', seconds: 0.1 },
        ],
      },
      {
        label: '10000 extra',
        stages: [
          { name: 'render', seconds: 100.3, rssMiB: 2929 },
          { name: '  of which cards', seconds: 0.8 },
          { name: '  of which cards, drawn beside', seconds: 33.9 },
          { name: 'pagefind', seconds: 15.7, rssMiB: 3100 },
        ],
      },
    ]);
    expect(table.split('\n')).toEqual([
      '| stage | 1000 extra: s, MiB | 10000 extra: s, MiB |',
      '|---|---|---|',
      '| render | 11.4 s, 1231 | 100.3 s, 2929 |',
      '| of which cards, drawn beside | 4.6 s | 33.9 s |',
      '| of which cards | 0.1 s | 0.8 s |',
      '| pagefind | – | 15.7 s, 3100 |',
    ]);
  });
});
