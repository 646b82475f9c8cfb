import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unfilledRingFenceWarnings } from '../../src/cli/unfilled-ring-fences.js';
import { parseScenario } from '../../src/index.js';
import { runCommand } from './support/run-command.js';

const kent = JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8'));

/** Kent with every SRP addition ring-fenced to `need`, and VI taken out of its census and joiners. */
function ringFenced(need: string) {
  const s = structuredClone(kent);
  for (const a of s.capacity.srp.additions) a.need = need;
  for (const e of [...s.stock, ...s.joiners.entries]) delete e.needs.VI;
  return s;
}

describe('unfilledRingFenceWarnings', () => {
  it('names the additions ring-fenced to a need no child has, with their places', () => {
    expect(unfilledRingFenceWarnings(parseScenario(ringFenced('VI')))).toEqual([
      'capacity.srp.additions[0], [1], [2], [3], [4]: 710 SRP places ring-fenced to VI, a need no child in the ' +
        'scenario has (in its census or among its joiners), so no child fills them and they save nothing: check ' +
        'the need code',
    ]);
  });

  it('says nothing of places for a need some child has, or for any need', () => {
    expect(unfilledRingFenceWarnings(parseScenario(ringFenced('ASD')))).toEqual([]);
    expect(unfilledRingFenceWarnings(parseScenario(kent))).toEqual([]);
  });

  it('counts a need that only joiners bring', () => {
    const s = ringFenced('VI');
    s.joiners.entries[0].needs.VI = 1;
    expect(unfilledRingFenceWarnings(parseScenario(s))).toEqual([]);
  });

  it('is a warning of sufficiency and report', async () => {
    const files = { 'vi.json': JSON.stringify(ringFenced('VI')) };
    for (const args of [
      ['sufficiency', '--format', 'csv'],
      ['report', '--out', 'r.html'],
    ]) {
      const { code, err } = await runCommand([...args, '--scenario', 'vi.json'], { files });
      expect(code).toBe(0);
      expect(err).toContain('warning: vi.json: capacity.srp.additions[0], [1], [2], [3], [4]: 710 SRP places');
    }
  });
});
