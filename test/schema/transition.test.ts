import { describe, expect, it } from 'vitest';
import { parseTransitions } from '../../src/schema/transition.js';
import { issuesOf } from '../support/issues-of.js';

const move = {
  calendarYear: 2024,
  setting1: 'mainstream',
  need1: 'ASD',
  ncYear1: 6,
  setting2: 'independent',
  need2: 'ASD',
  ncYear2: 7,
};

describe('parseTransitions', () => {
  it('accepts a move, a joiner and a leaver', () => {
    const joiner = { calendarYear: 2024, setting1: 'new', setting2: 'srp', need2: 'SLCN', ncYear2: 1 };
    const leaver = { calendarYear: 2024, setting1: 'independent', need1: 'SEMH', ncYear1: 11, setting2: 'left' };
    expect(parseTransitions([move, joiner, leaver])).toEqual([move, joiner, leaver]);
  });

  it('requires need and NC year on the side that is not new or left', () => {
    const issues = issuesOf(() => parseTransitions([{ calendarYear: 2024, setting1: 'srp', setting2: 'left' }]));
    expect(issues.map((i) => i.path)).toEqual(['[0].need1', '[0].ncYear1']);
  });

  it('rejects unknown settings and a record that both joins and leaves', () => {
    expect(issuesOf(() => parseTransitions([{ ...move, setting2: 'academy' }])).map((i) => i.path)).toEqual([
      '[0].setting2',
    ]);
    expect(
      issuesOf(() => parseTransitions([{ calendarYear: 2024, setting1: 'new', setting2: 'left' }])).map((i) => i.path),
    ).toEqual(['[0].setting2']);
  });
});
