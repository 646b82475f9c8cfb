import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../../src/cli/commands/compare-plans.js';
import { memoryIo } from '../support/memory-io.js';

describe('comparePlans', () => {
  it("names each plan, reads it against the first, and says each one's end (its doc example)", async () => {
    const io = memoryIo();
    const kent = JSON.parse(new TextDecoder().decode(await io.readFile('data/kent/scenario-2025.json')));
    const stop = {
      ...kent,
      name: 'Kent plan stopped after 2027',
      capacity: { ...kent.capacity, srp: { ...kent.capacity.srp, additions: kent.capacity.srp.additions.slice(0, 2) } },
    };
    io.written.set('stop-in-2027.json', JSON.stringify(stop));
    const out = await comparePlans(io, ['data/kent/scenario-2025.json', 'stop-in-2027.json']);
    expect(out.notes?.[1]).toBe(
      'Kent plan stopped after 2027: 1,315 independent placements in 2030, £2,526.3m spent 2025-2030',
    );
    expect(out.tables?.map((t) => t.title)).toEqual([
      '2 plans side by side: children (against Kent SRP growth plan, 2025-2030)',
      '2 plans side by side: spend £ a year',
    ]);
  });

  it('adds special school shortfall after SRP shortfall when a plan leaves special schools short', async () => {
    const io = memoryIo();
    const kent = JSON.parse(new TextDecoder().decode(await io.readFile('data/kent/scenario-2025.json')));
    const short = {
      ...kent,
      name: 'Fewer special places',
      capacity: { ...kent.capacity, 'maintained-special': { base: { value: 5000, source: 'test: fewer places' } } },
    };
    io.written.set('short.json', JSON.stringify(short));
    const out = await comparePlans(io, ['data/kent/scenario-2025.json', 'short.json']);
    const [header, ...rows] = (out.csv ?? '').split('\n');
    expect(header).toContain(',SRP shortfall,special school shortfall,');
    expect(rows.find((r) => r.startsWith('Fewer special places,2025,'))).toMatch(/,1500,0,600,/);
    const same = await comparePlans(io, ['data/kent/scenario-2025.json', 'data/kent/scenario-2025.json']);
    expect(same.csv).not.toContain('special'); // Kent's special schools always have room: no column of zeros
  });
});
