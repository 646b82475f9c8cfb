import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uncostedSettingsWarning } from '../../src/cli/uncosted-settings.js';
import { parseScenario, projectSufficiency } from '../../src/index.js';

const kent = JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8'));
const warningOf = (input: unknown) => {
  const scenario = parseScenario(input);
  return uncostedSettingsWarning(scenario, projectSufficiency(scenario).rows);
};

describe('uncostedSettingsWarning', () => {
  it('names each setting with children but no costs, with its most children in a year', () => {
    const bad = structuredClone(kent);
    delete bad.costs.bySetting.independent;
    delete bad.costs.bySetting.mainstream;
    expect(warningOf(bad)).toMatch(
      new RegExp(
        '^costs\\.bySetting gives no cost for mainstream \\([\\d,]+ children at most\\), ' +
          'independent \\(1,172 children at most\\): their children count as £0 in the spend$',
      ),
    );
    bad.costs.bySetting.mainstream = kent.costs.bySetting.mainstream;
    expect(warningOf(bad)).toBe(
      'costs.bySetting gives no cost for independent (1,172 children at most): its children count as £0 in the spend',
    );
  });

  it('says nothing when every setting with children has costs, or a setting without costs never has children', () => {
    expect(warningOf(kent)).toBeUndefined();
    const noOther = structuredClone(kent);
    noOther.stock = noOther.stock.filter((e: { setting: string }) => e.setting !== 'other');
    noOther.transitions = noOther.transitions
      .filter((r: { from: string }) => r.from !== 'other')
      .map((r: { to: Record<string, number> }) => ({ ...r, to: { ...r.to, other: 0 } }));
    delete noOther.costs.bySetting.other;
    expect(warningOf(noOther)).toBeUndefined();
  });

  it('says "1 child", not "1 children", of a setting that holds one child', () => {
    const one = structuredClone(kent);
    one.stock = one.stock.filter((e: { setting: string }) => e.setting !== 'other');
    // One child in other settings, staying there (no rule moves them), and no new child joining them.
    one.stock.push({ setting: 'other', count: 1, needs: { ASD: 1 }, ncYears: { '5': 1 }, source: 'test: one child' });
    one.transitions = one.transitions
      .filter((r: { from: string }) => r.from !== 'other')
      .map((r: { to: Record<string, number> }) => ({ ...r, to: { ...r.to, other: 0 } }));
    delete one.costs.bySetting.other;
    expect(warningOf(one)).toBe(
      'costs.bySetting gives no cost for other settings (1 child at most): its children count as £0 in the spend',
    );
  });
});
