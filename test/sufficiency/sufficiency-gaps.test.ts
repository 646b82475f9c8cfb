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

  it('never nets children and places whose districts are unknown, as if they were in one place', () => {
    // An SRP without a district and children with neither district nor home: not a gap of 0 in one
    // "unknown" district, but 10 children to place and 10 places whose districts the data does not give.
    const gaps = sufficiencyGaps({
      schools: [school('1', 'srp', ['ASD'], 10), school('2', 'srp', ['ASD'], 30, 'Thanet')],
      demand: [
        { need: 'ASD', count: 20 },
        { need: 'ASD', district: 'Thanet', count: 25 },
      ],
    });
    expect(gaps.byDistrict).toEqual([
      { district: 'unknown', places: 0, demand: 20, gap: 20 },
      { district: 'Thanet', places: 30, demand: 25, gap: -5 },
      { district: 'unknown (schools)', places: 10, demand: 0, gap: -10 },
    ]);
    expect(gaps.byDistrictAndNeed.map((g) => [g.district, g.need, g.gap])).toEqual([
      ['unknown', 'ASD', 20],
      ['Thanet', 'ASD', -5],
      ['unknown (schools)', 'ASD', -10],
    ]);
    // By need and in total, where a district does not matter, both count.
    expect(gaps.byNeed).toEqual([{ need: 'ASD', places: 40, demand: 45, gap: 5 }]);
    expect(gaps.total).toEqual({ places: 40, demand: 45, gap: 5 });
  });

  it('keeps children known by home apart from schools without a district when no school names one', () => {
    const gaps = sufficiencyGaps({
      schools: [school('1', 'srp', ['ASD'], 10)],
      demand: [{ need: 'ASD', home: { lat: 51.3, lon: 0.5 }, count: 10 }],
    });
    expect(gaps.byDistrict).toEqual([
      { district: 'unknown', places: 0, demand: 10, gap: 10 },
      { district: 'unknown (schools)', places: 10, demand: 0, gap: -10 },
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

  it('refuses a group whose size is written as anything but count, which would count as one child', () => {
    const entry = { need: 'ASD', district: 'Thanet', children: 10 } as never;
    expect(issuesOf(() => sufficiencyGaps({ schools: [], demand: [entry] }))).toEqual([
      {
        path: 'demand[0].children',
        message:
          'unknown field "children"; the fields here are need, primaryNeed, district, home, count, id, ' +
          'secondaryNeeds, ncYear, sex, residential, namedSchoolUrn, maxDistanceKm',
      },
    ]);
    // A child's record as it is (every Child field) is still one child of demand.
    const child = {
      id: 'C1',
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN'],
      ncYear: 7,
      sex: 'male',
      home: { lat: 51.3, lon: 1.1 },
      residential: false,
      namedSchoolUrn: '900001',
      maxDistanceKm: 30,
    } as const;
    expect(sufficiencyGaps({ schools: [], demand: [child] }).total).toEqual({ places: 0, demand: 1, gap: 1 });
  });
});
