import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEED_NAMES, parseScenario, projectSufficiency } from '../../src/index.js';
import { NeedWeightsSchema } from '../../src/schema/scenario-weights.js';
import { issuesOf } from '../support/issues-of.js';

const kent = () => JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8'));

/** Kent's scenario with each need key and setting written as a person might write it by hand. */
function writtenByHand() {
  const s = kent();
  const rename = (map: Record<string, number>, name: (key: string) => string) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [name(k), v]));
  const needName = (code: string) => NEED_NAMES[code as keyof typeof NEED_NAMES];
  const upper = (key: string) => key.toUpperCase().replace('-', ' ');
  for (const entry of s.stock) {
    entry.needs = rename(entry.needs, needName);
    entry.setting = upper(entry.setting);
  }
  for (const entry of s.joiners.entries) {
    entry.needs = rename(entry.needs, (k) => k.toLowerCase());
    entry.settings = rename(entry.settings, upper);
  }
  for (const rule of s.transitions) {
    rule.from = upper(rule.from);
    rule.to = rename(rule.to, upper);
  }
  s.costs.bySetting = rename(s.costs.bySetting, upper);
  return s;
}

describe('scenario keys written as people write them', () => {
  it('reads needs by name or in any case, and settings in any case and spacing, to the same projection', () => {
    const byHand = writtenByHand();
    expect(byHand.stock[0].needs).toHaveProperty(['Autistic spectrum disorder']);
    expect(byHand.transitions[0].from).toBe('MAINSTREAM');
    const parsed = parseScenario(byHand);
    expect(parsed).toEqual(parseScenario(kent()));
    expect(projectSufficiency(parsed).rows).toEqual(projectSufficiency(parseScenario(kent())).rows);
  });

  it('holds its doc example', () => {
    expect(NeedWeightsSchema.parse({ 'Autism Spectrum Condition': 1 })).toEqual({ ASD: 1 });
  });

  it('names each key that means nothing at its own path, and a key that repeats another', () => {
    const s = kent();
    s.stock[0].needs = { ...s.stock[0].needs, Autism: 2, SMEH: 1, 'Autism Spectrum Condition': 1 };
    s.transitions[0].to = { ...s.transitions[0].to, home: 1 };
    s.costs.bySetting = { ...s.costs.bySetting, SRP: s.costs.bySetting.srp, special: s.costs.bySetting.srp };
    const codes = 'a code (ASD, SEMH, SLCN, MLD, SLD, PMLD, SpLD, HI, VI, MSI, PD, OTH, NSA) or its DfE name';
    expect(issuesOf(() => parseScenario(s)).map((i) => `${i.path}: ${i.message}`)).toEqual([
      `stock[0].needs.Autism: "Autism" is not a need; write ${codes}`,
      `stock[0].needs.SMEH: "SMEH" is not a need; did you mean SEMH? Write ${codes}`,
      'stock[0].needs.Autism Spectrum Condition: means ASD, which "ASD" gives already',
      'transitions[0].to.home: "home" is not a destination; the destinations are mainstream, srp, ' +
        'maintained-special, independent, non-maintained, other, left',
      'costs.bySetting.SRP: means srp, which "srp" gives already',
      'costs.bySetting.special: "special" is not a setting; the settings are mainstream, srp, ' +
        'maintained-special, independent, non-maintained, other',
    ]);
  });
});
