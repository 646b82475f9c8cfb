import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../../src/match/rank.js';
import { exclusionWordsFor } from '../../../src/report/planner-words.js';
import { renderReport } from '../../../src/report/render-report.js';
import { simulateSufficiency } from '../../../src/sufficiency/simulate-sufficiency.js';
import { proseOf } from '../support/report-text.js';
import { kentJson } from '../support/kent-report.js';

const sectionOf = (html: string, id: string) =>
  new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1];

const schools = kentJson('schools.json');
const child = { ...kentJson('children.json')[0], ncYear: 7 };

describe('report wording on edge inputs', () => {
  it('says one school, one child and one run in the singular', async () => {
    const { ranked, excluded } = rankSchools(child, schools);
    const [school, other] = [ranked[0].school, excluded[0].school];
    const prose = proseOf(await renderReport({ schools: [school, other], children: [child] }));
    expect(prose).toContain('1 child competes for the places of 2 schools');
    expect(prose).toContain('1 of 2 schools passes every filter.');
    expect(prose).toContain('1 school excluded.');
    expect(prose).not.toMatch(/\b1 (schools|children)\b/);
    const one = proseOf(await renderReport({ schools: [school], children: [child] }));
    expect(one).toContain('the places of 1 school.');
    const scenario = kentJson('scenario-2025.json');
    const run = proseOf(
      await renderReport({ scenario, simulation: simulateSufficiency(scenario, { runs: 1 }), sensitivity: false }),
    );
    expect(run).toContain('over 1 simulated run'); // the table's caption: one run draws no band
    expect(run).not.toContain('1 simulated runs');
  });

  it('shows the TOPSIS closeness that orders a ranking when the policy ranks by TOPSIS', async () => {
    const html = await renderReport({ schools, children: [child], policy: { strategy: 'topsis' } });
    const table = /<table[\s\S]*?Ranked schools[\s\S]*?<\/table>/.exec(sectionOf(html, 'matching') ?? '')?.[0] ?? '';
    expect(proseOf(table)).toMatch(/Score TOPSIS closeness Road km/);
    const plain = await renderReport({ schools, children: [child] });
    expect(plain).not.toContain('TOPSIS closeness');
  });

  it("marks the parents' named school and says where it stands, with its reasons if excluded", async () => {
    const { ranked, excluded } = rankSchools(child, schools);
    const second = ranked[1].school;
    // The apostrophe of "parents'" is escaped in the HTML.
    const page = async (namedSchoolUrn: string) =>
      (
        sectionOf(await renderReport({ schools, children: [{ ...child, namedSchoolUrn }] }), 'matching') ?? ''
      ).replaceAll('&#39;', "'");
    const withRanked = await page(second.urn);
    const table = /<table[\s\S]*?Ranked schools[\s\S]*?<\/table>/.exec(withRanked)?.[0] ?? '';
    expect(proseOf(table)).toContain(`${second.name} (named by parents)`);
    expect(proseOf(table).match(/named by parents/g)).toHaveLength(1);
    expect(proseOf(withRanked)).toContain(
      `The parents' named school, ${second.name} (URN ${second.urn}), is ranked 2 of ${ranked.length}.`,
    );
    const out = excluded[0];
    const reasons = out.reasons.map((r) => exclusionWordsFor(r, child)).join('; ');
    expect(proseOf(await page(out.school.urn))).toContain(
      `The parents' named school, ${out.school.name} (URN ${out.school.urn}), is excluded: ${reasons}.`,
    );
    expect(proseOf(await page('999999'))).toContain("The parents' named school is not in the schools file.");
    expect(proseOf(sectionOf(await renderReport({ schools, children: [child] }), 'matching') ?? '')).not.toContain(
      'named',
    );
  });

  it('says there are no schools, and promises no reasons, when the schools list is empty', async () => {
    const html = await renderReport({ schools: [], children: [child] });
    const prose = proseOf(sectionOf(html, 'matching') ?? '');
    expect(prose).toContain('There are no schools to rank for this child.');
    expect(prose).not.toContain('reasons are below');
    expect(proseOf(sectionOf(html, 'allocation') ?? '')).toContain('There are no schools, so none of the 1 child');
  });

  it('says there is nothing to match when there are no children', async () => {
    const html = await renderReport({ schools: [], children: [] });
    expect(proseOf(sectionOf(html, 'matching') ?? '')).toContain(
      'No children were given, so there is nothing to match',
    );
  });
});
