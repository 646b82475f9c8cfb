import { unknownJourneys } from '../match/match-options.js';
import { countNoun } from './count-noun.js';
import type { ReportContext } from './report-context.js';

/**
 * What the report says at its top about inputs not used as given: rows left out as invalid (`--skip-invalid`), and
 * a travel table whose journeys replace the estimate where it has the pair, or, with no table, that every journey
 * is the estimate. A reader should not take pages built on part of a file, or on estimated journeys, for the whole
 * of it or for measured ones.
 *
 * @returns a paragraph, or '' when every input was used as given
 *
 * @example
 * inputNotes(buildReportContext({ schools, children, skipped: { children: 3 } }));
 * // '<p>3 children were left out as invalid before this report ...</p>'
 */
export function inputNotes(report: ReportContext): string {
  const sentences: string[] = [];
  const { children = 0, schools = 0, journeys = 0 } = report.skipped;
  const left = [
    children > 0 ? countNoun(children, 'child', 'children') : '',
    schools > 0 ? countNoun(schools, 'school') : '',
    journeys > 0 ? `${countNoun(journeys, 'journey')} of the travel table` : '',
  ].filter((s) => s !== '');
  if (left.length > 0) {
    const listed = left.length === 1 ? left[0] : `${left.slice(0, -1).join(', ')} and ${left[left.length - 1]}`;
    const counts = [children, schools, journeys].filter((n) => n > 0);
    const one = counts.length === 1 && counts[0] === 1;
    sentences.push(
      `${listed} ${one ? 'was' : 'were'} left out as invalid before this report (each with its line and reason ` +
        'in the warnings when the files were read): the pages below do not include them' +
        (journeys > 0 ? ', and journeys left out are estimated' : '') +
        '.',
    );
  }
  // Only the journeys of these children and schools count: a county's table may cover more.
  const { travel = [] } = report.match ?? {};
  const childIds = new Set((report.children ?? []).map((c) => c.id));
  const urns = new Set((report.schools ?? []).map((s) => s.urn));
  const used = travel.length - unknownJourneys(travel, childIds, urns).length;
  if (report.match && used === 0) {
    // A table for another cohort: "a travel table of 0 journeys" would read as if some were used.
    sentences.push(
      'A travel table was given, but none of its journeys is for these children and schools: every road km ' +
        "and minute is estimated from the straight-line distance (times the policy's circuity factor, at its " +
        'average speed).',
    );
  } else if (report.match) {
    sentences.push(
      `Road km and minutes come from a travel table of ${countNoun(used, 'journey')} for these children where ` +
        'it has the child and school; the others are estimated from the straight-line distance (times the ' +
        "policy's circuity factor, at its average speed), and each ranking table says which.",
    );
  } else if (report.schools !== undefined && report.children !== undefined) {
    // A column headed "Road km" reads as measured on the road: say it is the estimate, as --travel's help does.
    sentences.push(
      "Road km and minutes are estimated from each school's straight-line distance from the child's home (times " +
        "the policy's circuity factor, at its average speed).",
    );
  }
  return sentences.length === 0 ? '' : `<p>${sentences.join(' ')}</p>`;
}
