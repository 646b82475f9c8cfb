import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOsrmTable } from '../../src/io/import-osrm-table.js';
import { readRecords } from '../../src/io/read-records.js';
import { allocateCohort } from '../../src/match/allocate-cohort.js';
import { rankSchools } from '../../src/match/rank.js';
import { codesOf, issuesOf } from '../support/issues-of.js';

// A hand-made response in OSRM's documented /table shape (see test/fixtures/README.md).
const response = JSON.parse(readFileSync(new URL('../fixtures/osrm-table-handmade.json', import.meta.url), 'utf8'));
const ids = { childIds: ['C0001', 'C0002', 'C0004'], urns: ['900001', '900002', '900005'] };
const cli = (file: string) => readFileSync(new URL(`../cli/fixtures/${file}`, import.meta.url));

describe('importOsrmTable', () => {
  it('turns seconds into minutes and metres into km, child by child, and null into no route', () => {
    const { travel, summary } = importOsrmTable(response, ids);
    expect(summary).toEqual({ pairs: 9, noRoute: 1, fallback: 0 });
    expect(travel[1]).toEqual({ childId: 'C0001', urn: '900002', km: 14.4882, minutes: 1241.8 / 60 });
    expect(travel[8]).toEqual({ childId: 'C0004', urn: '900005', km: null, minutes: null });
  });

  it('takes URNs written as whole numbers, as GIAS JSON writes them, and keeps them as text', () => {
    const { travel } = importOsrmTable(response, { ...ids, urns: [900001, 900002, 900005] });
    expect(travel[1]).toEqual({ childId: 'C0001', urn: '900002', km: 14.4882, minutes: 1241.8 / 60 });
  });

  it('ranks and allocates on the road times, excluding the school with no route as unreachable', () => {
    const { travel } = importOsrmTable(response, ids);
    const schools = readRecords('schools', cli('schools.csv'), 'schools.csv').records;
    const children = readRecords('children', cli('children.csv'), 'children.csv').records;
    const c4 = children.find((c) => c.id === 'C0004');
    const { ranked, excluded } = rankSchools(c4, schools, { frameworkFirst: false }, { travel });
    expect(excluded.find((e) => e.school.urn === '900005')?.reasons).toEqual(['unreachable']);
    expect(ranked.find((r) => r.school.urn === '900001')?.travel).toEqual({
      km: 12.793,
      minutes: 1096.5 / 60,
      source: 'table',
    });
    const allocation = allocateCohort(children, schools, {}, { travel });
    expect(allocation.warnings).toBeUndefined();
    expect(
      allocation.assignments.every(
        (a) => a.travel.source === (ids.childIds.includes(a.childId) ? 'table' : 'estimate'),
      ),
    ).toBe(true);
  });

  it('leaves out the cells OSRM only estimated at its fallback speed, so that matching estimates them', () => {
    const fallback = { ...response, fallback_speed_cells: [[0, 1]] };
    const { travel, summary } = importOsrmTable(fallback, ids);
    expect(summary).toEqual({ pairs: 8, noRoute: 1, fallback: 1 });
    expect(travel.some((t) => t.childId === 'C0001' && t.urn === '900002')).toBe(false);
    const schools = readRecords('schools', cli('schools.csv'), 'schools.csv').records;
    const c1 = readRecords('children', cli('children.csv'), 'children.csv').records[0];
    const { ranked } = rankSchools(c1, schools, {}, { travel });
    expect(ranked.find((r) => r.school.urn === '900002')?.travel.source).toBe('estimate');
    expect(ranked.find((r) => r.school.urn === '900001')?.travel.source).toBe('table');
    expect(codesOf(() => importOsrmTable({ ...response, fallback_speed_cells: [[0]] }, ids))).toEqual([
      'fallback_speed_cells[0]: too_small',
    ]);
  });

  it('rejects an error response, naming the code and OSRM message', () => {
    expect(issuesOf(() => importOsrmTable({ code: 'InvalidQuery', message: 'Query string malformed' }, ids))).toEqual([
      { path: 'code', message: 'OSRM answered InvalidQuery: Query string malformed, not Ok' },
    ]);
  });

  it('names the field of a response of the wrong shape', () => {
    expect(codesOf(() => importOsrmTable({ code: 'Ok', durations: response.durations }, ids))).toEqual([
      'distances: required',
    ]);
    // OSRM leaves distances out unless asked: the message says how to ask.
    expect(issuesOf(() => importOsrmTable({ code: 'Ok', durations: response.durations }, ids))).toEqual([
      { path: 'distances', message: 'is required: request the table with annotations=duration,distance' },
    ]);
    const short = {
      ...response,
      durations: response.durations.slice(0, 2),
      distances: [
        [1, 2],
        [3, 4, 5],
        [6, 7, -8],
      ],
    };
    expect(codesOf(() => importOsrmTable(short, ids))).toEqual(['distances[2][2]: too_small']);
    const ragged = {
      ...response,
      durations: [
        [1, 2],
        [3, 4, 5],
        [6, 7, 8],
      ],
      distances: response.distances,
    };
    expect(issuesOf(() => importOsrmTable(ragged, ids))).toEqual([
      { path: 'durations[0]', message: 'has 2 columns for 3 URNs' },
    ]);
    expect(codesOf(() => importOsrmTable({ ...response, durations: [[1, 'x']] }, ids))).toEqual([
      'durations[0][1]: invalid_type',
    ]);
    expect(codesOf(() => importOsrmTable(null, ids))).toEqual(['(root): invalid_type']);
  });

  it('checks the ids against the response and each other', () => {
    expect(codesOf(() => importOsrmTable(response, { childIds: ['C0001', 'C0002'], urns: ids.urns }))).toEqual([
      'sources: too_big',
      'durations: too_big',
      'distances: too_big',
    ]);
    expect(codesOf(() => importOsrmTable(response, { childIds: ['C0001', 'C0001', 'C0004'], urns: ids.urns }))).toEqual(
      ['options.childIds[1]: duplicate'],
    );
    expect(codesOf(() => importOsrmTable(response, { childIds: ids.childIds } as never))).toEqual([
      'options.urns: required',
    ]);
  });

  it("names the options' problems under options, apart from the response's", () => {
    expect(issuesOf(() => importOsrmTable(response, undefined as never))).toEqual([
      { path: 'options', message: 'is required' },
    ]);
    expect(codesOf(() => importOsrmTable(undefined, undefined as never))).toEqual([
      'options: required',
      '(root): required',
    ]);
    expect(issuesOf(() => importOsrmTable(response, null as never))).toEqual([
      {
        path: 'options',
        message: 'options must be { childIds, urns }: the ids of the sources and destinations, in request order',
      },
    ]);
    expect(issuesOf(() => importOsrmTable(response, { childIds: 'C0001', urns: ['', ...ids.urns] } as never))).toEqual([
      { path: 'options.childIds', message: 'childIds must be a list of text, one per source' },
      { path: 'options.urns[0]', message: 'must not be empty' },
    ]);
  });

  it('rejects an option it does not take, naming it, rather than ignoring it', () => {
    expect(issuesOf(() => importOsrmTable(response, { ...ids, sources: [0] } as never))).toEqual([
      { path: 'options.sources', message: 'unknown option "sources"; the options here are childIds, urns' },
    ]);
    expect(codesOf(() => importOsrmTable(response, { childIds: ids.childIds, urn: ids.urns } as never))).toEqual([
      'options.urns: required',
      'options.urn: unrecognized_keys',
    ]);
  });
});
