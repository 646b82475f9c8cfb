import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../src/match/rank.js';
import { renderReport } from '../../src/report/render-report.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { proseOf } from './support/report-text.js';
import { kentJson } from './support/kent-report.js';

const schools = kentJson('schools.json').slice(0, 40);
const children = kentJson('children.json').slice(0, 1);

describe('renderReport: inputs left out or replaced', () => {
  it('says how many children, schools and journeys were left out as invalid', async () => {
    const html = await renderReport({ schools, children, skipped: { children: 3, schools: 1, journeys: 0 } });
    expect(proseOf(html)).toContain(
      '3 children and 1 school were left out as invalid before this report (each with its line and reason',
    );
    const one = proseOf(await renderReport({ schools, children, skipped: { schools: 1 } }));
    expect(one).toContain('1 school was left out as invalid');
    const none = proseOf(await renderReport({ schools, children, skipped: {} }));
    expect(none).not.toContain('left out as invalid');
  });

  it('refuses skipped counts that are not whole numbers of 0 or more, each with its path', async () => {
    const bad = { schools, children, skipped: { children: -1, schools: 1.5, rows: 2 } } as never;
    const error = await renderReport(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues.map((i) => [i.path, i.code]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['skipped.children', 'too_small'],
        ['skipped.schools', 'invalid_type'],
        ['skipped.rows', 'unrecognized_keys'],
      ]),
    );
  });

  it('says a travel table was used, counts its journeys on each page, and marks each estimated one', async () => {
    const child = children[0];
    const { ranked } = rankSchools(child, schools);
    const first = ranked[0].school.urn;
    const travel = [{ childId: child.id, urn: first, km: 12.5, minutes: 21 }];
    const html = await renderReport({ schools, children, travel, limit: 3, ncYear: 20 });
    const prose = proseOf(html);
    expect(prose).toContain(
      'Road km and minutes come from a travel table of 1 journey for these children where it has the child',
    );
    expect(prose).toContain('Journeys shown: 1 from the travel table, 1 estimated.');
    expect(html).toContain('<th>Journey</th>');
    const rows = [...html.matchAll(/<tr><td class="num">\d+<\/td>.*?<\/tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain(`<td>${first}</td>`);
    expect(rows[0]).toContain('<td>travel table</td>');
    expect(rows[1]).toContain('<td>estimate</td>');
    // Without a table no Journey column and no travel table named: every journey is the estimate, and it says so.
    const plain = await renderReport({ schools, children, limit: 3 });
    expect(plain).not.toContain('<th>Journey</th>');
    expect(proseOf(plain)).not.toContain('travel table');
    expect(proseOf(plain)).toContain(
      "Road km and minutes are estimated from each school's straight-line distance from the child's home",
    );
    const projection = proseOf(await renderReport({ scenario: kentJson('scenario-2025.json') }));
    expect(projection).not.toContain('Road km'); // no matching pages, no journeys to speak of
  });

  it('counts only the journeys of the children and schools given, and says when none is', async () => {
    const child = children[0];
    const urn = schools[0].urn;
    const travel = [
      { childId: child.id, urn, km: 12.5, minutes: 21 },
      { childId: 'ELSEWHERE', urn, km: 1, minutes: 2 },
      { childId: child.id, urn: '999999', km: 1, minutes: 2 },
    ];
    const some = proseOf(await renderReport({ schools, children, travel, limit: 3 }));
    expect(some).toContain('a travel table of 1 journey for these children');
    const other = proseOf(await renderReport({ schools, children, travel: travel.slice(1), limit: 3 }));
    expect(other).toContain(
      'A travel table was given, but none of its journeys is for these children and schools: every road km',
    );
    expect(other).not.toContain('travel table of 0');
  });
});
