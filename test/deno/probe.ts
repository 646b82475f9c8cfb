// Run by test/deno/deno.test.ts with Deno (`deno run --config deno.json --allow-read`): the built
// package, imported by its names as a Deno user or notebook would, runs the shared probe and draws
// a chart; prints the results as JSON for the test to compare with Node's.
import * as api from 'send-placement';
import { rankingChart } from 'send-placement/report';
import { runProbe } from '../support/core-probe.ts';

const read = (file: string) => JSON.parse(Deno.readTextFileSync(`data/kent/${file}`));
const data = {
  schools: read('schools.json'),
  children: read('children.json').slice(0, 3),
  scenario: read('scenario-2025.json'),
};
const ranking = api.rankSchools(data.children[0], data.schools);
const svg = await rankingChart({ ranked: ranking.ranked.slice(0, 5) });
console.log(JSON.stringify({ probe: runProbe(api, data), chart: svg.slice(0, 4) }));
