import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render-report.js';
import { simulateSufficiency } from '../../../src/sufficiency/simulate-sufficiency.js';
import { kentJson } from '../support/kent-report.js';

/** The sentence after the median's gap, as a reader sees it. */
async function bandProse(scenario: unknown): Promise<string> {
  const simulation = simulateSufficiency(scenario, { runs: 40, seed: 1 });
  const html = await renderReport({ scenario, simulation, sensitivity: false });
  return /In 2030 the median is [^<]*/.exec(html)?.[0] ?? '';
}

describe('sufficiency section: why the median sits above the plan line', () => {
  it('gives local places close to full as the cause only when a capped setting is near full, naming it', async () => {
    const prose = await bandProse(kentJson('scenario-2025.json'));
    expect(prose).toMatch(/above the plan line/);
    expect(prose).toMatch(
      /close to full, as here \((SRP|maintained special school) demand is \d+% of places in \d{4}\)/,
    );
  });

  it('says local places are not close to full, with the fullest, when capped places have room', async () => {
    const kent = kentJson('scenario-2025.json');
    const roomy = {
      ...kent,
      capacity: {
        srp: { base: { value: 50_000, source: 'test: far more SRP places than children' } },
        'maintained-special': { base: { value: 50_000, source: 'test: far more special places than children' } },
      },
    };
    const prose = await bandProse(roomy);
    expect(prose).toMatch(/above the plan line/);
    expect(prose).not.toContain('what to expect when local places are close to full');
    expect(prose).toMatch(/Local places are not close to full in this projection \(at most, \S+.* demand is \d+% of/);
    expect(prose).toContain('chance in 40 simulated runs');
  });

  it('says no places are capped when the scenario caps none', async () => {
    const prose = await bandProse({ ...kentJson('scenario-2025.json'), capacity: {} });
    expect(prose).toMatch(/above the plan line/);
    expect(prose).toContain('No local places are capped in this scenario, so the gap is not children overflowing');
  });
});

describe('sufficiency section: a one-run simulation', () => {
  it('draws no band and says one run is no band, not "90% of 1 simulated run"', async () => {
    const scenario = kentJson('scenario-2025.json');
    const simulation = simulateSufficiency(scenario, { runs: 1, seed: 1 });
    const html = await renderReport({ scenario, simulation, sensitivity: false });
    expect(html).not.toContain('of 1 simulated run');
    expect(html).not.toContain('the band runs from');
    expect(html).toContain('The simulation has 1 run, so there is no band: each percentile in the table is that');
    expect(html).toContain('Independent placements over 1 simulated run (seed 1)');
  });
});

describe('sufficiency section: the headline', () => {
  it('says a scenario that adds no places is the same as no new capacity, instead of "the plan saves £0"', async () => {
    const html = await renderReport({ scenario: kentAddingNoPlaces(), sensitivity: false });
    expect(html).toContain(
      'This scenario adds no local places after 2025, so its projection is the same as no new capacity: ' +
        'independent placements go from <strong>1,172</strong> in 2025 to <strong>1,639</strong> in 2030, and ' +
        'independent and non-maintained spend is <strong>£126.6m</strong> in 2030.',
    );
    expect(html).not.toContain('the plan saves <strong>£0</strong>');
  });

  it('says a plan whose places cost more than they save costs more, not "saves -£48.3m"', async () => {
    // Independent placements left uncosted: every child kept out of one saves nothing, and the SRP places cost.
    const kent = kentJson('scenario-2025.json');
    delete kent.costs.bySetting.independent;
    const html = await renderReport({ scenario: kent, sensitivity: false });
    expect(html).toContain('Over 2025–2030 the plan costs <strong>£48.3m</strong> more across all settings.');
    expect(html).not.toContain('saves <strong>-£');
  });

  it('says a plan whose places no child fills saves nothing, not "saves £0"', async () => {
    // Every addition ring-fenced to VI, a need no child in the scenario has.
    const kent = kentJson('scenario-2025.json');
    for (const plan of Object.values(kent.capacity) as { additions: { need?: string }[] }[])
      for (const addition of plan.additions) addition.need = 'VI';
    for (const entry of [...kent.stock, ...kent.joiners.entries]) delete entry.needs.VI;
    const html = await renderReport({ scenario: kent, sensitivity: false });
    expect(html).toContain('Over 2025–2030 the plan saves nothing across all settings.');
  });

  it('keeps the plan against no new capacity when the scenario adds places', async () => {
    const html = await renderReport({ scenario: kentJson('scenario-2025.json'), sensitivity: false });
    expect(html).toContain('in 2030 with the plan, against <strong>1,639</strong> with no new capacity.');
  });
});

/** Kent's scenario with every planned addition taken out: a projection with nothing to compare. */
function kentAddingNoPlaces() {
  const kent = kentJson('scenario-2025.json');
  for (const plan of Object.values(kent.capacity) as { additions: unknown[] }[]) plan.additions = [];
  return kent;
}

describe('sufficiency section: the heading says what is compared', () => {
  it('titles a scenario adding no local places as a projection, not "the plan against no new capacity"', async () => {
    const html = await renderReport({ scenario: kentAddingNoPlaces(), sensitivity: false });
    const title = 'Independent placements projected (the scenario adds no local places)';
    expect(html).toContain(`<section id="sufficiency"><h2>${title}</h2>`);
    expect(html).toContain(`<a href="#sufficiency">${title}</a>`);
    expect(html).toContain('<title>Independent placements by year (the scenario adds no local places)</title>');
    expect(html).not.toContain('against no new capacity');
    // One line, not two that lie on each other; no columns of the same numbers twice or of a £0 saving.
    expect(html).not.toContain('No new capacity');
    expect(html).not.toMatch(/no new places|Saving so far/);
    expect(html).toContain('<th class="num">Independent placements</th>');
  });

  it('titles a scenario that adds places as the plan against no new capacity, with both lines', async () => {
    const html = await renderReport({ scenario: kentJson('scenario-2025.json'), sensitivity: false });
    const title = 'Independent placements: the plan against no new capacity';
    expect(html).toContain(`<section id="sufficiency"><h2>${title}</h2>`);
    expect(html).toContain(`<a href="#sufficiency">${title}</a>`);
    expect(html).toContain('<title>Independent placements by year: the plan against no new capacity</title>');
    expect(html).toContain('No new capacity');
    expect(html).toContain('<th class="num">Independent, no new places</th>');
  });
});

describe('sufficiency section: maintained special schools', () => {
  it('tables special school places, demand and shortfall only when the plan leaves them short', async () => {
    const kent = kentJson('scenario-2025.json') as { capacity: Record<string, unknown> };
    const short = {
      ...kent,
      capacity: {
        ...kent.capacity,
        'maintained-special': { base: { value: 5000, source: 'test: special places at some schools only' } },
      },
    };
    const html = await renderReport({ scenario: short, sensitivity: false });
    expect(html).toContain('Maintained special schools by year under the plan');
    expect(html).toMatch(/<td[^>]*>2025<\/td>\s*<td[^>]*>5,000<\/td>\s*<td[^>]*>5,600<\/td>\s*<td[^>]*>600<\/td>/);
    const kentHtml = await renderReport({ scenario: kent, sensitivity: false });
    expect(kentHtml).not.toContain('Maintained special schools by year');
  });
});
