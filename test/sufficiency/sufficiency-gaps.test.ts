import { describe, expect, it } from 'vitest';
import { sufficiencyGaps } from '../../src/sufficiency/sufficiency-gaps.js';
import { issuesOf } from '../support/issues-of.js';

const school = (urn: string, kind: string, needs: string[], capacity: number, district?: string) => ({
  urn,
  name: `School ${urn}`,
  kind,
  lot: 'none',
  needs,
  ncYears: [7, 11],
  sex: 'mixed',
  residential: false,
  location: { lat: 51.3, lon: 0.5 },
  capacity,
  vacancies: 0,
  annualFee: 20000,
  ...(district ? { district } : {}),
});

describe('sufficiencyGaps', () => {
  const g = sufficiencyGaps({
    schools: [
      school('1', 'srp', ['ASD', 'SLCN'], 20, 'Maidstone'),
      school('2', 'maintained-special', ['SLD'], 50, 'Thanet'),
      school('3', 'independent', ['ASD'], 100, 'Thanet'),
    ],
    demand: [
      { need: 'ASD', district: 'Maidstone', count: 25 },
      { need: 'ASD', district: 'Thanet', count: 12 },
      { need: 'SLCN', district: 'Maidstone', count: 4 },
      { need: 'SLD', district: 'Thanet' },
      { need: 'SEMH' },
    ],
  });

  it('puts the biggest gap first, by need', () => {
    expect(g.byNeed).toEqual([
      { need: 'ASD', places: 10, demand: 37, gap: 27 },
      { need: 'SEMH', places: 0, demand: 1, gap: 1 },
      { need: 'SLCN', places: 10, demand: 4, gap: -6 },
      { need: 'SLD', places: 50, demand: 1, gap: -49 },
    ]);
  });

  it('counts only local kinds, by district, with unknown districts kept', () => {
    expect(g.byDistrict).toEqual([
      { district: 'Maidstone', places: 20, demand: 29, gap: 9 },
      { district: 'unknown', places: 0, demand: 1, gap: 1 },
      { district: 'Thanet', places: 50, demand: 13, gap: -37 },
    ]);
    expect(g.byDistrictAndNeed[0]).toEqual({ district: 'Maidstone', need: 'ASD', places: 10, demand: 25, gap: 15 });
    expect(g.total).toEqual({ places: 70, demand: 43, gap: -27 });
  });

  it("puts a child known by home in the nearest local school's district; takes Child records as they are", () => {
    const near = (lat: number) => ({
      ...school(String(lat), 'srp', ['ASD'], 10, lat > 51.2 ? 'North' : 'South'),
      location: { lat, lon: 0.5 },
    });
    const gaps = sufficiencyGaps({
      schools: [near(51.4), near(51.0)],
      demand: [
        { id: 'c1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.35, lon: 0.5 } },
        { id: 'c2', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.05, lon: 0.51 } },
        { id: 'c3', primaryNeed: 'ASD', ncYear: 8, home: { lat: 51.06, lon: 0.49 } },
      ] as never,
    });
    expect(gaps.byDistrict).toEqual([
      { district: 'South', places: 10, demand: 2, gap: -8 },
      { district: 'North', places: 10, demand: 1, gap: -9 },
    ]);
  });

  it('rejects bad input with every problem', () => {
    const paths = issuesOf(() =>
      sufficiencyGaps({ schools: [school('1', 'srp', ['ASD'], -1)], demand: [{ need: 'XX' as 'ASD', count: -2 }] }),
    ).map((i) => i.path);
    expect(paths).toEqual(['schools[0].capacity', 'demand[0].need', 'demand[0].count']);
    expect(
      issuesOf(() => sufficiencyGaps({ schools: [], demand: [{ district: 'Thanet' } as never] })).map((i) => i.path),
    ).toEqual(['demand[0].need']);
  });
});
